import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import type { Adhesion } from '../api/get-adhesion';
import { ChangeError } from './change-error';
import { formatDate, formatMoney } from '@/lib/format';
import { useReopenAdhesion } from '../api/decide-adhesion';
import { ReasonModal } from './reason-modal';
import { occeOf } from '@/lib/wording';

type RegistrationPanelProps = {
  adhesion: Adhesion;
  departmentName?: string;
  onReload: () => void;
};

/**
 * A validated adhesion: its registration code in large ("Code d'enregistrement : 25/0035 A"), the seeds' green
 * sentence, and "Rouvrir" (with a reason: the certificates stop being valid).
 */
export function RegistrationPanel({ adhesion, departmentName, onReload }: RegistrationPanelProps) {
  const reopen = useReopenAdhesion();
  const [reopening, setReopening] = useState(false);
  const review = adhesion.review ?? {};
  const { Occe } = occeOf(departmentName);
  const amount = adhesion.submittedAmount;

  const send = (reason: string) =>
    reopen.mutate(
      { adhesion, reason },
      {
        onSuccess: () => {
          setReopening(false);
          notifications.show({
            color: 'teal',
            icon: <IconLockOpen size={18} aria-hidden />,
            title: 'Adhésion rouverte',
            message: `L'adhésion de ${adhesion.cooperativeCode} est « à corriger » ; la coopérative est prévenue par courriel.`,
          });
        },
      },
    );

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} bg="teal.0" style={{ borderColor: 'var(--mantine-color-teal-3)' }}>
      <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
        <Stack gap={4}>
          <Group gap="xs" wrap="nowrap">
            <IconCircleCheck size={28} color="var(--mantine-color-teal-light-color)" aria-hidden />
            <Text fz={{ base: 'xl', sm: 26 }} fw={800} c="teal.9" lh={1.2} data-testid="registration-code">
              Code d'enregistrement : {review.registrationCode ?? '—'}
            </Text>
          </Group>
          <Text size="sm">
            {Occe} a bien reçu le paiement{amount != null ? ` de ${formatMoney(amount)}` : ''} et les autres papiers.
            {review.validatedAt ? ` Adhésion validée le ${formatDate(review.validatedAt)}.` : ''}
          </Text>
        </Stack>
        <Button
          variant="default"
          leftSection={<IconLockOpen size={18} aria-hidden />}
          onClick={() => {
            reopen.reset();
            setReopening(true);
          }}
        >
          Rouvrir
        </Button>
      </Group>

      <ReasonModal
        opened={reopening}
        onClose={() => setReopening(false)}
        title="Rouvrir l'adhésion"
        intro={`L'adhésion de ${adhesion.cooperativeCode} repassera « à corriger » : l'attestation d'adhésion et le certificat d'assurance délivrés ne seront plus valables. La raison est envoyée par courriel à la coopérative.`}
        label="Raison de la réouverture"
        requiredMessage="Indiquez la raison."
        submitLabel="Rouvrir l'adhésion"
        submitColor="red"
        submitIcon={<IconLockOpen size={18} aria-hidden />}
        pending={reopen.isPending}
        error={
          reopen.isError ? (
            <ChangeError
              error={reopen.error}
              onReload={() => {
                setReopening(false);
                reopen.reset();
                onReload();
              }}
            />
          ) : null
        }
        onSubmit={send}
      />
    </Paper>
  );
}
