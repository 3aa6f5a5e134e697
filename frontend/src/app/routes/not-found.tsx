import { Box, Center } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Brand } from '@/components/ui/brand';
import { NotFoundContent } from '@/components/ui/not-found-content';

export function NotFoundRoute() {
  useDocumentTitle('Page introuvable — Coopérative en ligne');
  return (
    <Box component="main" mih="100vh" p="md">
      <Center mb="xl" mt="md">
        <Brand />
      </Center>
      <NotFoundContent />
    </Box>
  );
}
