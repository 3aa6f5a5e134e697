import { useDocumentTitle } from '@mantine/hooks';
import { PageHeader } from '@/components/ui/page-header';
import { ApiTokensList } from '@/features/apitoken/components/api-tokens-list';
import { RequireRole } from './require-role';
import { useAccount } from './root';

/** "Accès API": the department's read-only tokens for integrators (staff: theirs; the admin chooses one). */
export function StaffApiTokensRoute() {
  useDocumentTitle('Accès API — Coopérative en ligne');
  const me = useAccount();
  return (
    <RequireRole roles={['staff', 'admin']}>
      <PageHeader
        title="Accès API"
        subtitle="Les jetons qui permettent à des logiciels partenaires de lire les données du département, sans rien modifier."
      />
      <ApiTokensList me={me} />
    </RequireRole>
  );
}
