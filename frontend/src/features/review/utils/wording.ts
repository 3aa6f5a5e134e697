import type { components } from '@/api/generated/schema';

type Schemas = components['schemas'];

export type ChangeFormStatus = Schemas['ChangeFormStatus'];

/** The statuses the review queue shows, with the filter's words. */
export const QUEUE_STATUSES = ['SUBMITTED', 'CORRECTION_REQUESTED', 'VALIDATED'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export const QUEUE_STATUS_LABELS: Record<QueueStatus, string> = {
  SUBMITTED: "Envoyées à l'OCCE",
  CORRECTION_REQUESTED: 'À corriger',
  VALIDATED: 'Validées',
};

/** What the queue can be narrowed to (the API's `missing`). */
export const MISSING = ['PAYMENT', 'ENGAGEMENT', 'CHANGE_FORM'] as const;
export type Missing = (typeof MISSING)[number];

export const MISSING_LABELS: Record<Missing, string> = {
  PAYMENT: 'Paiement non reçu',
  ENGAGEMENT: 'Engagement non vérifié',
  CHANGE_FORM: 'Formulaire de changement attendu',
};

/** Step 3 of the checklist: the change-of-mandataire form. */
export const CHANGE_FORM_LABELS: Record<ChangeFormStatus, string> = {
  NONE: 'Pas de changement',
  RECEIVED: 'Reçu',
  PENDING: 'En attente',
};

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
