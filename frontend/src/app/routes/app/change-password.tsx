import { Alert, Paper, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconShieldLock } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { ChangePasswordForm } from '@/features/auth/components/change-password-form';
import { homeFor, useStartSession } from '@/lib/session';
import { useAccount } from './root';

export function ChangePasswordRoute() {
  useDocumentTitle('Mot de passe — Coopérative en ligne');
  const me = useAccount();
  const navigate = useNavigate();
  const startSession = useStartSession();
  const initial = me.mustChangePassword === true;

  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} maw={560} mx="auto" mt={{ base: 0, sm: 'md' }}>
      <PageHeader
        title={initial ? 'Choisissez votre mot de passe' : 'Changer de mot de passe'}
        subtitle={`Identifiant : ${me.login}`}
      />
      {initial ? (
        <Alert color="orange" variant="light" role="note" icon={<IconShieldLock aria-hidden />} mb="lg" title="Mot de passe initial">
          <Text size="sm">
            Le mot de passe qui vous a été remis est le mot de passe initial : il est connu de tous. Remplacez-le
            par un mot de passe personnel avant de continuer.
          </Text>
        </Alert>
      ) : (
        <Text size="sm" mb="lg">
          Après le changement, vos autres sessions ouvertes (sur un autre appareil, par exemple) prennent fin.
        </Text>
      )}
      <ChangePasswordForm
        onSuccess={(session) => {
          const account = startSession(session);
          notifications.show({ color: 'teal', title: 'Mot de passe changé', message: 'Votre nouveau mot de passe est enregistré.' });
          navigate(homeFor(account), { replace: true });
        }}
      />
    </Paper>
  );
}
