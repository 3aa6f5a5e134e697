import { useDocumentTitle } from '@mantine/hooks';
import { PageHeader } from '@/components/ui/page-header';
import { CooperativesList } from '@/features/cooperative/components/cooperatives-list';
import { isAdmin } from '@/lib/auth';
import { RequireRole } from './require-role';
import { useAccount } from './root';

export function StaffCooperativesRoute() {
  useDocumentTitle('Coopératives — Coopérative en ligne');
  const me = useAccount();
  return (
    <RequireRole roles={['staff', 'admin']}>
      <PageHeader
        title="Coopératives"
        subtitle={isAdmin(me) ? "Toutes les coopératives, ou celles d'un département" : `Les coopératives de l'${me.department?.name ?? 'OCCE'}`}
      />
      <CooperativesList canChooseDepartment={isAdmin(me)} ownDepartment={me.department?.code} currentYear={me.schoolYear} />
    </RequireRole>
  );
}
