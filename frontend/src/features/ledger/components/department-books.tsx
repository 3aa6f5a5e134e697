import { Alert, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { ListLoader } from '@/components/ui/data-list-frame';
import { QueryError } from '@/components/ui/query-error';
import { formatMoney, formatSchoolYear } from '@/lib/format';
import { useDepartmentBooks, type DepartmentHeadingTotal } from '../api/department-books';
import { resultColor, signed } from './result-cells';
import { FigureTh } from '@/components/ui/table-cells';

type Props = { department: string; year: string };

const count = (n: number | undefined) => (n ?? 0).toLocaleString('fr-FR');

/**
 * The year's books of a department's cooperatives, summed: how many keep their ledger with us, the income and charges
 * of all of them per heading of the department's chart, and the result.
 */
export function DepartmentBooks({ department, year }: Props) {
  const books = useDepartmentBooks(department, year);
  if (books.isPending) return <ListLoader label="Calcul des totaux du département" />;
  if (books.isError) return <QueryError error={books.error} onRetry={() => books.refetch()} title="Les totaux du département n'ont pas pu être lus" />;
  const data = books.data;
  const headings = data.headings ?? [];
  const charges = headings.filter((h) => h.kind === 'CHARGE');
  const income = headings.filter((h) => h.kind === 'INCOME');
  const result = Number(data.result ?? 0);

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
        <Figure label="Coopératives qui tiennent leur cahier ici" value={`${count(data.cooperativesWithBooks)} sur ${count(data.cooperatives)}`} />
        <Figure label="Recettes" value={formatMoney(Number(data.income ?? 0))} />
        <Figure label="Dépenses" value={formatMoney(Number(data.charges ?? 0))} />
        <Figure label="Résultat (recettes − dépenses)" value={signed(result)} color={resultColor(result)} />
      </SimpleGrid>
      {headings.length === 0 ? (
        <Alert color="blue" variant="light" title={`Aucune opération en ${formatSchoolYear(year)}`}>
          Aucune coopérative du département n'a encore écrit d'opération dans son cahier de compta. pour cette année.
        </Alert>
      ) : (
        <Group align="flex-start" grow gap="md" wrap="wrap">
          <HeadingTable title="Dépenses" items={charges} total={Number(data.charges ?? 0)} />
          <HeadingTable title="Recettes" items={income} total={Number(data.income ?? 0)} />
        </Group>
      )}
    </Stack>
  );
}

function Figure({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" c={color}>
        {value}
      </Text>
    </Paper>
  );
}

function HeadingTable({ title, items, total }: { title: string; items: DepartmentHeadingTotal[]; total: number }) {
  const id = `department-books-${title.toLowerCase()}`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id} style={{ minWidth: 300 }}>
      <Title order={2} size="h4" id={id} mb="xs">
        {title}
      </Title>
      <Table verticalSpacing={4} aria-label={`${title} par rubrique`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Rubrique</Table.Th>
            <FigureTh>Opérations</FigureTh>
            <FigureTh>Montant</FigureTh>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((h) => (
            <Table.Tr key={h.code}>
              <Table.Th scope="row" fw={400}>
                {h.code} {h.label}
              </Table.Th>
              <Table.Td ta="right">{count(h.entries)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(Number(h.total ?? 0))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">Total</Table.Th>
            <Table.Td />
            <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }}>
              {formatMoney(total)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Paper>
  );
}
