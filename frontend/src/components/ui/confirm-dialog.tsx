import { Alert, Button, Group, Stack } from '@mantine/core';
import { errorMessage } from '@/lib/problem';
import type { ReactNode } from 'react';
import { Dialog } from './dialog';

type ConfirmDialogProps = {
  opened: boolean;
  title: ReactNode;
  /** What will happen, with the figures it concerns (amount, number of debits or emails). */
  children: ReactNode;
  /** The confirming button's words, distinct from the button that opened the dialog. */
  confirmLabel: string;
  /** The words of the button that keeps things as they are. */
  cancelLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
  loading?: boolean;
  color?: string;
  /** Why the action failed, shown above the buttons (null while it has not). */
  error?: unknown;
};

/**
 * Asks before an action that cannot be undone by the one who takes it (sending the adhesion, validating it,
 * drawing a direct debit file): says what will happen, and does it only on the second click.
 */
export function ConfirmDialog({
  opened,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Annuler',
  onConfirm,
  onCancel,
  loading,
  color,
  error,
}: ConfirmDialogProps) {
  return (
    <Dialog opened={opened} onClose={onCancel} title={title}>
      <Stack gap="md">
        {children}
        {error != null && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(error)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={loading}>
            {cancelLabel}
          </Button>
          <Button color={color} onClick={onConfirm} loading={loading} data-autofocus>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
