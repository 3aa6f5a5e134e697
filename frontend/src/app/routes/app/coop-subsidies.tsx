import { Subsidies } from '@/features/ledger/components/subsidies';
import { CoopBooksPage } from './coop-books-page';

/** "Les subventions" decided in a school year. */
export function CoopSubsidiesRoute() {
  return (
    <CoopBooksPage title="Les subventions">
      {({ id, year, canWrite, today }) => <Subsidies key={year} cooperativeId={id} year={year} canWrite={canWrite} today={today} />}
    </CoopBooksPage>
  );
}
