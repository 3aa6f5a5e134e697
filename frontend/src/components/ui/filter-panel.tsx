import { Group, Paper } from '@mantine/core';
import type { ReactNode } from 'react';

/** The filters above a list, side by side, wrapping on a phone. */
export function FilterPanel({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Group align="flex-end" gap="md" wrap="wrap">
        {children}
      </Group>
    </Paper>
  );
}
