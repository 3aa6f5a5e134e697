import { Table } from '@mantine/core';
import { formatMoney } from '@/lib/format';
import { FigureTh, MoneyTd } from '@/components/ui/table-cells';

/** « + 75,30 € », « − 30,00 € »: a result or a balance with its sign. */
export const signed = (n: number) => `${n > 0 ? '+ ' : n < 0 ? '− ' : ''}${formatMoney(Math.abs(n))}`;

/** Red below zero, green otherwise (the dark shades: readable on white). */
export const resultColor = (n: number) => (n < 0 ? 'red.9' : 'teal.9');

type Props = {
  income: number | undefined;
  charges: number | undefined;
  result: number | undefined;
  /** The last column's name: « Résultat » of an action, « Solde » of a class. */
  resultLabel: string;
  /** The totals' row: every figure bold. */
  strong?: boolean;
};

/** The income, charges and result cells of a row of the actions' or the classes' table. */
export function ResultCells({ income, charges, result, resultLabel, strong = false }: Props) {
  return (
    <>
      <MoneyTd label="Recettes" value={income} strong={strong} />
      <MoneyTd label="Dépenses" value={charges} strong={strong} />
      <Table.Td data-label={resultLabel} ta="right" fw={700} c={resultColor(Number(result ?? 0))}>
        {signed(Number(result ?? 0))}
      </Table.Td>
    </>
  );
}

/** The headings of those columns, after the row's name: « Opérations », « Recettes », « Dépenses », then {@code resultLabel}. */
export function ResultHeads({ resultLabel }: { resultLabel: string }) {
  return (
    <>
      {['Opérations', 'Recettes', 'Dépenses', resultLabel].map((label) => (
        <FigureTh key={label}>{label}</FigureTh>
      ))}
    </>
  );
}
