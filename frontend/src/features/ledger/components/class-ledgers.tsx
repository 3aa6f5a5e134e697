import { Alert, Anchor, Button, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconBook2 } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { ListLoader } from '@/components/ui/data-list-frame';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { formatDate, formatMoney, formatSchoolYear } from '@/lib/format';
import { useClassLedger, useClassLedgers, type ClassLedgerSummary } from '../api/classes';
import { ResultCells, ResultHeads, resultColor, signed } from './result-cells';
import { FigureTh } from '@/components/ui/table-cells';

type Props = { cooperativeId: number; year: string };


/**
 * "Cahiers de classe": each class line of the year's adhesion with its income, charges and balance, the entries of no
 * class, the year's totals they add up to; a class chosen (`?classe=`) shows its own ledger below.
 */
export function ClassLedgers({ cooperativeId, year }: Props) {
  const classes = useClassLedgers(cooperativeId, year);
  const [params, setParams] = useSearchParams();
  const chosen = params.get('classe');
  const chosenId = chosen && /^\d+$/.test(chosen) ? Number(chosen) : null;

  if (classes.isPending) return <ListLoader label="Chargement des cahiers de classe" />;
  if (classes.isError) return <QueryError error={classes.error} onRetry={() => classes.refetch()} title="Les cahiers de classe n'ont pas pu être lus" />;
  const data = classes.data;
  const items = data.classes ?? [];
  const choose = (id: number | null) => {
    const next = new URLSearchParams(params);
    if (id === null) next.delete('classe');
    else next.set('classe', String(id));
    setParams(next);
  };
  const amounts = (c: Pick<ClassLedgerSummary, 'income' | 'charges' | 'balance'>, strong = false) => (
    <ResultCells income={c.income} charges={c.charges} result={c.balance} resultLabel="Solde" strong={strong} />
  );

  return (
    <Stack gap="md">
      <Text c="dimmed" size="sm">
        Chaque classe déclarée à l'adhésion a son cahier : les opérations qui lui sont attribuées (choisissez la classe en écrivant l'opération au
        cahier de la coopérative) et son solde.
      </Text>
      {!data.hasClassLines && (
        <Alert color="blue" variant="light" title={`Aucune classe sur l'adhésion ${formatSchoolYear(year)}`}>
          Les classes se déclarent sur l'adhésion ;{' '}
          <Anchor component={Link} to={paths.coop.adhesion.getHref(cooperativeId)} c="blue.9" underline="always">
            ouvrir l'adhésion
          </Anchor>
          .
        </Alert>
      )}
      <Paper withBorder radius="md">
        <Table className="stack-table" verticalSpacing="xs" horizontalSpacing="sm" aria-label={`Cahiers de classe ${formatSchoolYear(year)}`}>
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th scope="col">Classe</Table.Th>
              <ResultHeads resultLabel="Solde" />
              <Table.Th scope="col">
                <VisuallyHidden>Cahier</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <Table.Tr key={c.classLineId} bg={c.classLineId === chosenId ? 'teal.0' : undefined}>
                <Table.Td data-label="Classe">
                  <Text span fw={600} size="sm">
                    {c.className}
                  </Text>
                  {c.teachers && (
                    <Text size="xs" c="dimmed">
                      {c.teachers}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td data-label="Opérations" ta="right">
                  {c.entries}
                </Table.Td>
                {amounts(c)}
                <Table.Td data-label="Cahier">
                  <Button
                    size="compact-sm"
                    variant={c.classLineId === chosenId ? 'filled' : 'light'}
                    leftSection={<IconBook2 size={16} aria-hidden />}
                    onClick={() => choose(c.classLineId ?? null)}
                    aria-label={`Cahier de la classe ${c.className}`}
                  >
                    Cahier
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
            {data.withoutClass && (
              <Table.Tr>
                <Table.Td data-label="Classe">
                  <Text span size="sm" c="dimmed">
                    Sans classe
                  </Text>
                </Table.Td>
                <Table.Td data-label="Opérations" ta="right">
                  {data.withoutClass.entries}
                </Table.Td>
                {amounts(data.withoutClass)}
                <Table.Td />
              </Table.Tr>
            )}
            <Table.Tr bg="gray.0">
              <Table.Td data-label="Classe" fw={700}>
                Total de la coopérative
              </Table.Td>
              <Table.Td data-label="Opérations" />
              {amounts(data, true)}
              <Table.Td />
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Paper>
      {chosenId !== null && <ClassLedgerTable cooperativeId={cooperativeId} year={year} classLineId={chosenId} onClose={() => choose(null)} />}
    </Stack>
  );
}

/** One class's ledger: its entries in date order with the class's balance after each. */
function ClassLedgerTable({ cooperativeId, year, classLineId, onClose }: Props & { classLineId: number; onClose: () => void }) {
  const ledger = useClassLedger(cooperativeId, year, classLineId);
  if (ledger.isPending) return <ListLoader label="Chargement du cahier de la classe" />;
  if (ledger.isError) return <QueryError error={ledger.error} onRetry={() => ledger.refetch()} title="Le cahier de la classe n'a pas pu être lu" />;
  const { summary, lines = [] } = ledger.data;
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Cahier de compta. de la classe {summary?.className}
        </Title>
        {summary?.teachers && (
          <Text size="sm" c="dimmed">
            {summary.teachers}
          </Text>
        )}
        {lines.length === 0 ? (
          <Text size="sm">Aucune opération n'est attribuée à cette classe en {formatSchoolYear(year)}.</Text>
        ) : (
          <Table className="stack-table" verticalSpacing="xs" horizontalSpacing="sm" aria-label={`Cahier de la classe ${summary?.className ?? ''}`}>
            <Table.Thead bg="gray.0">
              <Table.Tr>
                <Table.Th scope="col">Pièce</Table.Th>
                <Table.Th scope="col">Date</Table.Th>
                <Table.Th scope="col">Opération</Table.Th>
                <FigureTh>Recette</FigureTh>
                <FigureTh>Dépense</FigureTh>
                <FigureTh>Solde de la classe</FigureTh>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map(({ entry, balance }) => (
                <Table.Tr key={entry?.id}>
                  <Table.Td data-label="Pièce">{entry?.voucherNumber}</Table.Td>
                  <Table.Td data-label="Date">{entry?.date ? formatDate(entry.date) : ''}</Table.Td>
                  <Table.Td data-label="Opération">
                    {entry?.label}
                    <Text size="xs" c="dimmed">
                      {(entry?.parts ?? []).map((p) => `${p.heading} ${p.label}`).join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td data-label="Recette" ta="right">
                    {entry?.kind === 'INCOME' ? formatMoney(Number(entry.amountIn ?? 0)) : ''}
                  </Table.Td>
                  <Table.Td data-label="Dépense" ta="right">
                    {entry?.kind === 'CHARGE' ? formatMoney(Number(entry.amountOut ?? 0)) : ''}
                  </Table.Td>
                  <Table.Td data-label="Solde de la classe" ta="right" fw={600} c={resultColor(Number(balance ?? 0))}>
                    {signed(Number(balance ?? 0))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Text size="sm" fw={700}>
          Recettes {formatMoney(Number(summary?.income ?? 0))} · Dépenses {formatMoney(Number(summary?.charges ?? 0))} · Solde{' '}
          <Text span fw={700} c={resultColor(Number(summary?.balance ?? 0))}>
            {signed(Number(summary?.balance ?? 0))}
          </Text>
        </Text>
        <div>
          <Button variant="subtle" onClick={onClose}>
            Fermer le cahier de la classe
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
