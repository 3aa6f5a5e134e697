import { useDocumentTitle } from '@mantine/hooks';
import { PageHeader } from '@/components/ui/page-header';
import { ReviewQueue } from '@/features/adhesion/components/review-queue';
import { isAdmin } from '@/lib/auth';
import { RequireRole } from './require-role';
import { useAccount } from './root';

/** "Validation des adhésions": the review queue of a department (staff: theirs; the admin chooses one). */
export function StaffReviewQueueRoute() {
  useDocumentTitle('Validation des adhésions — Coopérative en ligne');
  const me = useAccount();
  return (
    <RequireRole roles={['staff', 'admin']}>
      <PageHeader
        title="Validation des adhésions"
        subtitle={
          isAdmin(me)
            ? "Les adhésions envoyées à l'OCCE d'un département : le paiement, l'engagement signé, la validation."
            : `Les adhésions envoyées à l'${me.department?.name ?? 'OCCE'} : le paiement, l'engagement signé, la validation.`
        }
      />
      <ReviewQueue me={me} />
    </RequireRole>
  );
}
