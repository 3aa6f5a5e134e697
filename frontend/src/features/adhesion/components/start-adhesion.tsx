import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { FormError } from '@/components/ui/form-error';
import { formatSchoolYear } from '@/lib/format';
import { errorMessage } from '@/lib/problem';
import type { Adhesion } from '../api/get-adhesion';
import { useOpenAdhesion } from '../api/open-adhesion';

/** NOT_STARTED: what opening the year does (carry-over or not), and "Commencer la saisie". */
export function StartAdhesion({ adhesion }: { adhesion: Adhesion }) {
  const open = useOpenAdhesion();
  const year = formatSchoolYear(adhesion.schoolYear ?? '');
  const previous = formatSchoolYear(adhesion.previousYear?.schoolYear ?? '');
  const carried = adhesion.previousYear?.lineCount ?? 0;
  const campaignOpen = adhesion.campaign?.open === true;

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
      <Stack gap="md" align="flex-start">
        <Title order={2} size="h3">
          L'adhésion {year} n'est pas encore commencée
        </Title>
        {carried > 0 ? (
          <Text>
            {carried > 1
              ? `Les ${carried} lignes de l'année ${previous} seront reprises`
              : `La ligne de l'année ${previous} sera reprise`}{' '}
            (noms des classes, enseignants et e-mails) : vous n'aurez qu'à confirmer, ou corriger, les effectifs.
          </Text>
        ) : (
          <>
            <Text fw={600}>Il n'y a aucun adhérent pour l'année {previous}.</Text>
            <Text>Vous saisirez vos classes une à une : leurs noms seront reportés l'année prochaine.</Text>
          </>
        )}
        {open.isError && <FormError>{errorMessage(open.error)}</FormError>}
        <Button
          size="md"
          leftSection={<IconPlayerPlay size={20} aria-hidden />}
          loading={open.isPending}
          disabled={!campaignOpen}
          onClick={() => open.mutate({ cooperativeId: adhesion.cooperativeId!, year: adhesion.schoolYear! })}
        >
          Commencer la saisie
        </Button>
      </Stack>
    </Paper>
  );
}
