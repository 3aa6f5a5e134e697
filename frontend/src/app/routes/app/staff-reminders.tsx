import { useDocumentTitle } from '@mantine/hooks';
import { PageHeader } from '@/components/ui/page-header';
import { RemindersList } from '@/features/reminder/components/reminders-list';
import { RequireRole } from './require-role';
import { useAccount } from './root';

/** "Relances": the reminders sent to cooperatives, with the progress of their sending. */
export function StaffRemindersRoute() {
  useDocumentTitle('Relances — Coopérative en ligne');
  const me = useAccount();
  return (
    <RequireRole roles={['staff', 'admin']}>
      <PageHeader title="Relances" subtitle="Les courriels de relance envoyés aux coopératives, et où en est leur envoi." />
      <RemindersList me={me} />
    </RequireRole>
  );
}
