import { Inventory } from '@/features/ledger/components/inventory';
import { CoopBooksPage } from './coop-books-page';

/** « Cahier d'inventaire »: what the cooperative owns (the year chosen lists its charges to link). */
export function CoopInventoryRoute() {
  return (
    <CoopBooksPage title="Cahier d'inventaire">
      {({ id, year, canWrite, today }) => <Inventory key={year} cooperativeId={id} year={year} canWrite={canWrite} today={today} />}
    </CoopBooksPage>
  );
}
