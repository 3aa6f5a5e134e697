/** The school year of a date ("2026-2027" from 1 September 2026 to 31 August 2027), as the API names it. */
export function schoolYearOf(date: Date): string {
  const start = date.getMonth() >= 8 ? date.getFullYear() : date.getFullYear() - 1;
  return `${start}-${start + 1}`;
}

/** The current school year (the server's, else today's) and the two before, newest first: the year selectors' choices. */
export function recentSchoolYears(current: string = schoolYearOf(new Date())): string[] {
  const start = Number(current.slice(0, 4));
  return [0, 1, 2].map((back) => `${start - back}-${start - back + 1}`);
}
