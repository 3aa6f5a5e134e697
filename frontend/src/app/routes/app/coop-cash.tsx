import { CashCounts } from '@/features/ledger/components/cash-counts';
import { CoopBooksPage } from './coop-books-page';

/** "L'arrêté de caisse": the cash counts of a school year. */
export function CoopCashRoute() {
  return (
    <CoopBooksPage title="L'arrêté de caisse">
      {({ id, year, canWrite }) => <CashCounts key={year} cooperativeId={id} year={year} canWrite={canWrite} />}
    </CoopBooksPage>
  );
}
