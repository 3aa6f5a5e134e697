import { ClassLedgers } from '@/features/ledger/components/class-ledgers';
import { CoopBooksPage } from './coop-books-page';

/** "Cahiers de classe" of a school year: each class's ledger and balance. */
export function CoopClassesRoute() {
  return <CoopBooksPage title="Cahiers de classe">{({ id, year }) => <ClassLedgers key={year} cooperativeId={id} year={year} />}</CoopBooksPage>;
}
