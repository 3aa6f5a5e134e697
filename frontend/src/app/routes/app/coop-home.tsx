import { Anchor, Badge, Box, Group, Paper, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconCalendar, IconMessageCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { ValidatedPanel } from '@/features/documents/components/validated-panel';
import { NotFoundContent } from '@/components/ui/not-found-content';
import { PageHeader } from '@/components/ui/page-header';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { amountDue, useAdhesion, type Adhesion } from '@/features/adhesion/api/get-adhesion';
import { useCooperative } from '@/features/cooperative/api/get-cooperative';
import { CoopSummaryTiles, type TileStatus } from '@/features/cooperative/components/coop-summary';
import { useCashCounts, type CashCounts } from '@/features/ledger/api/cash-counts';
import { useLedgerSummary, type Ledger } from '@/features/ledger/api/ledger';
import { useAnnualReport, type AnnualReport } from '@/features/report/api/reports';
import { shiftSchoolYear } from '@/lib/school-year';
import { formatDate, formatMoney, formatSchoolYear } from '@/lib/format';
import { CoopBreadcrumbs, useCooperativeId, useDepartmentName } from './coop-context';
import { useAccount } from './root';
import { ADHESION_STATUSES } from '@/lib/wording';

/** "Sommaire": the cooperative's home, with the tiles of the user guides. */
export function CoopHomeRoute() {
  const id = useCooperativeId();
  return id === null ? <NotFoundContent /> : <CoopHome id={id} />;
}

function CoopHome({ id }: { id: number }) {
  const me = useAccount();
  const cooperative = useCooperative(id);
  const adhesion = useAdhesion(id, me.schoolYear);
  const books = useLedgerSummary(id, me.schoolYear ?? '');
  const cash = useCashCounts(id, me.schoolYear ?? '');
  const report = useAnnualReport(id, me.schoolYear ? shiftSchoolYear(me.schoolYear, -1) : '');
  const departmentName = useDepartmentName(me, cooperative.data?.departmentCode);
  useDocumentTitle(
    cooperative.data ? `Sommaire — ${cooperative.data.schoolName} — Coopérative en ligne` : 'Sommaire — Coopérative en ligne',
  );

  if (cooperative.isPending) return <PageLoader />;
  if (cooperative.isError) return <QueryError error={cooperative.error} onRetry={() => cooperative.refetch()} />;
  const coop = cooperative.data;

  return (
    <>
      <PageHeader
        above={<CoopBreadcrumbs me={me} crumbs={[{ label: coop.code ?? '' }]} />}
        title={
          <>
            {coop.schoolName}
            <Text component="span" inherit c="dimmed" fw={500}>
              {' '}
              — {coop.city}
            </Text>
          </>
        }
        subtitle={
          <>
            Coopérative n° {coop.code}
            {departmentName && ` · ${departmentName}`}
          </>
        }
        aside={
          <Badge size="lg" variant="light" radius="sm" leftSection={<IconCalendar size={16} aria-hidden />} tt="none">
            Année scolaire {formatSchoolYear(me.schoolYear ?? '')}
          </Badge>
        }
      />
      {adhesion.data?.status === 'VALIDATED' && (
        <Box mb="lg">
          <ValidatedPanel adhesion={adhesion.data} departmentName={departmentName ?? undefined} canWriteLedger={me.role === 'mandataire'} />
        </Box>
      )}
      {adhesion.data?.status === 'CORRECTION_REQUESTED' && (
        <Paper
          withBorder
          radius="md"
          p="md"
          mb="lg"
          component="section"
          aria-labelledby="correction-title"
          style={{ borderLeft: '4px solid var(--mantine-color-red-8)' }}
        >
          <Group gap="xs" mb={4} wrap="nowrap" align="flex-start">
            <IconMessageCircle size={20} color="var(--mantine-color-red-9)" aria-hidden />
            <Text id="correction-title" fw={700} c="red.9" component="h2" size="md" m={0}>
              {adhesion.data.statusLabel}
            </Text>
          </Group>
          {adhesion.data.correctionMessage && (
            <Text size="sm" fw={600} style={{ whiteSpace: 'pre-line' }}>
              « {adhesion.data.correctionMessage} »
            </Text>
          )}
          <Anchor component={Link} to={paths.coop.adhesion.getHref(id)} size="sm" fw={600} underline="always">
            Corriger l'adhésion
          </Anchor>
        </Paper>
      )}
      <Group mb="md">
        <Text fw={600} size="lg" component="h2" m={0}>
          Sommaire
        </Text>
      </Group>
      <CoopSummaryTiles
        cooperativeId={id}
        statuses={{
          adhesion: adhesion.data ? adhesionTile(adhesion.data) : undefined,
          report: report.data ? reportTile(report.data) : undefined,
          books: books.data ? booksTile(books.data) : undefined,
          cash: cash.data ? cashTile(cash.data) : undefined,
        }}
      />
    </>
  );
}

/** Where the report of the year just ended stands, in the seeds' words (« Le C.R. est saisi, et il est bon. Bravo ! »). */
function reportTile(report: AnnualReport): TileStatus {
  const color = report.status === 'VALIDATED' ? 'teal' : report.status === 'SUBMITTED' ? 'blue' : report.status === 'CORRECTION_REQUESTED' ? 'red' : 'orange';
  return { label: report.statusSentence ?? '', color };
}

/** « 12 opérations, en banque » and the bank balance; or none yet. */
function booksTile(book: Ledger): TileStatus {
  const n = book.totalLines ?? 0;
  if (n === 0) return { label: `Aucune opération en ${formatSchoolYear(book.schoolYear ?? '')}`, color: 'gray' };
  return { label: `${n === 1 ? '1 opération' : `${n} opérations`}, en banque`, amount: Number(book.closing?.bank ?? 0), color: 'teal' };
}

/** The last count: « Bravo ! » or the difference; or none yet. */
function cashTile(counts: CashCounts): TileStatus {
  const last = counts.counts?.[0];
  if (!last) return { label: `Aucun arrêté de caisse en ${formatSchoolYear(counts.schoolYear ?? '')}`, color: 'gray' };
  const day = formatDate(last.countedOn ?? '');
  const difference = Number(last.difference ?? 0);
  return difference === 0
    ? { label: `Arrêté du ${day} : Bravo !`, color: 'teal' }
    : { label: `Arrêté du ${day} : écart de ${formatMoney(Math.abs(difference))}`, color: 'orange' };
}

function adhesionTile(adhesion: Adhesion): TileStatus {
  return {
    label: adhesion.statusLabel ?? '',
    amount: amountDue(adhesion),
    color: ADHESION_STATUSES[adhesion.status ?? 'NOT_STARTED'].color,
  };
}
