import { Alert, List } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { FormError, StaleVersionError } from '@/components/ui/form-error';
import { errorMessage, isApiError } from '@/lib/problem';

type ChangeErrorProps = {
  error: unknown;
  /** Reads the adhesion again (after a 409 "stale-version"). */
  onReload: () => void;
  /** The fields shown under their inputs: not repeated here. */
  fieldsShown?: readonly string[];
};

/**
 * The answer of a refused change: "Rechargez" with a button when someone changed the adhesion meanwhile,
 * the server's sentence otherwise (unless every violation is already under its field).
 */
export function ChangeError({ error, onReload, fieldsShown = [] }: ChangeErrorProps) {
  if (isApiError(error) && error.is('stale-version')) {
    return (
      <StaleVersionError title="Adhésion modifiée entre-temps" error={error} onReload={onReload} />
    );
  }
  const violations = isApiError(error) ? error.violations : [];
  const elsewhere = violations.filter((v) => !fieldsShown.includes(v.field ?? ''));
  if (violations.length > 0 && elsewhere.length === 0) {
    return <FormError>Certains champs sont à corriger : voyez les messages sous ces champs.</FormError>;
  }
  if (elsewhere.length > 1) {
    return (
      <Alert color="red" variant="light" role="alert" title={errorMessage(error)} icon={<IconAlertCircle aria-hidden />}>
        <List size="sm" withPadding>
          {elsewhere.map((v) => (
            <List.Item key={`${v.field}-${v.message}`}>{v.message}</List.Item>
          ))}
        </List>
      </Alert>
    );
  }
  return <FormError>{errorMessage(error)}</FormError>;
}
