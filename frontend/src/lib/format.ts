const money = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** 1157.11 → "1 157,11 €" (U+202F between thousands, U+00A0 before the sign). */
export function formatMoney(amount: number): string {
  return money.format(amount);
}

/** An ISO date or date-time → "01/10/2025". Date-only values are read as calendar dates, not instants. */
export function formatDate(value: string | Date): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}

/** "2026-2027" (the API's form) → "2026 - 2027" (the form the user guides show), kept on one line (U+00A0). */
export function formatSchoolYear(label: string): string {
  return label.replace(/^(\d{4})-(\d{4})$/, '$1\u00a0-\u00a0$2');
}
