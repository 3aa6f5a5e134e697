import type { components } from '@/api/generated/schema';

type Schemas = components['schemas'];
export type AdhesionStatus = Schemas['AdhesionStatus'];
export type PaymentMeans = Schemas['PaymentMeans'];

/**
 * The adhesion's statuses, one table for every screen: the staff's word in a list (lower case, "envoyée"), the
 * mandataire's on the adhesion page ("Envoyée"), and one colour, the same everywhere (badge, tile, row).
 */
export const ADHESION_STATUSES: Record<AdhesionStatus, { label: string; mandataireLabel: string; color: string }> = {
  NOT_STARTED: { label: 'non commencée', mandataireLabel: 'À saisir', color: 'gray' },
  DRAFT: { label: 'en saisie', mandataireLabel: 'Saisie en cours', color: 'blue' },
  SUBMITTED: { label: 'envoyée', mandataireLabel: 'Envoyée', color: 'orange' },
  CORRECTION_REQUESTED: { label: 'à corriger', mandataireLabel: 'À corriger', color: 'red' },
  VALIDATED: { label: 'validée', mandataireLabel: 'Validée', color: 'teal' },
};

/** The ways to pay, in the order the forms offer them. */
export const PAYMENT_MEANS: readonly PaymentMeans[] = [
  'TRANSFER',
  'CHEQUE',
  'OTHER_PAYER',
  'DIRECT_DEBIT_NOW',
  'DIRECT_DEBIT_DECEMBER',
];

/** The seeds' words for each way to pay ("Je paie… par chèque"), on every screen that names one. */
export const PAYMENT_MEANS_LABELS: Record<PaymentMeans, string> = {
  TRANSFER: 'Par la collecte et/ou par virement',
  CHEQUE: 'Par chèque',
  OTHER_PAYER: 'Par un autre moyen (mairie, sou des écoles…)',
  DIRECT_DEBIT_NOW: 'Prélèvement immédiat',
  DIRECT_DEBIT_DECEMBER: 'Prélèvement en décembre',
};

/** The same, short, for a column of a list ("Chèque"). */
export const PAYMENT_MEANS_SHORT_LABELS: Record<PaymentMeans, string> = {
  TRANSFER: 'Collecte ou virement',
  CHEQUE: 'Chèque',
  OTHER_PAYER: 'Autre payeur',
  DIRECT_DEBIT_NOW: 'Prélèvement immédiat',
  DIRECT_DEBIT_DECEMBER: 'Prélèvement en décembre',
};

/**
 * The department as a sentence names it: "l'OCCE de l'Isère" ("l'OCCE" when its name is unknown), and the same at
 * the start of a sentence ("L'OCCE de l'Isère").
 */
export function occeOf(departmentName?: string | null): { occe: string; Occe: string } {
  const occe = departmentName ? `l'${departmentName}` : "l'OCCE";
  return { occe, Occe: occe.charAt(0).toUpperCase() + occe.slice(1) };
}
