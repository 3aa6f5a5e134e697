import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { Dialog } from '@/features/review/components/dialog';
import { IconCheck, IconCopy, IconInfoCircle } from '@tabler/icons-react';
import type { MandataireChangeAccepted } from '../api/get-department-changes';

type OneTimePasswordModalProps = {
  /** The answer of the acceptance; null when there is nothing to show. */
  accepted: MandataireChangeAccepted | null;
  onClose: () => void;
};

/**
 * The login and one-time password of the new mandataire, shown once: closing the window forgets them (the
 * server keeps only their hash). Not closed by a click beside it, so as not to lose them by mistake.
 */
export function OneTimePasswordModal({ accepted, onClose }: OneTimePasswordModalProps) {
  const change = accepted?.change;
  return (
    <Dialog opened={accepted !== null} onClose={onClose} title="Changement de mandataire accepté" size="lg" closeOnClickOutside={false}>
      {accepted && (
        <Stack gap="md">
          <Text size="sm">
            {change?.newMandataireName ? `${change.newMandataireName} est` : 'Le nouveau mandataire est'} désormais
            mandataire de la coopérative {change?.cooperativeCode ?? accepted.login}. Voici ses identifiants :
          </Text>
          <Stack gap={6}>
            <Text size="sm">
              Identifiant :{' '}
              <Code fz="md" fw={700}>
                {accepted.login}
              </Code>
            </Text>
            <Group gap="sm" align="center" wrap="wrap">
              <Text size="sm">
                Mot de passe à usage unique :{' '}
                <Code fz="lg" fw={700} data-testid="one-time-password">
                  {accepted.oneTimePassword}
                </Code>
              </Text>
              <CopyButton value={accepted.oneTimePassword ?? ''} timeout={3000}>
                {({ copied, copy }) => (
                  <Button
                    size="xs"
                    variant={copied ? 'light' : 'default'}
                    color={copied ? 'teal' : undefined}
                    leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                    onClick={copy}
                  >
                    {copied ? 'Copié' : 'Copier le mot de passe'}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
          <Alert color="blue" variant="light" role="note" icon={<IconInfoCircle aria-hidden />}>
            <Text size="sm">
              Ce mot de passe a aussi été envoyé par courriel au nouveau mandataire
              {change?.newMandataireEmail ? ` (${change.newMandataireEmail})` : ''}. Il devra le changer à sa première
              connexion. Il n'est affiché qu'une fois : notez-le maintenant si vous devez le transmettre.
            </Text>
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>Terminé</Button>
          </Group>
        </Stack>
      )}
    </Dialog>
  );
}
