import { useDocumentTitle } from '@mantine/hooks';
import { PageHeader } from '@/components/ui/page-header';
import { DashboardPage } from '@/features/dashboard/components/dashboard-page';
import { isAdmin } from '@/lib/auth';
import { RequireRole } from './require-role';
import { useAccount } from './root';

/** "Tableau de bord": the campaign's figures; each one opens the cooperatives behind it. */
export function StaffDashboardRoute() {
  useDocumentTitle('Tableau de bord — Coopérative en ligne');
  const me = useAccount();
  return (
    <RequireRole roles={['staff', 'admin']}>
      <PageHeader
        title="Tableau de bord"
        subtitle={
          isAdmin(me)
            ? 'La campagne de chaque département, côte à côte, ou celle d’un département choisi.'
            : `La campagne d'adhésion de l'${me.department?.name ?? 'OCCE'}.`
        }
      />
      <DashboardPage me={me} />
    </RequireRole>
  );
}
