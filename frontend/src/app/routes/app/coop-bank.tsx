import { Stack } from '@mantine/core';
import { BankLines } from '@/features/ledger/components/bank-lines';
import { StatementImport } from '@/features/ledger/components/statement-import';
import { CoopBooksPage } from './coop-books-page';

/** "Relevés de banque": the statements imported and their lines against the books. */
export function CoopBankRoute() {
  return (
    <CoopBooksPage title="Relevés de banque">
      {({ id, year, canWrite }) => (
        <Stack gap="lg">
          {canWrite && <StatementImport cooperativeId={id} />}
          <BankLines key={year} cooperativeId={id} year={year} canWrite={canWrite} />
        </Stack>
      )}
    </CoopBooksPage>
  );
}
