import { useDocumentTitle } from '@mantine/hooks';
import { PageHeader } from '@/components/ui/page-header';
import { MailsList } from '@/features/mail/components/mails-list';
import { isAdmin } from '@/lib/auth';
import { RequireRole } from './require-role';
import { useAccount } from './root';

/** "Courriels envoyés": what the platform emailed on behalf of a department (staff: theirs; the admin chooses one). */
export function StaffMailsRoute() {
  useDocumentTitle('Courriels envoyés — Coopérative en ligne');
  const me = useAccount();
  return (
    <RequireRole roles={['staff', 'admin']}>
      <PageHeader
        title="Courriels envoyés"
        subtitle={
          isAdmin(me)
            ? "Les courriels envoyés aux coopératives au nom d'un département, du plus récent au plus ancien."
            : `Les courriels envoyés aux coopératives au nom de l'${me.department?.name ?? 'OCCE'}, du plus récent au plus ancien.`
        }
      />
      <MailsList me={me} />
    </RequireRole>
  );
}
