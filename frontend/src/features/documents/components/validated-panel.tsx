import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBook2, IconCertificate, IconCheck, IconCircleCheck } from '@tabler/icons-react';
import type { components } from '@/api/generated/schema';
import { useState } from 'react';
import { LEDGER_MEANS_LABELS, useLedgerEntries } from '@/features/ledger/api/ledger';
import { PaymentEntryForm } from '@/features/ledger/components/payment-entry-form';
import { DownloadButton } from '@/components/ui/download-button';
import { formatDate, formatMoney, formatSchoolYear } from '@/lib/format';
import { fetchCertificate, useCertificates, type Certificate } from '../api/certificates';
import { occeOf } from '@/lib/wording';

/** What this panel reads of the adhesion (the adhesion feature's own type adds its priced fee). */
type Adhesion = Omit<components['schemas']['Adhesion'], 'fee'>;

type ValidatedPanelProps = {
  adhesion: Adhesion;
  departmentName?: string;
  /** Only the mandataire writes in the cooperative's ledger. */
  canWriteLedger: boolean;
};

/**
 * The green frame of the seeds once the OCCE validated the adhesion: the certificates to print, and the payment
 * written into the ledger with one click.
 */
export function ValidatedPanel({ adhesion, departmentName, canWriteLedger }: ValidatedPanelProps) {
  const { occe, Occe } = occeOf(departmentName);
  const certificates = useCertificates(adhesion.id ?? undefined, true);
  const year = adhesion.schoolYear ?? '';
  const ledger = useLedgerEntries(adhesion.cooperativeId ?? 0, year);
  const [writing, setWriting] = useState(false);
  const entry = ledger.data?.items?.find((e) => e.adhesionId === adhesion.id);
  const paid = adhesion.review?.paymentAmount ?? adhesion.submittedAmount;

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="validated-title"
      style={{ borderColor: 'var(--mantine-color-teal-6)', background: 'var(--mantine-color-teal-light)' }}>
      <Stack gap="sm">
        <Group gap="xs">
          <IconCircleCheck size={26} color="var(--mantine-color-teal-8)" aria-hidden />
          <Title order={2} size="h3" id="validated-title">
            {adhesion.statusLabel}
          </Title>
        </Group>
        <Text size="sm">
          {Occe} a bien reçu le paiement{paid != null ? ` de ${formatMoney(paid)}` : ''} et les autres papiers. La
          Coopérative Scolaire {adhesion.cooperativeCode} est bien adhérente de {occe} pour l'année scolaire{' '}
          {formatSchoolYear(year)}.
        </Text>
        {adhesion.review?.registrationCode && (
          <Text size="sm">
            Code d'enregistrement : <strong>{adhesion.review.registrationCode}</strong>
          </Text>
        )}
        <Group gap="sm">
          {(certificates.data ?? []).map((c) => (
            <CertificateButton key={c.kind} adhesionId={adhesion.id!} certificate={c} />
          ))}
        </Group>
        {certificates.isSuccess && certificates.data.length > 0 && (
          <Text size="xs" c="dimmed">
            Chaque document porte un code de vérification : la mairie ou l'assureur peut en vérifier l'authenticité sur{' '}
            {window.location.origin}/verifier.
          </Text>
        )}
        {canWriteLedger && ledger.isSuccess && (
          entry ? (
            <Paper radius="md" p="sm" bg="white">
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <IconBook2 size={20} color="var(--mantine-color-teal-9)" aria-hidden />
                <Stack gap={2}>
                  <Text fw={700} size="sm" c="teal.9">
                    Écrit dans le cahier de comptes
                  </Text>
                  <Text size="sm">
                    {entry.voucherNumber != null && `Pièce n° ${entry.voucherNumber} — `}
                    {entry.date ? formatDate(entry.date) : ''} — {entry.label} — {formatMoney(entry.amountOut ?? 0)}
                    {entry.paymentMeans && ` par ${LEDGER_MEANS_LABELS[entry.paymentMeans].toLowerCase()}`}
                    {entry.chequeNumber && ` n° ${entry.chequeNumber}`} (rubrique « {entry.parts?.map((p) => `${p.heading} ${p.label}`).join(', ')} »).
                  </Text>
                </Stack>
              </Group>
            </Paper>
          ) : (
            <Stack gap={4}>
              {writing ? (
                <PaymentEntryForm
                  adhesionId={adhesion.id!}
                  cooperativeId={adhesion.cooperativeId ?? 0}
                  year={year}
                  amount={paid}
                  paymentMeans={adhesion.review?.paymentMethod ?? adhesion.declarations?.paymentMeans}
                  paymentDate={adhesion.review?.paymentDate}
                  onCancel={() => setWriting(false)}
                  onDone={() => {
                    setWriting(false);
                    notifications.show({
                      color: 'teal',
                      icon: <IconCheck size={18} aria-hidden />,
                      title: 'Cahier de comptes',
                      message: 'Le paiement de la cotisation est écrit dans le cahier de comptes.',
                    });
                  }}
                />
              ) : (
                <>
                  <Text size="sm">Pour que cette opération soit écrite maintenant dans le cahier de comptes de l'année :</Text>
                  <Group>
                    <Button variant="white" leftSection={<IconBook2 size={18} aria-hidden />} onClick={() => setWriting(true)}>
                      Écrire le paiement dans le cahier de comptes
                    </Button>
                  </Group>
                  {(ledger.data?.totalItems ?? 0) === 0 && (
                    <Text size="xs" c="dimmed">
                      Le cahier est actuellement vide : cette écriture sera la première du cahier.
                    </Text>
                  )}
                </>
              )}
            </Stack>
          )
        )}
      </Stack>
    </Paper>
  );
}

function CertificateButton({ adhesionId, certificate }: { adhesionId: number; certificate: Certificate }) {
  const name = certificate.kind === 'MEMBERSHIP' ? 'attestation-adhesion.pdf' : 'certificat-assurance.pdf';
  return (
    <DownloadButton
      leftSection={<IconCertificate size={18} aria-hidden />}
      color="teal.9"
      fetchFile={() => fetchCertificate(adhesionId, certificate.kind!)}
      fileName={name}
    >
      {certificate.title}
    </DownloadButton>
  );
}
