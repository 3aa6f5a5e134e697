import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconCheck, IconSend } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { formatMoney } from '@/lib/format';
import { isApiError } from '@/lib/problem';
import type { Adhesion } from '../api/get-adhesion';
import { useSubmitAdhesion } from '../api/submit-adhesion';
import { ChangeError } from './change-error';
import { occeOf } from '@/lib/wording';

type SubmissionPanelProps = {
  adhesion: Adhesion;
  /** What is typed and not saved: the adhesion is not sent while there is any. */
  blockers: string[];
  departmentName?: string;
  onReload: () => void;
};

/** "Envoyer à l'OCCE": the last step; the server's reasons (what is missing) are listed when it refuses. */
export function SubmissionPanel({ adhesion, blockers, departmentName, onReload }: SubmissionPanelProps) {
  const submit = useSubmitAdhesion();
  const [localReasons, setLocalReasons] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const { occe, Occe } = occeOf(departmentName);
  const refusal = isApiError(submit.error) && submit.error.is('submission-refused') ? submit.error : null;
  const reasons: string[] = localReasons.length > 0 ? localReasons : (refusal?.violations.map((v) => v.message ?? '') ?? []);
  const again = adhesion.status === 'CORRECTION_REQUESTED';

  // reasons given for an earlier version of the adhesion no longer hold once it changed
  const { reset } = submit;
  const [reasonsVersion, setReasonsVersion] = useState(adhesion.version);
  if (reasonsVersion !== adhesion.version) {
    setReasonsVersion(adhesion.version);
    setLocalReasons([]);
  }
  useEffect(() => {
    reset();
  }, [adhesion.version, reset]);

  const askToSend = () => {
    submit.reset();
    if (blockers.length > 0) {
      setLocalReasons(blockers);
      return;
    }
    setLocalReasons([]);
    setConfirming(true);
  };

  const send = () =>
    submit.mutate(
      { adhesion },
      {
        onSettled: () => setConfirming(false),
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            icon: <IconCheck size={18} aria-hidden />,
            title: "Adhésion envoyée à l'OCCE",
            message: `${Occe} la validera à réception du paiement.`,
          }),
      },
    );

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} aria-labelledby="submission-title" component="section">
      <Stack gap="sm">
        <Title order={2} size="h3" id="submission-title">
          {again ? "Renvoyer l'adhésion à l'OCCE" : "Envoyer l'adhésion à l'OCCE"}
        </Title>
        <Text size="sm">
          Quand vos classes et vos informations sont à jour, envoyez l'adhésion à {occe}. Elle ne pourra plus être
          modifiée, sauf si {occe} vous demande une correction.
        </Text>
        {adhesion.fee && (
          <Text>
            Montant à régler, assurance comprise :{' '}
            <Text span fw={700}>
              {formatMoney(adhesion.fee.total)}
            </Text>
          </Text>
        )}
        {reasons.length > 0 && (
          <Alert color="red" variant="light" role="alert" icon={<IconAlertCircle aria-hidden />} title="L'adhésion ne peut pas encore être envoyée :">
            <List size="sm" withPadding>
              {reasons.map((reason) => (
                <List.Item key={reason}>{reason}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {submit.isError && !refusal && <ChangeError error={submit.error} onReload={onReload} />}
        <Group justify="flex-end">
          <Button size="md" color="teal.9" loading={submit.isPending} leftSection={<IconSend size={20} aria-hidden />} onClick={askToSend}>
            Envoyer à l'OCCE
          </Button>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={`Envoyer l'adhésion à ${occe} ?`}
        confirmLabel="Confirmer l'envoi"
        color="teal.9"
        loading={submit.isPending}
        onConfirm={send}
        onCancel={() => setConfirming(false)}
      >
        {adhesion.fee && (
          <Text>
            Montant à régler, assurance comprise : <strong>{formatMoney(adhesion.fee.total)}</strong>.
          </Text>
        )}
        <Text size="sm">
          Une fois envoyée, l'adhésion ne pourra plus être modifiée, sauf si {occe} vous demande une correction.
        </Text>
      </ConfirmDialog>
    </Paper>
  );
}
