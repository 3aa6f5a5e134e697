import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundContent } from '@/components/ui/not-found-content';

/** What a route shows when it fails to load or render. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <Center mih="100vh" component="main">
        <NotFoundContent />
      </Center>
    );
  }
  return (
    <Center mih="100vh" component="main" p="md">
      <Stack align="center" ta="center" maw={480}>
        <Title order={1} size="h2">
          Une erreur s'est produite
        </Title>
        <Text>La page n'a pas pu s'afficher. Rechargez-la ; si l'erreur revient, réessayez plus tard.</Text>
        <Button onClick={() => window.location.reload()}>Recharger la page</Button>
      </Stack>
    </Center>
  );
}
