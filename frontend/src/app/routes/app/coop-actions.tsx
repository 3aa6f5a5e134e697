import { useDocumentTitle } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import { NotFoundContent } from '@/components/ui/not-found-content';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { SchoolYearSelect } from '@/components/ui/school-year-select';
import { useCooperative } from '@/features/cooperative/api/get-cooperative';
import { Actions } from '@/features/ledger/components/actions';
import { booksYear } from '@/lib/school-year';
import { CoopPageHeader, useCooperativeId } from './coop-context';
import { useAccount } from './root';

/** "Actions péda." of a school year (`?annee=2025-2026` for a past one). */
export function CoopActionsRoute() {
  const id = useCooperativeId();
  return id === null ? <NotFoundContent /> : <CoopActions id={id} />;
}

function CoopActions({ id }: { id: number }) {
  useDocumentTitle('Actions péda. — Coopérative en ligne');
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
        page="Actions péda."
        title="Actions péda."
        aside={<SchoolYearSelect years={years} current={current} value={year} onChange={(y) => setParams(y === current ? {} : { annee: y })} />}
      />
      <Actions key={year} cooperativeId={id} year={year} canWrite={me.role === 'mandataire'} />
    </>
  );
}
