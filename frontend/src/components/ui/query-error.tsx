import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { errorMessage, isApiError } from '@/lib/problem';
import { AccessDenied } from './access-denied';

type QueryErrorProps = {
  error: unknown;
  onRetry?: () => void;
  title?: string;
};

/** The error of a query: "Accès refusé" for a 403, the server's sentence otherwise. */
export function QueryError({ error, onRetry, title = "Impossible d'afficher cette page" }: QueryErrorProps) {
  if (isApiError(error) && error.status === 403 && !error.is('password-change-required')) {
    return <AccessDenied detail={error.message} />;
  }
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle aria-hidden />} role="alert" mt="md">
      <Text size="sm">{errorMessage(error)}</Text>
      {onRetry && (
        <Group mt="sm">
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            Réessayer
          </Button>
        </Group>
      )}
    </Alert>
  );
}
