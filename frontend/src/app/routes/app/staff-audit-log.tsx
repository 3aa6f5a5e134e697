import { useDocumentTitle } from '@mantine/hooks';
import { PageHeader } from '@/components/ui/page-header';
import { AuditLog } from '@/features/audit/components/audit-log';
import { RequireRole } from './require-role';
import { useAccount } from './root';

/** "Journal des modifications": who changed what, when, on which cooperative (staff: their department). */
export function StaffAuditLogRoute() {
  useDocumentTitle('Journal des modifications — Coopérative en ligne');
  const me = useAccount();
  return (
    <RequireRole roles={['staff', 'admin']}>
      <PageHeader
        title="Journal des modifications"
        subtitle="Chaque changement : qui, quand, sur quelle coopérative, avec les valeurs avant et après. Du plus récent au plus ancien."
      />
      <AuditLog me={me} />
    </RequireRole>
  );
}
