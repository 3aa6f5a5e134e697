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
