import { Anchor, Paper, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { ListLoader } from '@/components/ui/data-list-frame';
import { formatMoney } from '@/lib/format';
import { useNationalDashboard } from '../api/get-dashboard';

/** The national federation's view: every department's campaign side by side; a row opens its dashboard. */
export function NationalDashboard({ year }: { year?: string }) {
  const national = useNationalDashboard(year);
  if (national.isError) {
    return <QueryError error={national.error} onRetry={() => national.refetch()} title="Le tableau national n'a pas pu être lu" />;
  }
  if (national.isPending) return <ListLoader label="Chargement des départements" />;
  const rows = national.data.items ?? [];
  type Row = (typeof rows)[number];
  const count = (of: (r: Row) => number | undefined) => rows.reduce((sum, r) => sum + (of(r) ?? 0), 0);
  // in cents, so that the total is the exact sum of the amounts shown
  const money = (of: (r: Row) => number | undefined) => rows.reduce((sum, r) => sum + Math.round((of(r) ?? 0) * 100), 0) / 100;
  const list = (code: string, filter: Record<string, string> = {}) =>
    paths.staff.cooperatives.getHref({ department: code, year: year ?? '', ...filter });
  const cell = (code: string, value: number | undefined, filter: Record<string, string>) => (
    <Table.Td ta="right">
      <Anchor component={Link} to={list(code, filter)}>
        {value ?? 0}
      </Anchor>
    </Table.Td>
  );
  return (
    <Paper withBorder radius="md" className="scroll-x">
      <Table verticalSpacing="xs" horizontalSpacing={6} fz="sm" aria-label="Campagne par département" striped>
        <Table.Thead bg="gray.0">
          <Table.Tr>
            <Table.Th scope="col">Département</Table.Th>
            <Table.Th scope="col" ta="right">Coopératives</Table.Th>
            <Table.Th scope="col" ta="right">Non commencées</Table.Th>
            <Table.Th scope="col" ta="right">En saisie</Table.Th>
            <Table.Th scope="col" ta="right">Envoyées</Table.Th>
            <Table.Th scope="col" ta="right">À corriger</Table.Th>
            <Table.Th scope="col" ta="right">Validées</Table.Th>
            <Table.Th scope="col" ta="right">En retard</Table.Th>
            <Table.Th scope="col" ta="right">Attendu</Table.Th>
            <Table.Th scope="col" ta="right">Validé</Table.Th>
            <Table.Th scope="col" ta="right">Reçu</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const code = r.departmentCode ?? '';
            return (
              <Table.Tr key={code}>
                <Table.Th scope="row" fw={500} style={{ maxWidth: 170 }}>
                  <Anchor component={Link} to={paths.staff.dashboard.getHref({ department: code, year })} fz="sm">
                    {code} — {r.departmentName}
                  </Anchor>
                </Table.Th>
                {cell(code, r.cooperatives, {})}
                {cell(code, r.statuses?.notStarted, { status: 'NOT_STARTED' })}
                {cell(code, r.statuses?.draft, { status: 'DRAFT' })}
                {cell(code, r.statuses?.submitted, { status: 'SUBMITTED' })}
                {cell(code, r.statuses?.correctionRequested, { status: 'CORRECTION_REQUESTED' })}
                {cell(code, r.statuses?.validated, { status: 'VALIDATED' })}
                {cell(code, r.late?.total, { late: 'true' })}
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Anchor component={Link} to={list(code, { sent: 'true' })}>{formatMoney(r.amounts?.expected ?? 0)}</Anchor>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Anchor component={Link} to={list(code, { status: 'VALIDATED' })}>{formatMoney(r.amounts?.validated ?? 0)}</Anchor>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Anchor component={Link} to={list(code, { paid: 'true' })}>{formatMoney(r.amounts?.received ?? 0)}</Anchor>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        {rows.length > 1 && (
          <Table.Tfoot bg="gray.0">
            <Table.Tr fw={700}>
              <Table.Th scope="row">Total national</Table.Th>
              {[
                count((r) => r.cooperatives),
                count((r) => r.statuses?.notStarted),
                count((r) => r.statuses?.draft),
                count((r) => r.statuses?.submitted),
                count((r) => r.statuses?.correctionRequested),
                count((r) => r.statuses?.validated),
                count((r) => r.late?.total),
              ].map((value, i) => (
                <Table.Td key={i} ta="right">
                  {value}
                </Table.Td>
              ))}
              {[money((r) => r.amounts?.expected), money((r) => r.amounts?.validated), money((r) => r.amounts?.received)].map((value, i) => (
                <Table.Td key={`m${i}`} ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(value)}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
      {rows.length === 0 && (
        <Text c="dimmed" p="md">
          Aucun département.
        </Text>
      )}
    </Paper>
  );
}
