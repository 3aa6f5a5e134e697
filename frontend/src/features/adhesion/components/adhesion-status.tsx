import { Alert, Badge, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconHourglass, IconMessageCircle } from '@tabler/icons-react';
import { formatDate, formatMoney } from '@/lib/format';
import type { Adhesion } from '../api/get-adhesion';
import { ADHESION_STATUSES, PAYMENT_MEANS_LABELS, occeOf } from '@/lib/wording';

/** The status in a word, for the page's header. */
export function StatusBadge({ adhesion }: { adhesion: Pick<Adhesion, 'status' | 'late'> }) {
  const status = adhesion.status ?? 'NOT_STARTED';
  return (
    <Badge size="lg" variant="light" radius="sm" tt="none" color={ADHESION_STATUSES[status].color}>
      {ADHESION_STATUSES[status].mandataireLabel}
      {adhesion.late && status !== 'NOT_STARTED' && status !== 'DRAFT' ? ' · saisie en retard' : ''}
    </Badge>
  );
}

type AdhesionStatusPanelProps = {
  adhesion: Adhesion;
  departmentName?: string;
};

/**
 * Once sent: the seeds' wording of the status (statusLabel), the amount submitted and what the OCCE waits for;
 * a correction asked by the OCCE, with its message; a tariff changed since the submission.
 */
export function AdhesionStatusPanel({ adhesion, departmentName }: AdhesionStatusPanelProps) {
  const { occe, Occe } = occeOf(departmentName);
  const amount = adhesion.submittedAmount;
  const means = adhesion.declarations?.paymentMeans;
  const sentOn = adhesion.submittedAt ? formatDate(adhesion.submittedAt) : null;

  const repricing = adhesion.repricingNeeded ? (
    <Alert color="yellow" variant="light" role="note" icon={<IconAlertTriangle aria-hidden />} title="Le barème a changé depuis l'envoi">
      <Text size="sm">
        Le montant calculé avec le barème actuel ({formatMoney(adhesion.fee?.total ?? 0)}) diffère du montant envoyé
        {amount != null ? ` (${formatMoney(amount)})` : ''}, qui reste dû jusqu'à ce que {occe} recalcule l'adhésion.
      </Text>
    </Alert>
  ) : null;

  switch (adhesion.status) {
    case 'SUBMITTED':
      return (
        <>
          <Alert color="orange" variant="light" icon={<IconHourglass aria-hidden />} title={adhesion.statusLabel}>
            <Text size="sm">
              L'adhésion a été envoyée à {occe}
              {sentOn ? ` le ${sentOn}` : ''}
              {adhesion.late ? ' (saisie en retard)' : ''}. Elle ne peut plus être modifiée, sauf si {occe} demande une
              correction.
            </Text>
            <Text size="sm" mt="xs" fw={600}>
              Papiers à envoyer à {occe} :
            </Text>
            <List size="sm" type="ordered" withPadding>
              <List.Item>
                le paiement de {amount != null ? formatMoney(amount) : '—'}
                {means ? ` (${PAYMENT_MEANS_LABELS[means].toLowerCase()})` : ''} ;
              </List.Item>
              <List.Item>l'engagement du mandataire, daté et signé.</List.Item>
            </List>
            <Text size="sm" mt="xs">
              L'adhésion et l'assurance ne sont effectives qu'à la réception du paiement par {occe}.
            </Text>
          </Alert>
          {repricing}
        </>
      );
    case 'VALIDATED':
      return (
        <>
          <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title={adhesion.statusLabel}>
            <Text size="sm">
              {Occe} a bien reçu le paiement
              {amount != null ? ` de ${formatMoney(amount)}` : ''} : la coopérative est adhérente pour l'année.
            </Text>
          </Alert>
          {repricing}
        </>
      );
    case 'CORRECTION_REQUESTED':
      return (
        <>
          <Alert color="red" variant="light" icon={<IconMessageCircle aria-hidden />} title={adhesion.statusLabel}>
            {adhesion.correctionMessage && (
              <Text size="sm" fw={600} style={{ whiteSpace: 'pre-line' }}>
                Message de {occe} : « {adhesion.correctionMessage} »
              </Text>
            )}
            <Text size="sm" mt={4}>
              Corrigez votre adhésion ci-dessous, puis envoyez-la de nouveau.
            </Text>
          </Alert>
          {repricing}
        </>
      );
    default:
      return repricing;
  }
}
