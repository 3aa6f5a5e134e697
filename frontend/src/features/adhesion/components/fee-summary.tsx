import { Alert, Badge, Box, Group, Loader, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Fragment } from 'react';
import { formatMoney } from '@/lib/format';
import type { FeeBreakdown, FeeLine, FeeSection } from '../api/get-adhesion';

const SECTIONS: { section: FeeSection; title: string }[] = [
  { section: 'ADHESION', title: 'Adhésion' },
  { section: 'INSURANCE', title: 'Assurance' },
  { section: 'OTHER', title: 'Autres' },
];

type FeeSummaryProps = {
  /** Staff read the cooperative's adhesion, not their own: « l'adhésion », not « votre adhésion ». */
  forStaff?: boolean;
  fee: FeeBreakdown | null;
  /** The fee shown is a preview of what is being typed, not what is saved. */
  preview: boolean;
  /** A preview is being computed. */
  computing?: boolean;
  /** The saved total, shown beside a preview. */
  savedTotal?: number | null;
  /** Why there is no preview (the server refused to compute it). */
  previewError?: string | null;
  /** Insurance chosen (or mandatory): without it, the section reads "Assurance : non". */
  insured: boolean;
  /** Shown over the table once the adhesion is sent: the amount due. */
  title?: string;
};

function amountText(line: FeeLine): string {
  // a subscription not chosen reads "non", as in the seeds
  if (line.note === 'non' && line.amount === 0) return 'non';
  return formatMoney(line.amount);
}

/** "Le montant de votre adhésion se calcule automatiquement": the fee line by line, as in seed 003. */
export function FeeSummary({ fee, preview, computing = false, savedTotal, previewError, insured, title, forStaff = false }: FeeSummaryProps) {
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} aria-labelledby="fee-title" component="section">
      <Group justify="space-between" align="center" mb={4} gap="xs">
        <Title order={2} size="h3" id="fee-title">
          {title ?? "Montant de l'adhésion"}
        </Title>
        {preview && (
          <Badge color="orange" variant="light" radius="sm" tt="none" leftSection={computing ? <Loader size={10} color="orange" aria-hidden /> : null}>
            aperçu
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {forStaff ? "Le montant de l'adhésion se calcule automatiquement." : 'Le montant de votre adhésion se calcule automatiquement.'}
      </Text>

      {fee === null ? (
        <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />} role="note">
          <Text size="sm">
            {forStaff
              ? "Le montant sera calculé dès que le barème de l'année sera défini."
              : "Le montant sera calculé dès que votre OCCE aura défini le barème de l'année."}
          </Text>
        </Alert>
      ) : (
        <>
          <Table aria-labelledby="fee-title" verticalSpacing={6} horizontalSpacing="xs" layout="auto">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">
                  <VisuallyHidden>Ligne du calcul</VisuallyHidden>
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  <VisuallyHidden>Montant</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {SECTIONS.map(({ section, title: sectionTitle }) => {
                const lines = fee.lines.filter((line) => line.section === section);
                if (section === 'INSURANCE' && lines.length === 0) {
                  return (
                    <Table.Tr key={section}>
                      <Table.Th scope="row" fw={700}>
                        {sectionTitle} :
                      </Table.Th>
                      <Table.Td ta="right">{insured ? '' : 'non'}</Table.Td>
                    </Table.Tr>
                  );
                }
                if (lines.length === 0) return null;
                return (
                  <Fragment key={section}>
                    <Table.Tr>
                      <Table.Th scope="colgroup" colSpan={2} fw={700} pt="sm">
                        {sectionTitle} :
                      </Table.Th>
                    </Table.Tr>
                    {lines.map((line, index) => (
                      <Table.Tr key={`${line.code}-${index}`}>
                        <Table.Td pl="md">
                          <Text size="sm">{line.label} :</Text>
                          {line.note && line.note !== 'non' && (
                            <Text size="xs" c="dimmed">
                              ⇒ {line.note}.
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td ta="right" style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                          {amountText(line)}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Fragment>
                );
              })}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr style={{ borderTop: '2px solid var(--mantine-color-gray-4)' }}>
                <Table.Th scope="row" fz="lg">
                  Total :
                </Table.Th>
                <Table.Td ta="right" fz="xl" fw={800} c="blue.9" style={{ whiteSpace: 'nowrap' }} data-testid="fee-total">
                  {formatMoney(fee.total)}
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
          <Box aria-live="polite" mt="xs">
            {preview && (
              <Text size="sm" c="var(--mantine-color-orange-light-color)">
                Aperçu calculé sur votre saisie en cours, pas encore enregistrée
                {savedTotal != null ? ` (montant enregistré : ${formatMoney(savedTotal)})` : ''}.
              </Text>
            )}
          </Box>
        </>
      )}
      {previewError && (
        <Text size="sm" c="dimmed" mt="xs">
          L'aperçu n'a pas pu être calculé : {previewError}
        </Text>
      )}
    </Paper>
  );
}
