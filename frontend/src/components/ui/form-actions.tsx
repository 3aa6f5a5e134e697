import { Alert, Button, Group, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { errorMessage } from '@/lib/problem';

/**
 * The end of a form: why the save failed when no field shows it ({@code failure}, null otherwise), then « Annuler » and
 * the save button ({@code children}: its words).
 */
export function FormActions({ failure, saving, onCancel, children }: {
  failure: unknown;
  saving: boolean;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <>
      {failure != null && (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(failure)}
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel}>
          Annuler
        </Button>
        <Button type="submit" loading={saving}>
          {children}
        </Button>
      </Group>
    </>
  );
}

/**
 * The foot of an edit form: « Modifications non enregistrées. » while changes wait (`status` otherwise), « Annuler »
 * when `onCancel` is given (it restores the saved values), and the save button ({@code children}: its words).
 */
export function SaveBar({ dirty, saving, status = 'Aucune modification en cours.', onCancel, cancelLabel = 'Annuler', children }: {
  dirty: boolean;
  saving: boolean;
  status?: ReactNode;
  onCancel?: () => void;
  cancelLabel?: string;
  children: ReactNode;
}) {
  return (
    <Group justify="space-between" gap="sm">
      <Text size="sm" c={dirty ? 'var(--mantine-color-orange-light-color)' : 'dimmed'} fw={dirty ? 600 : 400} aria-live="polite">
        {dirty ? 'Modifications non enregistrées.' : status}
      </Text>
      <Group gap="sm">
        {onCancel && (
          <Button variant="default" disabled={!dirty || saving} onClick={onCancel}>
            {cancelLabel}
          </Button>
        )}
        <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
          {children}
        </Button>
      </Group>
    </Group>
  );
}
