import { useDocumentTitle } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import { NotFoundContent } from '@/components/ui/not-found-content';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { SchoolYearSelect } from '@/components/ui/school-year-select';
import { useCooperative } from '@/features/cooperative/api/get-cooperative';
import { Inventory } from '@/features/ledger/components/inventory';
import { booksYear, localToday } from '@/lib/school-year';
import { CoopPageHeader, useCooperativeId } from './coop-context';
import { useAccount } from './root';

/** « Cahier d'inventaire »: what the cooperative owns (the year chosen lists its charges to link). */
export function CoopInventoryRoute() {
  const id = useCooperativeId();
  return id === null ? <NotFoundContent /> : <CoopInventory id={id} />;
}

function CoopInventory({ id }: { id: number }) {
  useDocumentTitle("Cahier d'inventaire — Coopérative en ligne");
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
        page="Cahier d'inventaire"
        title="Cahier d'inventaire"
        aside={<SchoolYearSelect years={years} current={current} value={year} onChange={(y) => setParams(y === current ? {} : { annee: y })} />}
      />
      <Inventory key={year} cooperativeId={id} year={year} canWrite={me.role === 'mandataire'} today={localToday()} />
    </>
  );
}
