import { Box, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type PageHeaderProps = {
  title: ReactNode;
  subtitle?: ReactNode;
  /** Above the title: a breadcrumb. */
  above?: ReactNode;
  /** On the right of the title: actions or badges. */
  aside?: ReactNode;
};

export function PageHeader({ title, subtitle, above, aside }: PageHeaderProps) {
  return (
    <Stack gap="xs" mb="lg">
      {above}
      <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
        <Box>
          <Title order={1} size="h2" lh={1.25}>
            {title}
          </Title>
          {subtitle && (
            <Text c="dimmed" mt={4}>
              {subtitle}
            </Text>
          )}
        </Box>
        {aside}
      </Group>
    </Stack>
  );
}
