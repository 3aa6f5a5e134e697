import { Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import { NotFoundContent } from '@/components/ui/not-found-content';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { SchoolYearSelect } from '@/components/ui/school-year-select';
import { useCooperative } from '@/features/cooperative/api/get-cooperative';
import { BankLines } from '@/features/ledger/components/bank-lines';
import { StatementImport } from '@/features/ledger/components/statement-import';
import { booksYear } from '@/lib/school-year';
import { CoopPageHeader, useCooperativeId } from './coop-context';
import { useAccount } from './root';

/** "Relevés de banque": the statements imported and their lines against the books (`?annee=2025-2026` for a past year). */
export function CoopBankRoute() {
  const id = useCooperativeId();
  return id === null ? <NotFoundContent /> : <CoopBank id={id} />;
}

function CoopBank({ id }: { id: number }) {
  useDocumentTitle('Relevés de banque — Coopérative en ligne');
  const me = useAccount();
  const cooperative = useCooperative(id);
  const [params, setParams] = useSearchParams();
  const { year, years, current } = booksYear(me.schoolYear ?? '', params.get('annee'));
  const canWrite = me.role === 'mandataire';

  if (cooperative.isPending) return <PageLoader />;
  if (cooperative.isError) return <QueryError error={cooperative.error} onRetry={() => cooperative.refetch()} />;
  return (
    <>
      <CoopPageHeader
        me={me}
        coop={cooperative.data}
        page="Relevés de banque"
        title="Relevés de banque"
        aside={<SchoolYearSelect years={years} current={current} value={year} onChange={(y) => setParams(y === current ? {} : { annee: y })} />}
      />
      <Stack gap="lg">
        {canWrite && <StatementImport cooperativeId={id} />}
        <BankLines key={year} cooperativeId={id} year={year} canWrite={canWrite} />
      </Stack>
    </>
  );
}
