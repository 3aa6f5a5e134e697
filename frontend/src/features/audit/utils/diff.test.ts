import { describe, expect, it } from 'vitest';
import { diffFields } from './diff';
import { auditValue, fieldLabel } from './labels';

describe('diffFields', () => {
  it('puts the changed fields first and compares nested values', () => {
    const fields = diffFields({ a: 1, b: { x: [1] }, c: 'same' }, { a: 1, b: { x: [2] }, c: 'same', d: true });
    expect(fields.map((f) => [f.field, f.changed])).toEqual([
      ['b', true],
      ['d', true],
      ['a', false],
      ['c', false],
    ]);
  });

  it('counts every field of a creation as changed', () => {
    expect(diffFields(null, { count: 3 })).toEqual([{ field: 'count', before: undefined, after: 3, changed: true }]);
  });

  it('writes values the French way: euros, dates, labels of codes, oui/non', () => {
    expect(auditValue('paymentAmount', null)).toBe('—');
    expect(auditValue('insured', true)).toBe('oui');
    expect(auditValue('paymentAmount', 258.77)).toBe('258,77\u00a0€');
    expect(auditValue('paymentAmount', 1157.1)).toBe('1\u202f157,10\u00a0€');
    expect(auditValue('paymentDate', '2026-12-05')).toBe('05/12/2026');
    expect(auditValue('paymentMethod', 'CHEQUE')).toBe('Par chèque');
    expect(auditValue('status', 'VALIDATED')).toBe('validée');
    expect(auditValue('subscriptionIds', [3, 1])).toBe('3, 1');
    expect(auditValue('lines', [{ a: 1 }, { a: 2 }])).toBe('2 éléments');
    expect(auditValue('after', { status: 'SUBMITTED', pupils: 25 })).toBe('État : envoyée ; Élèves : 25');
    // a count is no amount
    expect(auditValue('pupils', 25)).toBe('25');
  });

  it('labels the fields as the screens do, and keeps an unknown name as is', () => {
    expect(fieldLabel('paymentAmount')).toBe('Montant reçu');
    expect(fieldLabel('schoolPhone')).toBe('Téléphone de l’école');
    expect(fieldLabel('somethingNew')).toBe('somethingNew');
  });
});
