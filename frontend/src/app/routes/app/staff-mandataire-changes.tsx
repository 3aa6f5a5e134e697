import { useDocumentTitle } from '@mantine/hooks';
import { PageHeader } from '@/components/ui/page-header';
import { ChangesList } from '@/features/mandataire/components/changes-list';
import { isAdmin } from '@/lib/auth';
import { RequireRole } from './require-role';
import { useAccount } from './root';

/** "Changements de mandataire": the requests of a department, to accept or refuse (staff: theirs; the admin chooses one). */
export function StaffMandataireChangesRoute() {
  useDocumentTitle('Changements de mandataire — Coopérative en ligne');
  const me = useAccount();
  return (
    <RequireRole roles={['staff', 'admin']}>
      <PageHeader
        title="Changements de mandataire"
        subtitle={
          isAdmin(me)
            ? "Les demandes de changement de mandataire et/ou de co-signataires d'un département."
            : `Les demandes de changement de mandataire et/ou de co-signataires reçues par l'${me.department?.name ?? 'OCCE'}.`
        }
      />
      <ChangesList me={me} />
    </RequireRole>
  );
}
