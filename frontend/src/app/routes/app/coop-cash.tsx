import { useDocumentTitle } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import { NotFoundContent } from '@/components/ui/not-found-content';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { useCooperative } from '@/features/cooperative/api/get-cooperative';
import { CashCounts } from '@/features/ledger/components/cash-counts';
import { SchoolYearSelect } from '@/components/ui/school-year-select';
import { booksYear } from '@/lib/school-year';
import { CoopPageHeader, useCooperativeId } from './coop-context';
import { useAccount } from './root';

/** "L'arrêté de caisse": the cash counts of a school year (`?annee=2025-2026` for a past one). */
export function CoopCashRoute() {
  const id = useCooperativeId();
  return id === null ? <NotFoundContent /> : <CoopCash id={id} />;
}

function CoopCash({ id }: { id: number }) {
  useDocumentTitle("L'arrêté de caisse — Coopérative en ligne");
  const me = useAccount();
  const cooperative = useCooperative(id);
  const [params, setParams] = useSearchParams();
  const { year, years, current } = booksYear(me.schoolYear ?? '', params.get('annee'));

  if (cooperative.isPending) return <PageLoader />;
  if (cooperative.isError) return <QueryError error={cooperative.error} onRetry={() => cooperative.refetch()} />;
  return (
    <>
      <CoopPageHeader
        me={me}
        coop={cooperative.data}
        page="L'arrêté de caisse"
        title="L'arrêté de caisse"
        aside={<SchoolYearSelect years={years} current={current} value={year} onChange={(y) => setParams(y === current ? {} : { annee: y })} />}
      />
      <CashCounts key={year} cooperativeId={id} year={year} canWrite={me.role === 'mandataire'} />
    </>
  );
}
