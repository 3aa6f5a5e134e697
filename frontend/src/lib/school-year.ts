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

/** Today as the browser's calendar says it ("2026-12-06"). */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The year a page of the books shows: the one asked (`?annee=`) when it is among the current one and the two
 * before, the current one otherwise; with the years offered.
 */
export function booksYear(current: string, requested: string | null): { year: string; years: string[]; current: string } {
  const years = current ? schoolYearsAround(current, 2, 0) : [];
  return { year: requested && years.includes(requested) ? requested : current, years, current };
}
