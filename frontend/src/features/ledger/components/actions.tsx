import { Alert, Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { ActionsHeader } from '@/components/ui/actions-header';
import { ListLoader } from '@/components/ui/data-list-frame';
import { Dialog } from '@/components/ui/dialog';
import { QueryError } from '@/components/ui/query-error';
import { DeleteRecordDialog, RowActionsCell } from '@/components/ui/record-dialogs';
import { formatSchoolYear } from '@/lib/format';
import { errorMessage, isApiError, violationsByField } from '@/lib/problem';
import { ResultCells, ResultHeads } from './result-cells';
import { useCreateLedgerAction, useDeleteLedgerAction, useLedgerActions, useRenameLedgerAction, type LedgerAction } from '../api/actions';

type Props = { cooperativeId: number; year: string; canWrite: boolean };

/** "Actions péda.": each action's income, charges and result; with the entries of no action, the year's totals. */
export function Actions({ cooperativeId, year, canWrite }: Props) {
  const actions = useLedgerActions(cooperativeId, year);
  const create = useCreateLedgerAction(cooperativeId, year);
  const remove = useDeleteLedgerAction(cooperativeId, year);
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<LedgerAction | null>(null);
  const [deleting, setDeleting] = useState<LedgerAction | null>(null);

  if (actions.isPending) return <ListLoader label="Chargement des actions" />;
  if (actions.isError) return <QueryError error={actions.error} onRetry={() => actions.refetch()} title="Les actions n'ont pas pu être lues" />;
  const data = actions.data;
  const items = data.actions ?? [];
  const createErrors = isApiError(create.error) ? violationsByField(create.error.violations) : {};
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    create.mutate(name.trim(), { onSuccess: () => setName('') });
  };
  const row = (a: Pick<LedgerAction, 'income' | 'charges' | 'result'>, strong = false) => (
    <ResultCells income={a.income} charges={a.charges} result={a.result} resultLabel="Résultat" strong={strong} />
  );

  return (
    <Stack gap="md">
      <Text c="dimmed" size="sm">
        Une action pédagogique (classe de neige, spectacle, jardin…) regroupe ses recettes et ses dépenses : choisissez-la en écrivant l'opération au
        cahier.
      </Text>
      {canWrite && (
        <form onSubmit={add} aria-label="Nouvelle action">
          <Group align="flex-start" gap="sm">
            <TextInput
              label="Nouvelle action"
              placeholder="Classe de neige"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={createErrors.name}
              maxLength={120}
              style={{ flex: '1 1 240px' }}
            />
            <Button type="submit" mt={25} leftSection={<IconPlus size={18} aria-hidden />} loading={create.isPending} disabled={!name.trim()}>
              Ajouter l'action
            </Button>
          </Group>
        </form>
      )}
      <Paper withBorder radius="md">
        <Table className="stack-table" verticalSpacing="xs" horizontalSpacing="sm" aria-label={`Actions pédagogiques ${formatSchoolYear(year)}`}>
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th scope="col">Action</Table.Th>
              <ResultHeads resultLabel="Résultat" />
              {canWrite && <ActionsHeader />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td data-label="Action">{a.name}</Table.Td>
                <Table.Td data-label="Opérations" ta="right">
                  {a.entries}
                </Table.Td>
                {row(a)}
                {canWrite && (
                  <RowActionsCell editLabel={`Renommer l'action ${a.name}`} deleteLabel={`Supprimer l'action ${a.name}`} onEdit={() => setRenaming(a)} onDelete={() => setDeleting(a)} />
                )}
              </Table.Tr>
            ))}
            {data.withoutAction && (
              <Table.Tr>
                <Table.Td data-label="Action">
                  <Text span size="sm" c="dimmed">
                    Sans action
                  </Text>
                </Table.Td>
                <Table.Td data-label="Opérations" ta="right">
                  {data.withoutAction.entries}
                </Table.Td>
                {row(data.withoutAction)}
                {canWrite && <Table.Td />}
              </Table.Tr>
            )}
            <Table.Tr bg="gray.0">
              <Table.Td data-label="Action" fw={700}>
                Total de l'année
              </Table.Td>
              <Table.Td data-label="Opérations" />
              {row({ income: data.income, charges: data.charges, result: data.result }, true)}
              {canWrite && <Table.Td />}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Paper>
      <Dialog opened={renaming !== null} onClose={() => setRenaming(null)} title="Renommer l'action" closeOnClickOutside={false}>
        {renaming && <RenameForm key={renaming.id} cooperativeId={cooperativeId} year={year} action={renaming} onDone={() => setRenaming(null)} />}
      </Dialog>
      <DeleteRecordDialog record={deleting} title="Supprimer l'action ?" remove={remove} onClose={() => setDeleting(null)}>
        {(d) => (
          <>
            « {d.name} » : ses {d.entries} opération(s) restent au cahier, sans action.
          </>
        )}
      </DeleteRecordDialog>
    </Stack>
  );
}

function RenameForm({ cooperativeId, year, action, onDone }: { cooperativeId: number; year: string; action: LedgerAction; onDone: () => void }) {
  const rename = useRenameLedgerAction(cooperativeId, year);
  const [name, setName] = useState(action.name ?? '');
  const errors = isApiError(rename.error) ? violationsByField(rename.error.violations) : {};
  return (
    <form
      aria-label="Renommer l'action"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim()) rename.mutate({ id: action.id!, version: action.version ?? 0, name: name.trim() }, { onSuccess: onDone });
      }}
    >
      <Stack gap="sm">
        <TextInput label="Nom de l'action" value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} maxLength={120} />
        {rename.isError && !errors.name && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(rename.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={rename.isPending}>
            Renommer
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
