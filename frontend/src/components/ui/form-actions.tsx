import { Alert, Button, Group } from '@mantine/core';
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
