import { Alert, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** The server's sentence above a form, announced to screen readers. */
export function FormError({ children, title, action }: { children: ReactNode; title?: string; action?: ReactNode }) {
  return (
    <Alert color="red" variant="light" role="alert" title={title} icon={<IconAlertCircle aria-hidden />}>
      <Text size="sm">{children}</Text>
      {action}
    </Alert>
  );
}
