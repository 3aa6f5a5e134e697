import { Anchor, Badge, Button, Checkbox, Group, NativeSelect, Paper, Stack, Table, Text } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { ListLoader } from '@/components/ui/data-list-frame';
import { PageHeader } from '@/components/ui/page-header';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { ReminderModal } from '@/features/reminder/components/reminder-modal';
import { useUnsentReports } from '@/features/report/api/controls';
import { useReportQueue, type ReportStatus } from '@/features/report/api/reports';
import { AggregatedAccountsPanel, ReportStatusStrip } from '@/features/report/components/aggregated-accounts';
import { formatDate, formatMoney, formatSchoolYear } from '@/lib/format';
import { staffScreen } from './require-role';
import { ReportYearBar, useStaffDepartment } from './staff-page-bar';
import { useReportYearParams } from './use-year-params';
import { FigureTh } from '@/components/ui/table-cells';

/** « Comptes-rendus »: the department's reports of a year sent to it, the oldest first, to review. */
export const StaffReportsRoute = staffScreen('Comptes-rendus', StaffReports);

const STATUSES: { value: string; label: string }[] = [
  { value: '', label: 'Tous (envoyés, à corriger, validés)' },
  { value: 'SUBMITTED', label: 'Envoyés, à relire' },
  { value: 'CORRECTION_REQUESTED', label: 'À corriger' },
  { value: 'VALIDATED', label: 'Validés' },
];

function StaffReports() {
  const page = useReportYearParams();
  const { me, params, due, year, update } = page;
  const status = (params.get('statut') || null) as ReportStatus | null;
  const staff = useStaffDepartment(me, params);
  const { department } = staff;
  const filters = {
    late: params.get('retard') === '1',
    gap: params.get('ecart') === '1',
    quitusMissing: params.get('quitus') === '1',
    drawn: params.get('controle') === '1',
  };
  const queue = useReportQueue(department, year, status, filters);
  return (
    <>
      <PageHeader title="Comptes-rendus" subtitle="Les comptes-rendus envoyés par les coopératives du département, le plus ancien d'abord." />
      <ReportYearBar page={page} staff={staff}>
        <NativeSelect label="Statut" value={status ?? ''} onChange={(e) => update('statut', e.currentTarget.value || null)} data={STATUSES} />
        <Checkbox label="En retard" checked={filters.late} onChange={(e) => update('retard', e.currentTarget.checked ? '1' : null)} />
        <Checkbox label="Écart au contrôle" checked={filters.gap} onChange={(e) => update('ecart', e.currentTarget.checked ? '1' : null)} />
        <Checkbox label="Quitus manquant" checked={filters.quitusMissing} onChange={(e) => update('quitus', e.currentTarget.checked ? '1' : null)} />
        <Checkbox label="Tirés au contrôle" checked={filters.drawn} onChange={(e) => update('controle', e.currentTarget.checked ? '1' : null)} />
      </ReportYearBar>
      {department && <RemindUnsent department={department} year={year} />}
      {department && <ReportStatusStrip department={department} year={year} />}
      {queue.isPending ? (
        <ListLoader label="Chargement des comptes-rendus" />
      ) : queue.isError ? (
        <QueryError error={queue.error} onRetry={() => queue.refetch()} />
      ) : (queue.data.items?.length ?? 0) === 0 ? (
        <Text c="dimmed">
          {status || filters.late || filters.gap || filters.quitusMissing || filters.drawn
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
                <FigureTh>Écart</FigureTh>
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
                    {r.drawn && (
                      <Badge variant="light" color="grape" mt={4}>
                        tiré au contrôle
                      </Badge>
                    )}
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

/** « Relancer » the cooperatives whose report of the year is not sent (not started, a draft, or to correct). */
function RemindUnsent({ department, year }: { department: string; year: string }) {
  const unsent = useUnsentReports(department, year);
  const [open, setOpen] = useState(false);
  const count = unsent.data?.count ?? 0;
  if (!unsent.data || count === 0) {
    return null;
  }
  const deadline = formatDate(unsent.data.deadline!);
  return (
    <Group justify="space-between" mb="md" wrap="wrap">
      <Text size="sm">
        {count} coopérative{count > 1 ? 's' : ''} n'{count > 1 ? 'ont' : 'a'} pas encore envoyé leur compte-rendu {formatSchoolYear(year)} (à envoyer
        avant le {deadline}).
      </Text>
      <Button variant="default" leftSection={<IconBell size={18} aria-hidden />} onClick={() => setOpen(true)}>
        Relancer ces {count} coopérative{count > 1 ? 's' : ''}
      </Button>
      <ReminderModal
        opened={open}
        onClose={() => setOpen(false)}
        onSent={() => undefined}
        departmentCode={department}
        year={year}
        selection={{ cooperativeIds: unsent.data.cooperativeIds ?? [] }}
        count={count}
        initialText={{
          subject: `Compte-rendu {year} : à envoyer avant le ${deadline}`,
          body:
            `Bonjour,\n\nLe compte-rendu {year} de la coopérative {cooperative} (compte-rendu d'activité et compte-rendu financier, ` +
            `avec le quitus signé) n'est pas encore envoyé à l'OCCE. Il est à établir avant le ${deadline} sur {link}.\n\nMerci,\n{department}`,
        }}
      />
    </Group>
  );
}
