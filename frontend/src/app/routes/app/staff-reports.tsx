import { Anchor, Badge, Checkbox, Group, NativeSelect, Paper, Stack, Table, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from 'react-router';
import { ListLoader } from '@/components/ui/data-list-frame';
import { PageHeader } from '@/components/ui/page-header';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useDepartments } from '@/features/department/api/get-departments';
import { useReportQueue, type ReportStatus } from '@/features/report/api/reports';
import { AggregatedAccountsPanel, ReportStatusStrip } from '@/features/report/components/aggregated-accounts';
import { isAdmin } from '@/lib/auth';
import { formatDate, formatMoney, formatSchoolYear } from '@/lib/format';
import { RequireRole } from './require-role';
import { useReportYearParams } from './use-year-params';

/** « Comptes-rendus »: the department's reports of a year sent to it, the oldest first, to review. */
export function StaffReportsRoute() {
  useDocumentTitle('Comptes-rendus — Coopérative en ligne');
  return (
    <RequireRole roles={['staff', 'admin']}>
      <StaffReports />
    </RequireRole>
  );
}

const STATUSES: { value: string; label: string }[] = [
  { value: '', label: 'Tous (envoyés, à corriger, validés)' },
  { value: 'SUBMITTED', label: 'Envoyés, à relire' },
  { value: 'CORRECTION_REQUESTED', label: 'À corriger' },
  { value: 'VALIDATED', label: 'Validés' },
];

function StaffReports() {
  const { me, params, due, years, year, update, setYear } = useReportYearParams();
  const admin = isAdmin(me);
  const departments = useDepartments({ enabled: admin });
  const status = (params.get('statut') || null) as ReportStatus | null;
  const department = admin ? params.get('department') || (departments.data?.[0]?.code ?? null) : (me.department?.code ?? null);
  const filters = { late: params.get('retard') === '1', gap: params.get('ecart') === '1', quitusMissing: params.get('quitus') === '1' };
  const queue = useReportQueue(department, year, status, filters);
  return (
    <>
      <PageHeader title="Comptes-rendus" subtitle="Les comptes-rendus envoyés par les coopératives du département, le plus ancien d'abord." />
      <Paper withBorder radius="md" p="md" mb="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          {admin && (
            <NativeSelect
              label="Département"
              value={department ?? ''}
              onChange={(e) => update('department', e.currentTarget.value || null)}
              data={(departments.data ?? []).map((d) => ({ value: d.code ?? '', label: `${d.code} — ${d.name}` }))}
            />
          )}
          <NativeSelect
            label="Année du compte-rendu"
            value={year}
            onChange={(e) => setYear(e.currentTarget.value)}
            data={years.map((y) => ({ value: y, label: formatSchoolYear(y) }))}
          />
          <NativeSelect label="Statut" value={status ?? ''} onChange={(e) => update('statut', e.currentTarget.value || null)} data={STATUSES} />
          <Checkbox label="En retard" checked={filters.late} onChange={(e) => update('retard', e.currentTarget.checked ? '1' : null)} />
          <Checkbox label="Écart au contrôle" checked={filters.gap} onChange={(e) => update('ecart', e.currentTarget.checked ? '1' : null)} />
          <Checkbox label="Quitus manquant" checked={filters.quitusMissing} onChange={(e) => update('quitus', e.currentTarget.checked ? '1' : null)} />
        </Group>
      </Paper>
      {department && <ReportStatusStrip department={department} year={year} />}
      {queue.isPending ? (
        <ListLoader label="Chargement des comptes-rendus" />
      ) : queue.isError ? (
        <QueryError error={queue.error} onRetry={() => queue.refetch()} />
      ) : (queue.data.items?.length ?? 0) === 0 ? (
        <Text c="dimmed">
          {status || filters.late || filters.gap || filters.quitusMissing
            ? 'Aucun compte-rendu ne correspond à ces filtres.'
            : `Aucun compte-rendu ${formatSchoolYear(year)} envoyé pour l'instant.`}
        </Text>
      ) : (
        <Paper withBorder radius="md">
          <Table className="stack-table" verticalSpacing="xs" aria-label={`Comptes-rendus ${formatSchoolYear(year)}`}>
            <Table.Thead bg="gray.0">
              <Table.Tr>
                <Table.Th scope="col">Coopérative</Table.Th>
                <Table.Th scope="col">Statut</Table.Th>
                <Table.Th scope="col">Envoyé le</Table.Th>
                <Table.Th scope="col">Cahier</Table.Th>
                <Table.Th scope="col">Quitus, relevé</Table.Th>
                <Table.Th scope="col" ta="right">
                  Écart
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {queue.data.items!.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td data-label="Coopérative">
                    <Anchor component={Link} to={paths.coop.report.getHref(r.cooperativeId ?? 0, year === due ? undefined : year)} fw={600}>
                      {r.cooperativeCode}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {r.schoolName}, {r.city}
                    </Text>
                  </Table.Td>
                  <Table.Td data-label="Statut">
                    <Badge variant="light" color={r.status === 'VALIDATED' ? 'teal' : r.status === 'SUBMITTED' ? 'blue' : 'red'}>
                      {r.statusLabel}
                    </Badge>
                  </Table.Td>
                  <Table.Td data-label="Envoyé le">
                    {r.submittedAt ? formatDate(r.submittedAt) : '—'}
                    {r.late && (
                      <Badge ml="xs" color="orange" variant="light">
                        en retard
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td data-label="Cahier">{r.books === 'LEDGER' ? 'tenu ici' : 'papier'}</Table.Td>
                  <Table.Td data-label="Quitus, relevé">
                    {r.quitusReceived ? 'quitus reçu' : 'quitus manquant'}, {r.statementReceived ? 'relevé reçu' : 'relevé manquant'}
                  </Table.Td>
                  <Table.Td data-label="Écart" ta="right" c={r.gap != null && Number(r.gap) !== 0 ? 'orange.9' : undefined}>
                    {r.gap == null ? '—' : Number(r.gap) === 0 ? 'aucun' : formatMoney(Math.abs(Number(r.gap)))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {department && (
        <Stack mt="lg">
          <AggregatedAccountsPanel department={department} year={year} />
        </Stack>
      )}
    </>
  );
}
