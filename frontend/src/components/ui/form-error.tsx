import { Alert, Button, Text } from '@mantine/core';
import { IconAlertCircle, IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { errorMessage } from '@/lib/problem';

/** The server's sentence above a form, announced to screen readers. */
export function FormError({ children, title, action }: { children: ReactNode; title?: string; action?: ReactNode }) {
  return (
    <Alert color="red" variant="light" role="alert" title={title} icon={<IconAlertCircle aria-hidden />}>
      <Text size="sm">{children}</Text>
      {action}
    </Alert>
  );
}

/**
 * Someone changed what the form shows since it was read (409 stale-version): the server's sentence and "Recharger".
 * {@code title} names what changed ("Barème modifié entre-temps").
 */
export function StaleVersionError({ title, error, onReload }: { title: string; error: unknown; onReload: () => void }) {
  return (
    <FormError
      title={title}
      action={
        <Button mt="sm" size="sm" variant="white" color="red" leftSection={<IconRefresh size={16} aria-hidden />} onClick={onReload}>
          Recharger
        </Button>
      }
    >
      {errorMessage(error)}
    </FormError>
  );
}
