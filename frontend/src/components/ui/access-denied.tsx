import { Button, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';

type AccessDeniedProps = {
  /** The server's sentence, when there is one. */
  detail?: string;
};

/** What a 403 answer shows: the page exists, but not for this account. */
export function AccessDenied({ detail }: AccessDeniedProps) {
  return (
    <Paper withBorder p="xl" radius="md" maw={560} mx="auto" mt="xl">
      <Stack align="center" gap="md" ta="center">
        <ThemeIcon size={56} radius="xl" color="red" variant="light" aria-hidden>
          <IconLock size={30} />
        </ThemeIcon>
        <Title order={1} size="h2">
          Accès refusé
        </Title>
        <Text>{detail ?? "Vous n'avez pas accès à cette page."}</Text>
        <Button component={Link} to={paths.home.getHref()} variant="light">
          Retour à l'accueil
        </Button>
      </Stack>
    </Paper>
  );
}
