import { NativeSelect } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import { NotFoundContent } from '@/components/ui/not-found-content';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { useCooperative } from '@/features/cooperative/api/get-cooperative';
import { LedgerBook } from '@/features/ledger/components/ledger-book';
import { formatSchoolYear } from '@/lib/format';
import { schoolYearsAround } from '@/lib/school-year';
import { CoopPageHeader, useCooperativeId } from './coop-context';
import { useAccount } from './root';

/** Today as the browser's calendar says it ("2026-12-06"). */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** "Cahier de compta.": the cooperative's books of a school year (`?annee=2025-2026` for a past one). */
export function CoopLedgerRoute() {
  const id = useCooperativeId();
  return id === null ? <NotFoundContent /> : <CoopLedger id={id} />;
}

function CoopLedger({ id }: { id: number }) {
  useDocumentTitle('Cahier de compta. — Coopérative en ligne');
  const me = useAccount();
  const cooperative = useCooperative(id);
  const [params, setParams] = useSearchParams();
  const current = me.schoolYear ?? '';
  const years = current ? schoolYearsAround(current, 2, 0) : [];
  const requested = params.get('annee') ?? '';
  const year = years.includes(requested) ? requested : current;

  if (cooperative.isPending) return <PageLoader />;
  if (cooperative.isError) return <QueryError error={cooperative.error} onRetry={() => cooperative.refetch()} />;
  return (
    <>
      <CoopPageHeader
        me={me}
        coop={cooperative.data}
        page="Cahier de compta."
        title="Cahier de compta."
        aside={
          years.length > 1 && (
            <NativeSelect
              label="Année scolaire"
              value={year}
              onChange={(e) => setParams(e.currentTarget.value === current ? {} : { annee: e.currentTarget.value })}
              data={years.map((y) => ({ value: y, label: `${formatSchoolYear(y)}${y === current ? ' (en cours)' : ''}` }))}
            />
          )
        }
      />
      <LedgerBook key={year} cooperativeId={id} year={year} canWrite={me.role === 'mandataire'} today={localToday()} />
    </>
  );
}
