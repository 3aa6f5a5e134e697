import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { NotFoundContent } from '@/components/ui/not-found-content';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { SchoolYearSelect } from '@/components/ui/school-year-select';
import { useCooperative } from '@/features/cooperative/api/get-cooperative';
import { booksYear, localToday } from '@/lib/school-year';
import { CoopPageHeader, useCooperativeId } from './coop-context';
import { useAccount } from './root';

/** What a page of the books shows its feature: the cooperative, the school year chosen, who may write, today. */
export type BooksPageContext = { id: number; year: string; canWrite: boolean; today: string };

type CoopBooksPageProps = { title: string; children: (context: BooksPageContext) => ReactNode };

/**
 * A page of the cooperative's books (the ledger, its statements, actions, subsidies, inventory, cash counts): the
 * header with the school year (`?annee=2025-2026` for a past one), then the feature for that year. The mandataire
 * writes; staff read.
 */
export function CoopBooksPage({ title, children }: CoopBooksPageProps) {
  const id = useCooperativeId();
  return id === null ? <NotFoundContent /> : <BooksPage id={id} title={title} render={children} />;
}

function BooksPage({ id, title, render }: { id: number; title: string; render: (context: BooksPageContext) => ReactNode }) {
  useDocumentTitle(`${title} — Coopérative en ligne`);
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
        page={title}
        title={title}
        aside={<SchoolYearSelect years={years} current={current} value={year} onChange={(y) => setParams(y === current ? {} : { annee: y })} />}
      />
      {render({ id, year, canWrite: me.role === 'mandataire', today: localToday() })}
    </>
  );
}
