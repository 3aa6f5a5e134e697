import { Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Brand } from '@/components/ui/brand';

type AuthLayoutProps = {
  title: string;
  children: ReactNode;
  /** Under the card. */
  footer?: ReactNode;
};

/** Screens before the application: the login, and the first password change. */
export function AuthLayout({ title, children, footer }: AuthLayoutProps) {
  return (
    <Box
      component="main"
      mih="100vh"
      px="sm"
      py={{ base: 'lg', sm: 48 }}
      style={{
        background:
          'linear-gradient(160deg, var(--mantine-color-blue-0) 0%, var(--mantine-color-gray-0) 55%, var(--mantine-color-white) 100%)',
      }}
    >
      <Center>
        <Stack w="100%" maw={460} gap="lg">
          <Center>
            <Brand />
          </Center>
          <Paper withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 'xl' }}>
            <Title order={1} size="h2" mb="md">
              {title}
            </Title>
            {children}
          </Paper>
          {footer}
          <Text size="xs" c="dimmed" ta="center">
            Office Central de la Coopération à l'École (OCCE)
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
