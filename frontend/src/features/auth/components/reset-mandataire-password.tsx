import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { FormError } from '@/components/ui/form-error';
import type { Cooperative } from '@/features/cooperative/api/get-cooperative';
import { Dialog } from '@/components/ui/dialog';
import { errorMessage } from '@/lib/problem';
import { useResetCooperativePassword } from '../api/reset-cooperative-password';
import { OneTimePasswordDialog } from './one-time-password-dialog';

/** Staff's side of a forgotten password: the mandataire gets a one-time password, shown here once and emailed. */
export function ResetMandatairePassword({ cooperative }: { cooperative: Cooperative }) {
  const reset = useResetCooperativePassword();
  const [confirming, setConfirming] = useState(false);
  const [shown, setShown] = useState(false);
  const result = reset.data;

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="mandataire-account">
      <Stack gap="xs">
        <Title order={2} size="h4" id="mandataire-account">
          Compte du mandataire
        </Title>
        <Text size="sm" c="dimmed">
          Identifiant : {cooperative.code}. Si le mandataire a perdu son mot de passe, donnez-lui un mot de passe à usage
          unique : ses connexions en cours sont fermées, et il choisira son propre mot de passe à la prochaine connexion.
        </Text>
        <Group>
          <Button variant="default" leftSection={<IconKey size={18} aria-hidden />} onClick={() => setConfirming(true)}>
            Réinitialiser le mot de passe
          </Button>
        </Group>
      </Stack>

      <Dialog opened={confirming} onClose={() => setConfirming(false)} title="Réinitialiser le mot de passe">
        <Stack gap="md">
          <Text size="sm">
            Le mot de passe actuel de la coopérative {cooperative.code} ne fonctionnera plus. Un mot de passe à usage unique
            sera affiché ici et envoyé par courriel à {cooperative.mandataireEmail || cooperative.schoolEmail || 'la coopérative'}.
          </Text>
          {reset.isError && <FormError>{errorMessage(reset.error)}</FormError>}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Annuler
            </Button>
            <Button
              color="red"
              loading={reset.isPending}
              onClick={() =>
                reset.mutate(cooperative.id!, {
                  onSuccess: () => {
                    setConfirming(false);
                    setShown(true);
                  },
                })
              }
            >
              Réinitialiser
            </Button>
          </Group>
        </Stack>
      </Dialog>

      <OneTimePasswordDialog
        opened={shown && !!result}
        onClose={() => {
          setShown(false);
          reset.reset(); // forgets the password
        }}
        title="Mot de passe réinitialisé"
        intro={`Le mandataire de la coopérative ${cooperative.code} peut se connecter avec ces identifiants :`}
        login={result?.login}
        password={result?.oneTimePassword}
        note={
          result?.emailedTo ? `Il a aussi été envoyé par courriel à ${result.emailedTo}.` : "Il n'a pas pu être envoyé par courriel (aucune adresse connue)."
        }
      />
    </Paper>
  );
}
