/** "2026-2027" shifted by `years`: -1 → "2025-2026". */
export function shiftSchoolYear(label: string, years: number): string {
  const start = Number(label.slice(0, 4)) + years;
  return `${start}-${start + 1}`;
}

/** The school years from `before` years before `current` to `after` years after it, oldest first. */
export function schoolYearsAround(current: string, before: number, after: number): string[] {
  const years: string[] = [];
  for (let shift = -before; shift <= after; shift++) years.push(shiftSchoolYear(current, shift));
  return years;
}
