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

const dateTime = new Intl.DateTimeFormat('fr-FR', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** An instant → "12/09/2026 à 14:05" (the browser's time zone). */
export function formatDateTime(value: string | Date): string {
  const parts = dateTime.formatToParts(typeof value === 'string' ? new Date(value) : value);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} à ${part('hour')}:${part('minute')}`;
}

const kilobytes = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const megabytes = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** A file's size the French way: "850 octets", "179 Ko", "2,4 Mo". */
export function formatSize(bytes: number | undefined): string {
  if (bytes == null) return '—';
  if (bytes < 1024) return `${bytes}\u00a0octets`;
  if (bytes < 1024 * 1024) return `${kilobytes.format(Math.max(1, Math.round(bytes / 1024)))}\u00a0Ko`;
  return `${megabytes.format(bytes / (1024 * 1024))}\u00a0Mo`;
}

/** "2026-2027" → "du 01/09/2026 au 31/08/2027": a school year's days, the period a certificate is valid for. */
export function schoolYearPeriod(label: string): string {
  const start = Number(label.slice(0, 4));
  return Number.isInteger(start) && start > 0 ? `du 01/09/${start} au 31/08/${start + 1}` : '';
}
