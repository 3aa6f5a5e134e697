import { Button, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMapSearch } from '@tabler/icons-react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';

export function NotFoundContent() {
  return (
    <Stack align="center" gap="md" ta="center" py="xl" maw={520} mx="auto">
      <ThemeIcon size={64} radius="xl" variant="light" aria-hidden>
        <IconMapSearch size={34} />
      </ThemeIcon>
      <Title order={1} size="h2">
        Page introuvable
      </Title>
      <Text>L'adresse demandée n'existe pas, ou plus. Vérifiez-la, ou repartez de l'accueil.</Text>
      <Button component={Link} to={paths.home.getHref()}>
        Retour à l'accueil
      </Button>
    </Stack>
  );
}
