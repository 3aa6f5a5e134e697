import { Alert, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconCheck, IconPencilPlus, IconUnlink } from '@tabler/icons-react';
import { useState } from 'react';
import { ActionsHeader } from '@/components/ui/actions-header';
import { ListLoader } from '@/components/ui/data-list-frame';
import { Dialog } from '@/components/ui/dialog';
import { QueryError } from '@/components/ui/query-error';
import { formatDate, formatMoney, formatSchoolYear } from '@/lib/format';
import { errorMessage } from '@/lib/problem';
import { useBankLines, useMatchBankLine, useUnmatchBankLine, type BankLine } from '../api/bank-statements';
import { BankLineEntryForm } from './bank-line-entry-form';
import { importSummary } from './statement-import';
import { FigureTh } from '@/components/ui/table-cells';

type Props = { cooperativeId: number; year: string; canWrite: boolean };

const STATUS_LABELS = { MATCHED: 'Pointée', SUGGESTED: 'Proposée', NEW: 'Sans opération' } as const;

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/**
 * The bank lines of the year against the books: "Pointée" (the entry is ticked at the line's date), "Proposée" (an
 * entry of the same amount, close in date or with the same cheque number: one click confirms) or "Sans opération"
 * (one click writes it).
 */
export function BankLines({ cooperativeId, year, canWrite }: Props) {
  const lines = useBankLines(cooperativeId, year);
  const match = useMatchBankLine(cooperativeId);
  const unmatch = useUnmatchBankLine(cooperativeId);
  const [writing, setWriting] = useState<BankLine | null>(null);

  if (lines.isPending) return <ListLoader label="Chargement des lignes de relevé" />;
  if (lines.isError) return <QueryError error={lines.error} onRetry={() => lines.refetch()} title="Les lignes de relevé n'ont pas pu être lues" />;
  const data = lines.data;
  const items = data.lines ?? [];
  const latest = data.imports?.[0];
  const failure = match.error ?? unmatch.error;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
        <Text fw={600} component="h2" size="lg" m={0}>
          {items.length === 0
            ? `Aucune ligne de relevé en ${formatSchoolYear(year)}`
            : `${plural(items.length, 'ligne', 'lignes')} de relevé : ${data.matched} pointée${(data.matched ?? 0) > 1 ? 's' : ''}, ${plural(
                data.suggested ?? 0,
                'proposée',
                'proposées',
              )}, ${data.unmatched} sans opération`}
        </Text>
        {latest && (
          <Text size="sm" c="dimmed">
            Dernier relevé : {latest.fileName} ({importSummary(latest)})
          </Text>
        )}
      </Group>
      {failure && (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(failure)}
        </Alert>
      )}
      {items.length > 0 && (
        <Paper withBorder radius="md">
          <Table className="stack-table" verticalSpacing="xs" horizontalSpacing="sm" aria-label={`Lignes de relevé ${formatSchoolYear(year)}`}>
            <Table.Thead bg="gray.0">
              <Table.Tr>
                <Table.Th scope="col">Date</Table.Th>
                <Table.Th scope="col">Libellé de la banque</Table.Th>
                <FigureTh>Montant</FigureTh>
                <Table.Th scope="col">Au cahier</Table.Th>
                {canWrite && <ActionsHeader />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((l) => {
                const amount = Number(l.amount ?? 0);
                const entry = l.entry;
                const describe = entry
                  ? `n° ${entry.voucherNumber} du ${formatDate(entry.date!)} : ${entry.label}`
                  : '';
                return (
                  <Table.Tr key={l.id}>
                    <Table.Td data-label="Date">{formatDate(l.date!)}</Table.Td>
                    <Table.Td data-label="Libellé">
                      {l.label}
                      {l.chequeNumber && !(l.label ?? '').includes(l.chequeNumber) ? (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          · chèque n° {l.chequeNumber}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td data-label="Montant" ta="right" style={{ whiteSpace: 'nowrap' }} c={amount < 0 ? 'red.9' : undefined}>
                      {amount > 0 ? '+' : '−'}
                      {formatMoney(Math.abs(amount))}
                    </Table.Td>
                    <Table.Td data-label="Au cahier">
                      <Stack gap={0}>
                        <Text span size="sm" fw={700} c={l.status === 'MATCHED' ? 'teal.9' : l.status === 'SUGGESTED' ? 'blue.9' : 'red.9'}>
                          {l.status === 'MATCHED' && (
                            <IconCheck size={14} aria-hidden style={{ verticalAlign: '-2px', marginRight: 4 }} />
                          )}
                          {STATUS_LABELS[l.status ?? 'NEW']}
                        </Text>
                        {describe && <Text size="sm">{describe}</Text>}
                      </Stack>
                    </Table.Td>
                    {canWrite && (
                      <Table.Td data-label="Actions">
                        <Group gap={4} justify="flex-end" wrap="wrap">
                          {l.status === 'SUGGESTED' && entry && (
                            <Button
                              size="compact-sm"
                              leftSection={<IconCheck size={16} aria-hidden />}
                              loading={match.isPending && match.variables?.line.id === l.id}
                              onClick={() => match.mutate({ line: l, entryId: entry.id! })}
                              aria-label={`Confirmer : la ligne du ${formatDate(l.date!)} est l'opération n° ${entry.voucherNumber}`}
                            >
                              Confirmer
                            </Button>
                          )}
                          {l.status !== 'MATCHED' && (
                            <Button
                              size="compact-sm"
                              variant={l.status === 'NEW' ? 'filled' : 'default'}
                              leftSection={<IconPencilPlus size={16} aria-hidden />}
                              onClick={() => setWriting(l)}
                              aria-label={`Écrire l'opération de la ligne du ${formatDate(l.date!)} : ${l.label}`}
                            >
                              Écrire l'opération
                            </Button>
                          )}
                          {l.status === 'MATCHED' && (
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              color="gray"
                              leftSection={<IconUnlink size={16} aria-hidden />}
                              loading={unmatch.isPending && unmatch.variables?.id === l.id}
                              onClick={() => unmatch.mutate(l)}
                              aria-label={`Dépointer la ligne du ${formatDate(l.date!)} : ${l.label}`}
                            >
                              Dépointer
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <Dialog opened={writing !== null} onClose={() => setWriting(null)} title="Écrire l'opération" closeOnClickOutside={false} fullScreenOnPhone>
        {writing && (
          <BankLineEntryForm
            key={writing.id}
            cooperativeId={cooperativeId}
            year={year}
            line={writing}
            onDone={() => setWriting(null)}
            onCancel={() => setWriting(null)}
          />
        )}
      </Dialog>
    </Stack>
  );
}
