import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';

/** "Coopérative en ligne" with its mark. */
export function Brand({ compact = false }: { compact?: boolean }) {
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={compact ? 30 : 36} radius="md" aria-hidden>
        <IconUsersGroup size={compact ? 18 : 22} />
      </ThemeIcon>
      <Text component="span" fw={700} fz={compact ? 'md' : 'lg'} c="blue.9" style={{ whiteSpace: 'nowrap' }}>
        Coopérative en ligne
      </Text>
    </Group>
  );
}
