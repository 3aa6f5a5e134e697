import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatSchoolYear } from '../format';
import { occeOf } from '../wording';

describe('formatMoney', () => {
  it('writes euros the French way', () => {
    // U+202F (narrow no-break space) between thousands, U+00A0 (no-break space) before the sign
    expect(formatMoney(1157.11)).toBe('1\u202f157,11\u00a0€');
  });

  it('keeps two decimals', () => {
    expect(formatMoney(5)).toBe('5,00\u00a0€');
  });
});

describe('formatDate', () => {
  it('writes a calendar date as dd/mm/yyyy', () => {
    expect(formatDate('2025-10-01')).toBe('01/10/2025');
  });
});

describe('formatSchoolYear', () => {
  it('spaces the two years as the user guides do, on one line', () => {
    expect(formatSchoolYear('2026-2027')).toBe('2026\u00a0-\u00a02027');
  });
});

describe('occeOf', () => {
  it('names the department in a sentence, and at its start', () => {
    expect(occeOf("OCCE de l'Isère")).toEqual({ occe: "l'OCCE de l'Isère", Occe: "L'OCCE de l'Isère" });
    expect(occeOf(undefined)).toEqual({ occe: "l'OCCE", Occe: "L'OCCE" });
  });
});
