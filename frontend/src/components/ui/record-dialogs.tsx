import { ActionIcon, Group, Stack, Table, Text } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ConfirmDialog } from './confirm-dialog';
import { Dialog } from './dialog';

/** A record of a list the user keeps (an entry, a cash count, a subsidy…): what deleting it needs. */
type Versioned = { id?: number; version?: number };

/** A deletion with the version read (the server answers 409 when the record changed since). */
type RemoveMutation = {
  isPending: boolean;
  error: unknown;
  mutate: (record: { id: number; version: number }, options: { onSuccess: () => void }) => void;
};

/** The last cell of a row the user may change: « modifier » and « supprimer », each named after the row for screen readers. */
export function RowActionsCell({ editLabel, deleteLabel, onEdit, onDelete }: {
  editLabel: string;
  deleteLabel: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  return (
    <Table.Td data-label="Actions">
      <Group gap={4} wrap="nowrap" justify="flex-end">
        <ActionIcon variant="subtle" aria-label={editLabel} onClick={onEdit}>
          <IconPencil size={18} aria-hidden />
        </ActionIcon>
        <ActionIcon variant="subtle" color="red" aria-label={deleteLabel} onClick={onDelete}>
          <IconTrash size={18} aria-hidden />
        </ActionIcon>
      </Group>
    </Table.Td>
  );
}

/**
 * The form of a new record or of one being changed, in a dialog that a click outside does not close (what is typed
 * stays), full screen on a phone. {@code children} draws the form for the record (undefined: a new one).
 */
export function RecordFormDialog<T extends Versioned>({ editing, onClose, newTitle, editTitle, size, children }: {
  editing: T | 'new' | null;
  onClose: () => void;
  newTitle: string;
  editTitle: string;
  size?: 'lg';
  children: (record: T | undefined) => ReactNode;
}) {
  return (
    <Dialog opened={editing !== null} onClose={onClose} title={editing === 'new' ? newTitle : editTitle} size={size} closeOnClickOutside={false} fullScreenOnPhone>
      {editing !== null && children(editing === 'new' ? undefined : editing)}
    </Dialog>
  );
}

/** Asks before deleting a record, saying what it holds ({@code children}); closes once deleted, shows why it was not. */
export function DeleteRecordDialog<T extends Versioned>({ record, title, remove, onClose, children }: {
  record: T | null;
  title: string;
  remove: RemoveMutation;
  onClose: () => void;
  children: (record: T) => ReactNode;
}) {
  return (
    <ConfirmDialog
      opened={record !== null}
      title={title}
      confirmLabel="Supprimer"
      color="red"
      loading={remove.isPending}
      error={remove.error}
      onCancel={onClose}
      onConfirm={() => record && remove.mutate({ id: record.id!, version: record.version ?? 0 }, { onSuccess: onClose })}
    >
      {record && (
        <Stack gap="xs">
          <Text size="sm">{children(record)}</Text>
        </Stack>
      )}
    </ConfirmDialog>
  );
}
