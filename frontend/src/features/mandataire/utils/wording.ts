import type { components } from '@/api/generated/schema';

export type ChangeStatus = components['schemas']['Status'];

export const CHANGE_STATUSES: readonly ChangeStatus[] = ['PENDING', 'ACCEPTED', 'REFUSED'];

/** The filter's words (a list of requests). */
export const CHANGE_STATUS_FILTER_LABELS: Record<ChangeStatus, string> = {
  PENDING: 'En attente',
  ACCEPTED: 'Acceptées',
  REFUSED: 'Refusées',
};

/** One request's status. */
export const CHANGE_STATUS_LABELS: Record<ChangeStatus, { label: string; color: string }> = {
  PENDING: { label: 'en attente', color: 'orange' },
  ACCEPTED: { label: 'acceptée', color: 'teal' },
  REFUSED: { label: 'refusée', color: 'red' },
};
