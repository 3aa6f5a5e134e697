import { zodResolver } from '@hookform/resolvers/zod';
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconLogin2 } from '@tabler/icons-react';
import { useForm } from 'react-hook-form';
import { FormError } from '@/components/ui/form-error';
import type { Session } from '@/lib/auth';
import { errorMessage } from '@/lib/problem';
import { loginInputSchema, useLogin, type LoginInput } from '../api/login';

type LoginFormProps = {
  onSuccess: (session: Session) => void;
};

export function LoginForm({ onSuccess }: LoginFormProps) {
  const loginMutation = useLogin({ onSuccess });
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<LoginInput>({
    resolver: zodResolver(loginInputSchema),
    defaultValues: { login: '', password: '' },
  });

  return (
    <form noValidate onSubmit={handleSubmit((values) => loginMutation.mutate(values))}>
      <Stack gap="md">
        {loginMutation.isError && <FormError>{errorMessage(loginMutation.error)}</FormError>}
        <TextInput
          label="Identifiant"
          placeholder="046-0410"
          description="Le numéro de votre coopérative, ou votre identifiant OCCE"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          withAsterisk={false}
          error={errors.login?.message}
          {...register('login')}
        />
        <PasswordInput
          label="Mot de passe"
          autoComplete="current-password"
          required
          withAsterisk={false}
          error={errors.password?.message}
          // Mantine's PasswordInput leaves aria-invalid out
          aria-invalid={errors.password ? true : undefined}
          visibilityToggleButtonProps={{ 'aria-label': 'Afficher ou masquer le mot de passe' }}
          {...register('password')}
        />
        <Button
          type="submit"
          size="md"
          fullWidth
          loading={loginMutation.isPending}
          leftSection={<IconLogin2 size={20} aria-hidden />}
        >
          Se connecter
        </Button>
      </Stack>
    </form>
  );
}
