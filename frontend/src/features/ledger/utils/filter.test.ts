import { describe, expect, it } from 'vitest';
import type { LedgerLine } from '../api/ledger';
import { NO_FILTER, filterLines } from './filter';

const line = (id: number, date: string, label: string, heading: string, means: 'CASH' | 'CHEQUE', chequeNumber?: string): LedgerLine => ({
  entry: { id, date, label, kind: 'CHARGE', paymentMeans: means, chequeNumber, voucherNumber: id, parts: [{ heading, label: 'Rubrique', amount: 1 }] },
  bankBalance: 0,
  cashBalance: 0,
});

const lines = [
  line(1, '2026-09-20', 'Fête de fin d’année', '6232', 'CASH'),
  line(2, '2026-10-05', 'Librairie', '6181', 'CHEQUE', '0045001'),
  line(3, '2026-11-02', 'Sortie au musée', '6251', 'CHEQUE', '0045002'),
];

describe('filterLines', () => {
  it('keeps every line without a filter', () => {
    expect(filterLines(lines, NO_FILTER)).toHaveLength(3);
  });

  it('finds a word without its accents, a cheque number, a heading', () => {
    expect(filterLines(lines, { ...NO_FILTER, text: 'fete' }).map((l) => l.entry?.id)).toEqual([1]);
    expect(filterLines(lines, { ...NO_FILTER, text: '45002' }).map((l) => l.entry?.id)).toEqual([3]);
    expect(filterLines(lines, { ...NO_FILTER, heading: '6181' }).map((l) => l.entry?.id)).toEqual([2]);
  });

  it('narrows to a way to pay and to days, both ends included', () => {
    expect(filterLines(lines, { ...NO_FILTER, means: 'CHEQUE' }).map((l) => l.entry?.id)).toEqual([2, 3]);
    expect(filterLines(lines, { ...NO_FILTER, from: '2026-10-05', to: '2026-11-02' }).map((l) => l.entry?.id)).toEqual([2, 3]);
    expect(filterLines(lines, { ...NO_FILTER, to: '2026-09-30' }).map((l) => l.entry?.id)).toEqual([1]);
  });

  it('narrows to an action, or to the lines of no action', () => {
    const withAction = lines.map((l, i) => ({ ...l, entry: { ...l.entry, actionId: i === 2 ? 7 : undefined } }));
    expect(filterLines(withAction, { ...NO_FILTER, action: '7' }).map((l) => l.entry?.id)).toEqual([3]);
    expect(filterLines(withAction, { ...NO_FILTER, action: 'none' }).map((l) => l.entry?.id)).toEqual([1, 2]);
  });

  it('narrows to a class, or to the lines of no class, together with an action', () => {
    const allocated = lines.map((l, i) => ({ ...l, entry: { ...l.entry, classLineId: i === 0 ? undefined : 40 + (i % 2), actionId: i === 1 ? 7 : undefined } }));
    expect(filterLines(allocated, { ...NO_FILTER, classLine: '41' }).map((l) => l.entry?.id)).toEqual([2]);
    expect(filterLines(allocated, { ...NO_FILTER, classLine: 'none' }).map((l) => l.entry?.id)).toEqual([1]);
    expect(filterLines(allocated, { ...NO_FILTER, classLine: '40', action: '7' }).map((l) => l.entry?.id)).toEqual([]);
    expect(filterLines(allocated, { ...NO_FILTER, classLine: '41', action: '7' }).map((l) => l.entry?.id)).toEqual([2]);
  });
});
