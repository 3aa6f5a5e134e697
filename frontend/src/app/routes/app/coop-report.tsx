import { useDocumentTitle } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import { NotFoundContent } from '@/components/ui/not-found-content';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { SchoolYearSelect } from '@/components/ui/school-year-select';
import { useCooperative } from '@/features/cooperative/api/get-cooperative';
import { AnnualReportPanel } from '@/features/report/components/financial-report';
import { schoolYearsAround, shiftSchoolYear } from '@/lib/school-year';
import { CoopPageHeader, useCooperativeId } from './coop-context';
import { useAccount } from './root';

/**
 * « Compte-rendu »: the report of the school year that ended last 31 August by default (`?annee=` for another of
 * the three before, or the current one prepared ahead); the mandataire fills and sends it, staff review it.
 */
export function CoopReportRoute() {
  const id = useCooperativeId();
  return id === null ? <NotFoundContent /> : <CoopReport id={id} />;
}

function CoopReport({ id }: { id: number }) {
  useDocumentTitle('Compte-rendu — Coopérative en ligne');
  const me = useAccount();
  const cooperative = useCooperative(id);
  const [params, setParams] = useSearchParams();
  const current = me.schoolYear ?? '';
  const due = current ? shiftSchoolYear(current, -1) : '';
  const years = current ? schoolYearsAround(current, 3, 0) : [];
  const requested = params.get('annee');
  const year = requested && years.includes(requested) ? requested : due;

  if (cooperative.isPending) return <PageLoader />;
  if (cooperative.isError) return <QueryError error={cooperative.error} onRetry={() => cooperative.refetch()} />;
  return (
    <>
      <CoopPageHeader
        me={me}
        coop={cooperative.data}
        page="Compte-rendu"
        title="Compte-rendu"
        aside={<SchoolYearSelect years={years} current={current} value={year} onChange={(y) => setParams(y === due ? {} : { annee: y })} />}
      />
      <AnnualReportPanel key={year} cooperativeId={id} year={year} canWrite={me.role === 'mandataire'} isStaff={me.role === 'staff' || me.role === 'admin'} />
    </>
  );
}
