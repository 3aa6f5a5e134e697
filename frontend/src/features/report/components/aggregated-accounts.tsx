import { Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { ListLoader } from '@/components/ui/data-list-frame';
import { DownloadButton } from '@/components/ui/download-button';
import { QueryError } from '@/components/ui/query-error';
import { formatMoney, formatSchoolYear } from '@/lib/format';
import { FUNDER_LABELS } from '@/features/ledger/api/subsidies';
import { fetchAggregatedAccountsCsv, fetchAggregatedAccountsPdf, useAggregatedAccounts, type AggregatedAccounts } from '../api/reports';
import { FigureTh, MoneyTd } from '@/components/ui/table-cells';

/**
 * « Comptes agrégés du département »: every validated financial report of the year summed per heading, with the
 * opening and closing balances, for the general assembly and the auditor; the CSV of those reports.
 */
export function AggregatedAccountsPanel({ department, year }: { department: string; year: string }) {
  const accounts = useAggregatedAccounts(department, year);
  if (accounts.isPending) return <ListLoader label="Calcul des comptes agrégés" />;
  if (accounts.isError) return <QueryError error={accounts.error} onRetry={() => accounts.refetch()} title="Les comptes agrégés n'ont pas pu être lus" />;
  const a = accounts.data;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="aggregated-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={2} size="h4" id="aggregated-title">
              Comptes agrégés du département {formatSchoolYear(year)}
            </Title>
            <Text size="sm" c="dimmed">
              {a.validatedReports ?? 0} compte{(a.validatedReports ?? 0) > 1 ? 's' : ''}-rendu{(a.validatedReports ?? 0) > 1 ? 's' : ''} validé
              {(a.validatedReports ?? 0) > 1 ? 's' : ''} sur {a.cooperatives ?? 0} coopératives
              {(a.pendingReports ?? 0) > 0 ? ` ; ${a.pendingReports} envoyé${(a.pendingReports ?? 0) > 1 ? 's' : ''}, pas encore validé${(a.pendingReports ?? 0) > 1 ? 's' : ''} (non compté${(a.pendingReports ?? 0) > 1 ? 's' : ''})` : ''}.
            </Text>
          </div>
          <Group gap="sm">
            <DownloadButton variant="default" fetchFile={() => fetchAggregatedAccountsPdf(department, year)} fileName={`comptes-agreges-${department}-${year}.pdf`}>
              Imprimer pour l'AG (PDF)
            </DownloadButton>
            <DownloadButton variant="light" fetchFile={() => fetchAggregatedAccountsCsv(department, year)} fileName={`comptes-agreges-${department}-${year}.csv`}>
              Exporter (CSV)
            </DownloadButton>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          {figure('Report à nouveau (banque et caisse)', Number(a.openingBank ?? 0) + Number(a.openingCash ?? 0))}
          {figure('Recettes', Number(a.income ?? 0))}
          {figure('Dépenses', Number(a.charges ?? 0))}
          {figure('Clôture (banque et caisse)', Number(a.closingBank ?? 0) + Number(a.closingCash ?? 0))}
        </SimpleGrid>
        {(a.headings?.length ?? 0) > 0 && <HeadingsTable accounts={a} />}
        {(a.subsidies?.length ?? 0) > 0 && <SubsidiesTable accounts={a} />}
      </Stack>
    </Paper>
  );
}

/** Where the department's reports of the year stand: per status, and the late ones. */
export function ReportStatusStrip({ department, year }: { department: string; year: string }) {
  const accounts = useAggregatedAccounts(department, year);
  const c = accounts.data?.statuses;
  if (!c) return null;
  const items: [string, number | undefined][] = [
    ['À établir', c.notStarted],
    ['Saisie en cours', c.drafts],
    ["Envoyés à l'OCCE", c.submitted],
    ['À corriger', c.correctionRequested],
    ['Validés', c.validated],
    ['En retard', c.late],
  ];
  return (
    <Paper withBorder radius="md" p="md" mb="md" component="section" aria-label={`Comptes-rendus ${formatSchoolYear(year)} par statut`}>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm">
        {items.map(([label, n]) => (
          <div key={label}>
            <Text size="sm" c="dimmed">
              {label}
            </Text>
            <Text fw={700} size="lg">
              {(n ?? 0).toLocaleString('fr-FR')}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}

function figure(label: string, amount: number) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700}>{formatMoney(amount)}</Text>
    </div>
  );
}

function HeadingsTable({ accounts }: { accounts: AggregatedAccounts }) {
  return (
    <Table className="stack-table" verticalSpacing={4} aria-label="Comptes agrégés par rubrique">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Rubrique</Table.Th>
          <FigureTh>Comptes-rendus</FigureTh>
          <FigureTh>Montant</FigureTh>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {accounts.headings!.map((h) => (
          <Table.Tr key={h.code}>
            <Table.Td data-label="Rubrique" fw={400}>
              {h.code} {h.label}
            </Table.Td>
            <Table.Td data-label="Comptes-rendus" ta="right">
              {h.reports}
            </Table.Td>
            <Table.Td data-label={h.kind === 'INCOME' ? 'Recettes' : 'Dépenses'} ta="right">
              {formatMoney(Number(h.amount ?? 0))}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Td data-label="Total">Recettes</Table.Td>
          <Table.Td />
          <Table.Td data-label="Recettes" ta="right" fw={700}>
            {formatMoney(Number(accounts.income ?? 0))}
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Td data-label="Total">Dépenses</Table.Td>
          <Table.Td />
          <Table.Td data-label="Dépenses" ta="right" fw={700}>
            {formatMoney(Number(accounts.charges ?? 0))}
          </Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

/** The validated reports' subsidies, per funder type. */
function SubsidiesTable({ accounts }: { accounts: AggregatedAccounts }) {
  return (
    <Table className="stack-table" verticalSpacing={4} aria-label="Subventions par financeur">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Financeur</Table.Th>
          <FigureTh>Comptes-rendus</FigureTh>
          <FigureTh>Accordé</FigureTh>
          <FigureTh>Reçu</FigureTh>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {accounts.subsidies!.map((x) => (
          <Table.Tr key={x.funderType}>
            <Table.Td data-label="Financeur">{x.funderType ? FUNDER_LABELS[x.funderType] : '—'}</Table.Td>
            <Table.Td data-label="Comptes-rendus" ta="right">
              {x.reports}
            </Table.Td>
            <MoneyTd label="Accordé" value={x.granted} />
            <MoneyTd label="Reçu" value={x.received} />
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
