import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { ActionsHeader } from '@/components/ui/actions-header';
import { ListLoader } from '@/components/ui/data-list-frame';
import { QueryError } from '@/components/ui/query-error';
import { DeleteRecordDialog, RecordFormDialog, RowActionsCell } from '@/components/ui/record-dialogs';
import { formatDate, formatMoney } from '@/lib/format';
import { useDeleteInventoryItem, useInventory, type InventoryItem } from '../api/inventory';
import { InventoryForm } from './inventory-form';
import { FigureTh, MoneyTd } from '@/components/ui/table-cells';

type Props = { cooperativeId: number; year: string; canWrite: boolean; today: string };

/** « Cahier d'inventaire »: what the cooperative owns; the value held is what the adhesion's insurance declares. */
export function Inventory({ cooperativeId, year, canWrite, today }: Props) {
  const inventory = useInventory(cooperativeId);
  const remove = useDeleteInventoryItem(cooperativeId);
  const [editing, setEditing] = useState<InventoryItem | 'new' | null>(null);
  const [deleting, setDeleting] = useState<InventoryItem | null>(null);

  if (inventory.isPending) return <ListLoader label="Chargement de l'inventaire" />;
  if (inventory.isError) return <QueryError error={inventory.error} onRetry={() => inventory.refetch()} title="L'inventaire n'a pas pu être lu" />;
  const items = inventory.data.items ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Paper withBorder radius="md" p="sm">
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            Valeur des biens détenus
          </Text>
          <Text fw={700} size="lg" data-testid="inventory-value">
            {formatMoney(Number(inventory.data.heldValue ?? 0))}
          </Text>
          <Text size="xs" c="dimmed">
            Proposée comme valeur des biens à la prochaine adhésion.
          </Text>
        </Paper>
        {canWrite && (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing('new')}>
            Ajouter un bien
          </Button>
        )}
      </Group>
      {items.length === 0 ? (
        <Paper withBorder radius="md" p="lg">
          <Text fw={600}>L'inventaire est vide.</Text>
          <Text size="sm" c="dimmed">
            Notez ici ce que la coopérative achète et garde : vidéoprojecteur, tablettes, instruments, matériel de sport…
          </Text>
        </Paper>
      ) : (
        <Paper withBorder radius="md">
          <Table className="stack-table" verticalSpacing="xs" horizontalSpacing="sm" aria-label="Cahier d'inventaire">
            <Table.Thead bg="gray.0">
              <Table.Tr>
                <Table.Th scope="col">Acheté le</Table.Th>
                <Table.Th scope="col">Bien</Table.Th>
                <FigureTh>Valeur</FigureTh>
                <Table.Th scope="col">Pièce</Table.Th>
                <Table.Th scope="col">Sorti le</Table.Th>
                {canWrite && <ActionsHeader />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((i) => (
                <Table.Tr key={i.id} c={i.disposedOn ? 'dimmed' : undefined}>
                  <Table.Td data-label="Acheté le">{formatDate(i.acquiredOn!)}</Table.Td>
                  <Table.Td data-label="Bien">{i.label}</Table.Td>
                  <MoneyTd label="Valeur" value={i.value} />
                  <Table.Td data-label="Pièce">{i.entryVoucherNumber != null ? `n° ${i.entryVoucherNumber}` : '—'}</Table.Td>
                  <Table.Td data-label="Sorti le">{i.disposedOn ? formatDate(i.disposedOn) : '—'}</Table.Td>
                  {canWrite && (
                    <RowActionsCell editLabel={`Modifier : ${i.label}`} deleteLabel={`Supprimer : ${i.label}`} onEdit={() => setEditing(i)} onDelete={() => setDeleting(i)} />
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <RecordFormDialog editing={editing} onClose={() => setEditing(null)} newTitle="Ajouter un bien à l'inventaire" editTitle="Modifier le bien">
        {(record) => (
          <InventoryForm
            key={record?.id ?? 'new'}
            cooperativeId={cooperativeId}
            year={year}
            item={record}
            today={today}
            onDone={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        )}
      </RecordFormDialog>
      <DeleteRecordDialog record={deleting} title="Supprimer ce bien de l'inventaire ?" remove={remove} onClose={() => setDeleting(null)}>
        {(d) => (
          <>
            {d.label} ({formatMoney(Number(d.value ?? 0))}). Un bien cassé, donné ou vendu se garde avec sa date de sortie :
            supprimez seulement une erreur.
          </>
        )}
      </DeleteRecordDialog>
    </Stack>
  );
}
