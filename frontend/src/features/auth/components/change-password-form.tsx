import { zodResolver } from '@hookform/resolvers/zod';
import { Button, PasswordInput, Stack } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useForm, useWatch } from 'react-hook-form';
import { FormError } from '@/components/ui/form-error';
import type { Session } from '@/lib/auth';
import { errorMessage, isApiError, violationsByField } from '@/lib/problem';
import { changePasswordInputSchema, useChangePassword, type ChangePasswordInput } from '../api/change-password';
import { PasswordRules } from './password-rules';

type ChangePasswordFormProps = {
  onSuccess: (session: Session) => void;
};

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordForm({ onSuccess }: ChangePasswordFormProps) {
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors },
  } = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordInputSchema),
    defaultValues: { currentPassword: '', newPassword: '', confirmation: '' },
  });
  const newPassword = useWatch({ control, name: 'newPassword' });

  const mutation = useChangePassword({ onSuccess });

  const submit = handleSubmit((values) =>
    mutation.mutate(values, {
      onError: (error) => {
        if (!isApiError(error)) return;
        const byField = violationsByField(error.violations);
        for (const field of FIELDS) {
          if (byField[field]) setError(field, { type: 'server', message: byField[field] }, { shouldFocus: true });
        }
      },
    }),
  );

  // the server's sentence stays above the form only when no field carries it
  const fieldErrorsFromServer =
    isApiError(mutation.error) && mutation.error.violations.some((v) => (FIELDS as readonly string[]).includes(v.field ?? ''));

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        {mutation.isError && !fieldErrorsFromServer && <FormError>{errorMessage(mutation.error)}</FormError>}
        <PasswordInput
          label="Mot de passe actuel"
          autoComplete="current-password"
          required
          withAsterisk={false}
          error={errors.currentPassword?.message}
          // Mantine's PasswordInput leaves aria-invalid out
          aria-invalid={errors.currentPassword ? true : undefined}
          visibilityToggleButtonProps={{ 'aria-label': 'Afficher ou masquer le mot de passe actuel' }}
          {...register('currentPassword')}
        />
        <PasswordRules password={newPassword ?? ''} id="password-rules" />
        <PasswordInput
          label="Nouveau mot de passe"
          autoComplete="new-password"
          required
          withAsterisk={false}
          description="10 caractères au moins, de trois sortes (voir la règle ci-dessus)"
          error={errors.newPassword?.message}
          // Mantine's PasswordInput leaves aria-invalid out
          aria-invalid={errors.newPassword ? true : undefined}
          visibilityToggleButtonProps={{ 'aria-label': 'Afficher ou masquer le nouveau mot de passe' }}
          {...register('newPassword')}
        />
        <PasswordInput
          label="Confirmez le nouveau mot de passe"
          autoComplete="new-password"
          required
          withAsterisk={false}
          error={errors.confirmation?.message}
          // Mantine's PasswordInput leaves aria-invalid out
          aria-invalid={errors.confirmation ? true : undefined}
          visibilityToggleButtonProps={{ 'aria-label': 'Afficher ou masquer la confirmation' }}
          {...register('confirmation')}
        />
        <Button
          type="submit"
          size="md"
          loading={mutation.isPending}
          leftSection={<IconDeviceFloppy size={20} aria-hidden />}
        >
          Changer le mot de passe
        </Button>
      </Stack>
    </form>
  );
}
