import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatMoney } from '@/lib/format';

/** A column's heading over figures: right-aligned like them. */
export function FigureTh({ children }: { children: ReactNode }) {
  return (
    <Table.Th scope="col" ta="right">
      {children}
    </Table.Th>
  );
}

/** An amount in a table row, right-aligned; `label` names it on a phone, where each row is a card (app/global.css). */
export function MoneyTd({ label, value, strong = false }: { label: string; value: number | string | undefined | null; strong?: boolean }) {
  return (
    <Table.Td data-label={label} ta="right" fw={strong ? 700 : undefined}>
      {formatMoney(Number(value ?? 0))}
    </Table.Td>
  );
}
