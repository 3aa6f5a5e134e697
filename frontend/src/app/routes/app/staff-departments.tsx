import { useDocumentTitle } from '@mantine/hooks';
import { PageHeader } from '@/components/ui/page-header';
import { DepartmentsList } from '@/features/staff/components/departments-list';
import { RequireRole } from './require-role';

export function StaffDepartmentsRoute() {
  useDocumentTitle('Départements — Coopérative en ligne');
  return (
    <RequireRole roles={['admin']}>
      <PageHeader
        title="Départements"
        subtitle="Les associations départementales de l'OCCE. Choisissez-en une pour voir ses coopératives."
      />
      <DepartmentsList />
    </RequireRole>
  );
}
