import { Actions } from '@/features/ledger/components/actions';
import { CoopBooksPage } from './coop-books-page';

/** "Actions péda." of a school year. */
export function CoopActionsRoute() {
  return (
    <CoopBooksPage title="Actions péda.">
      {({ id, year, canWrite }) => <Actions key={year} cooperativeId={id} year={year} canWrite={canWrite} />}
    </CoopBooksPage>
  );
}
