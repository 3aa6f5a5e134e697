import { LedgerBook } from '@/features/ledger/components/ledger-book';
import { CoopBooksPage } from './coop-books-page';

/** "Cahier de compta.": the cooperative's books of a school year. */
export function CoopLedgerRoute() {
  return (
    <CoopBooksPage title="Cahier de compta.">
      {({ id, year, canWrite, today }) => <LedgerBook key={year} cooperativeId={id} year={year} canWrite={canWrite} today={today} />}
    </CoopBooksPage>
  );
}
