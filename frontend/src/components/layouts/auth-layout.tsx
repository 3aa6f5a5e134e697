import { Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Brand } from '@/components/ui/brand';

type AuthLayoutProps = {
  title: string;
  children: ReactNode;
  /** Under the card. */
  footer?: ReactNode;
  /** The card's greatest width: narrow for a form, wider for a page to read. */
  width?: number;
};

/** Screens outside the application: the login, the first password change, the help, the public verification. */
export function AuthLayout({ title, children, footer, width = 460 }: AuthLayoutProps) {
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
        <Stack w="100%" maw={width} gap="lg">
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
