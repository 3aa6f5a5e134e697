import { Alert, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconCash } from '@tabler/icons-react';
import { useState } from 'react';
import { ActionsHeader } from '@/components/ui/actions-header';
import { ListLoader } from '@/components/ui/data-list-frame';
import { QueryError } from '@/components/ui/query-error';
import { DeleteRecordDialog, RecordFormDialog, RowActionsCell } from '@/components/ui/record-dialogs';
import { formatDate, formatMoney, formatSchoolYear } from '@/lib/format';
import { useCashCounts, useDeleteCashCount, type CashCount } from '../api/cash-counts';
import { CashCountForm } from './cash-count-form';
import { FigureTh, MoneyTd } from '@/components/ui/table-cells';

type CashCountsProps = {
  cooperativeId: number;
  year: string;
  /** The mandataire counts; staff read. */
  canWrite: boolean;
};

/** "Bravo !" when the box holds what the books say, the difference otherwise: the seeds' verdict on a count. */
export function countVerdict(count: CashCount): { bravo: boolean; text: string } {
  const difference = Number(count.difference ?? 0);
  const day = count.countedOn ? formatDate(count.countedOn) : '';
  if (difference === 0) {
    return { bravo: true, text: `La caisse compte ${formatMoney(Number(count.total ?? 0))} le ${day}, comme le cahier.` };
  }
  const gap = formatMoney(Math.abs(difference));
  return {
    bravo: false,
    text:
      `La caisse compte ${formatMoney(Number(count.total ?? 0))} le ${day}, le cahier ${formatMoney(Number(count.bookBalance ?? 0))} : ` +
      (difference > 0 ? `il y a ${gap} de plus dans la caisse.` : `il manque ${gap} dans la caisse.`) +
      ' Vérifiez les opérations en espèces de ce jour et des jours précédents.',
  };
}

/** "L'arrêté de caisse": the counts of the year, the latest first, each against the books at its date. */
export function CashCounts({ cooperativeId, year, canWrite }: CashCountsProps) {
  const counts = useCashCounts(cooperativeId, year);
  const remove = useDeleteCashCount(cooperativeId, year);
  const [editing, setEditing] = useState<CashCount | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CashCount | null>(null);
  const [justSaved, setJustSaved] = useState<number | null>(null);

  if (counts.isPending) return <ListLoader label="Chargement des arrêtés de caisse" />;
  if (counts.isError) return <QueryError error={counts.error} onRetry={() => counts.refetch()} title="Les arrêtés de caisse n'ont pas pu être lus" />;
  const data = counts.data;
  const items = data.counts ?? [];
  const values = (data.values ?? []).map(Number);
  const latest = items[0];
  const shown = items.find((c) => c.id === justSaved) ?? latest;
  const verdict = shown && countVerdict(shown);
  // the server's today, or the year's last day for a past year: where the books are read and a new count proposed
  const balanceDate = data.balanceDate ?? '';

  return (
    <Stack gap="md">
      <Text c="dimmed" size="sm">
        Si la coop. utilise une caisse d'argent liquide, le nombre de pièces et de billets doit être noté ici, au moins le 31 août.
      </Text>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Paper withBorder radius="md" p="sm">
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            Caisse au cahier le {balanceDate ? formatDate(balanceDate) : ''}
          </Text>
          <Text fw={700} size="lg">
            {formatMoney(Number(data.currentBookBalance ?? 0))}
          </Text>
        </Paper>
        {canWrite && (
          <Button leftSection={<IconCash size={18} aria-hidden />} onClick={() => setEditing('new')}>
            Compter la caisse
          </Button>
        )}
      </Group>

      {verdict && (
        <Alert color={verdict.bravo ? 'green' : 'orange'} variant="light" role="status" title={verdict.bravo ? 'Bravo !' : 'La caisse ne correspond pas au cahier'}>
          {verdict.text}
        </Alert>
      )}

      {items.length === 0 ? (
        <Paper withBorder radius="md" p="lg">
          <Text fw={600}>Aucun arrêté de caisse en {formatSchoolYear(year)}.</Text>
          <Text size="sm" c="dimmed">
            {canWrite
              ? '« Compter la caisse » : le nombre de billets et de pièces de chaque valeur, le total est comparé au solde de caisse du cahier.'
              : "Le mandataire n'a pas encore compté la caisse cette année."}
          </Text>
        </Paper>
      ) : (
        <Paper withBorder radius="md">
          <Table className="stack-table" verticalSpacing="xs" horizontalSpacing="sm" aria-label={`Arrêtés de caisse ${formatSchoolYear(year)}`}>
            <Table.Thead bg="gray.0">
              <Table.Tr>
                <Table.Th scope="col">Date</Table.Th>
                <FigureTh>Compté</FigureTh>
                <FigureTh>Cahier</FigureTh>
                <Table.Th scope="col">Résultat</Table.Th>
                <Table.Th scope="col">Par</Table.Th>
                {canWrite && <ActionsHeader />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => {
                const difference = Number(c.difference ?? 0);
                return (
                  <Table.Tr key={c.id}>
                    <Table.Td data-label="Date">{c.countedOn ? formatDate(c.countedOn) : ''}</Table.Td>
                    <MoneyTd label="Compté" value={c.total} />
                    <MoneyTd label="Cahier" value={c.bookBalance} />
                    <Table.Td data-label="Résultat">
                      {difference === 0 ? (
                        <Text span c="teal.9" fw={600}>
                          Bravo
                        </Text>
                      ) : (
                        <Text span c="red.9" fw={600}>
                          Différence {difference > 0 ? '+' : '−'}
                          {formatMoney(Math.abs(difference))}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td data-label="Par">{c.countedBy}</Table.Td>
                    {canWrite && (
                      <RowActionsCell editLabel={`Corriger l'arrêté du ${formatDate(c.countedOn!)}`} deleteLabel={`Supprimer l'arrêté du ${formatDate(c.countedOn!)}`} onEdit={() => setEditing(c)} onDelete={() => setDeleting(c)} />
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}

      <RecordFormDialog editing={editing} onClose={() => setEditing(null)} newTitle="L'arrêté de caisse" editTitle="Corriger l'arrêté de caisse" size="lg">
        {(record) => (
          <CashCountForm
            key={record?.id ?? 'new'}
            cooperativeId={cooperativeId}
            year={year}
            values={values}
            count={record}
            today={balanceDate}
            onDone={(saved) => {
              setJustSaved(saved.id ?? null);
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </RecordFormDialog>
      <DeleteRecordDialog record={deleting} title="Supprimer l'arrêté de caisse ?" remove={remove} onClose={() => setDeleting(null)}>
        {(d) => (
          <>
            Arrêté du {formatDate(d.countedOn!)} : {formatMoney(Number(d.total ?? 0))} comptés.
          </>
        )}
      </DeleteRecordDialog>
    </Stack>
  );
}
