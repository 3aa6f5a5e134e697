import { describe, expect, it } from 'vitest';
import { diffFields, displayValue } from './diff';

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

  it('writes values in French', () => {
    expect(displayValue(null)).toBe('—');
    expect(displayValue(true)).toBe('oui');
    expect(displayValue({ a: 1 })).toBe('{"a":1}');
  });
});
