import { Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths } from '@/config/paths';
import { LoginForm } from '@/features/auth/components/login-form';
import { tokenStorage } from '@/lib/auth';
import { homeFor, useMe, useStartSession } from '@/lib/session';

/** Only a path of this site, never another site ("//host", "https://…"). */
function safeRedirect(value: string | null): string | null {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(paths.auth.login.path)
    ? value
    : null;
}

export function LoginRoute() {
  useDocumentTitle('Connexion — Coopérative en ligne');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const redirectTo = safeRedirect(params.get('redirectTo'));
  const startSession = useStartSession();
  const me = useMe();

  if (tokenStorage.get() && me.data) {
    return <Navigate to={homeFor(me.data)} replace />;
  }

  return (
    <AuthLayout title="Connexion">
      <Text c="dimmed" size="sm" mb="lg">
        L'espace en ligne des coopératives scolaires et des associations départementales de l'OCCE.
      </Text>
      <LoginForm
        onSuccess={(session) => {
          const account = startSession(session);
          const target = account.mustChangePassword ? homeFor(account) : (redirectTo ?? homeFor(account));
          navigate(target, { replace: true });
        }}
      />
    </AuthLayout>
  );
}
