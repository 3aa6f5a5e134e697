import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconLogin2 } from '@tabler/icons-react';
import { useForm, useWatch, type Control } from 'react-hook-form';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { departmentOfLogin, useDepartmentContact } from '@/features/department/api/get-department-contact';
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
    control,
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
        <LostCredentials control={control} />
      </Stack>
    </form>
  );
}

/**
 * "Identifiant ou mot de passe perdu : contactez votre OCCE départemental." (the seeds' line), then, once the typed
 * login names a department (038-0107), that department's contact; and the way to the help page.
 */
function LostCredentials({ control }: { control: Control<LoginInput> }) {
  const login = useWatch({ control, name: 'login' });
  const [debounced] = useDebouncedValue(login ?? '', 300);
  const contact = useDepartmentContact(departmentOfLogin(debounced));
  const c = contact.data;
  return (
    <Stack gap={4} aria-live="polite">
      <Text size="sm">Identifiant ou mot de passe perdu : contactez votre OCCE départemental.</Text>
      {c && (
        <Text size="sm" c="dimmed" data-testid="department-contact">
          <Text span fw={600} c="dark">
            {c.name}
          </Text>
          {c.phone && <> — {c.phone}</>}
          {c.email && (
            <>
              {' — '}
              <Anchor href={`mailto:${c.email}`} size="sm" underline="always">
                {c.email}
              </Anchor>
            </>
          )}
          {c.openingHours && <> — {c.openingHours}</>}
        </Text>
      )}
      <Anchor component={Link} to={paths.help.getHref()} size="sm">
        Aide : comment se connecter et adhérer
      </Anchor>
    </Stack>
  );
}
