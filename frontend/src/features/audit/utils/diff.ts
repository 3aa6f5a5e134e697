/** One field of a change: its value before and after, and whether it changed. */
export type FieldChange = { field: string; before: unknown; after: unknown; changed: boolean };

type Values = Record<string, unknown> | null | undefined;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The fields of a change, those that changed first (in the order of the record), then the others.
 * A creation has no "before", a deletion no "after": every field then counts as changed.
 */
export function diffFields(before: Values, after: Values): FieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const all = fields.map((field) => {
    const b = before?.[field];
    const a = after?.[field];
    return { field, before: b, after: a, changed: !same(b, a) };
  });
  return [...all.filter((f) => f.changed), ...all.filter((f) => !f.changed)];
}
