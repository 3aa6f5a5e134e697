import { Button, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { ActionsHeader } from '@/components/ui/actions-header';
import { ListLoader } from '@/components/ui/data-list-frame';
import { Fact } from '@/components/ui/fact';
import { QueryError } from '@/components/ui/query-error';
import { DeleteRecordDialog, RecordFormDialog, RowActionsCell } from '@/components/ui/record-dialogs';
import { formatDate, formatMoney, formatSchoolYear } from '@/lib/format';
import { FUNDER_LABELS, useDeleteSubsidy, useSubsidies, type Subsidy } from '../api/subsidies';
import { SubsidyForm } from './subsidy-form';
import { FigureTh, MoneyTd } from '@/components/ui/table-cells';

type Props = { cooperativeId: number; year: string; canWrite: boolean; today: string };

/** "Les subventions": one row per subsidy decided in the year, what was received through the ledger, what is still expected. */
export function Subsidies({ cooperativeId, year, canWrite, today }: Props) {
  const subsidies = useSubsidies(cooperativeId, year);
  const remove = useDeleteSubsidy(cooperativeId);
  const [editing, setEditing] = useState<Subsidy | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Subsidy | null>(null);

  if (subsidies.isPending) return <ListLoader label="Chargement des subventions" />;
  if (subsidies.isError) return <QueryError error={subsidies.error} onRetry={() => subsidies.refetch()} title="Les subventions n'ont pas pu être lues" />;
  const data = subsidies.data;
  const items = data.subsidies ?? [];
  const taken = new Set(items.flatMap((s) => (s === editing ? [] : (s.receipts ?? []).map((r) => r.entryId!))));
  const first = `${year.slice(0, 4)}-09-01`;
  const last = `${year.slice(5, 9)}-08-31`;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Paper withBorder radius="md" p="sm">
          <SimpleGrid component="dl" cols={3} spacing="lg" m={0}>
            <Fact label="Accordé">{formatMoney(Number(data.granted ?? 0))}</Fact>
            <Fact label="Reçu">{formatMoney(Number(data.received ?? 0))}</Fact>
            <Fact label="Reste attendu">{formatMoney(Number(data.expected ?? 0))}</Fact>
          </SimpleGrid>
        </Paper>
        {canWrite && (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing('new')}>
            Ajouter une subvention
          </Button>
        )}
      </Group>

      {items.length === 0 ? (
        <Paper withBorder radius="md" p="lg">
          <Text fw={600}>Aucune subvention décidée en {formatSchoolYear(year)}.</Text>
          <Text size="sm" c="dimmed">
            Une subvention de la mairie, du département, de l'État… : notez-la ici à sa décision, puis cochez les recettes du cahier qui l'ont versée.
          </Text>
        </Paper>
      ) : (
        <Paper withBorder radius="md">
          <Table className="stack-table" verticalSpacing="xs" horizontalSpacing="sm" aria-label={`Subventions ${formatSchoolYear(year)}`}>
            <Table.Thead bg="gray.0">
              <Table.Tr>
                <Table.Th scope="col">Financeur</Table.Th>
                <Table.Th scope="col">Objet</Table.Th>
                <Table.Th scope="col">Décidée le</Table.Th>
                <FigureTh>Accordé</FigureTh>
                <FigureTh>Reçu</FigureTh>
                <FigureTh>Reste attendu</FigureTh>
                {canWrite && <ActionsHeader />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td data-label="Financeur">
                    {s.funderName}
                    <Text size="xs" c="dimmed">
                      {FUNDER_LABELS[s.funderType ?? 'OTHER']}
                    </Text>
                  </Table.Td>
                  <Table.Td data-label="Objet">
                    {s.purpose}
                    {(s.receipts ?? []).map((r) => (
                      <Text key={r.entryId} size="xs" c="dimmed">
                        n° {r.voucherNumber} du {formatDate(r.date!)} : {formatMoney(Number(r.amount ?? 0))}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td data-label="Décidée le">{formatDate(s.decidedOn!)}</Table.Td>
                  <MoneyTd label="Accordé" value={s.amountGranted} />
                  <MoneyTd label="Reçu" value={s.received} />
                  <Table.Td data-label="Reste attendu" ta="right" fw={Number(s.expected ?? 0) > 0 ? 700 : undefined}>
                    {formatMoney(Number(s.expected ?? 0))}
                  </Table.Td>
                  {canWrite && (
                    <RowActionsCell editLabel={`Modifier la subvention ${s.funderName} — ${s.purpose}`} deleteLabel={`Supprimer la subvention ${s.funderName} — ${s.purpose}`} onEdit={() => setEditing(s)} onDelete={() => setDeleting(s)} />
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}

      <RecordFormDialog editing={editing} onClose={() => setEditing(null)} newTitle="Nouvelle subvention" editTitle="Modifier la subvention" size="lg">
        {(record) => (
          <SubsidyForm
            key={record?.id ?? 'new'}
            cooperativeId={cooperativeId}
            year={year}
            subsidy={record}
            taken={taken}
            today={today >= first && today <= last ? today : first}
            onDone={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        )}
      </RecordFormDialog>
      <DeleteRecordDialog record={deleting} title="Supprimer la subvention ?" remove={remove} onClose={() => setDeleting(null)}>
        {(d) => (
          <>
            {d.funderName} — {d.purpose} : {formatMoney(Number(d.amountGranted ?? 0))} accordés. Les recettes du cahier restent
            écrites.
          </>
        )}
      </DeleteRecordDialog>
    </Stack>
  );
}
