import type { AdhesionStatus, PaymentMeans } from '../api/get-adhesion';

/** The payment means in the order the department's form lists them, with the user guides' words. */
export const PAYMENT_MEANS: readonly PaymentMeans[] = [
  'TRANSFER',
  'CHEQUE',
  'OTHER_PAYER',
  'DIRECT_DEBIT_NOW',
  'DIRECT_DEBIT_DECEMBER',
];

export const PAYMENT_MEANS_LABELS: Record<PaymentMeans, string> = {
  TRANSFER: 'Par la collecte et/ou par virement',
  CHEQUE: 'Par chèque',
  OTHER_PAYER: 'Par un autre moyen (mairie, sou des écoles…)',
  DIRECT_DEBIT_NOW: 'Prélèvement immédiat',
  DIRECT_DEBIT_DECEMBER: 'Prélèvement en décembre',
};

/** "de l'École Publique", "du Groupe Scolaire Pasteur": the school's name after "Coopérative Scolaire". */
export function ofSchool(schoolName: string): string {
  const name = schoolName.trim();
  if (/^[aeiouyhàâäéèêëîïôöùûü]/i.test(name)) return `de l'${name}`;
  if (/^(groupe|collège|lycée)\b/i.test(name)) return `du ${name}`;
  return `de ${name}`;
}

/** "1 classe", "3 classes". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count > 1 ? many : one}`;
}

/** The color of a status, wherever it is shown (header, Sommaire). */
export const STATUS_COLORS: Record<AdhesionStatus, string> = {
  NOT_STARTED: 'gray',
  DRAFT: 'blue',
  SUBMITTED: 'orange',
  CORRECTION_REQUESTED: 'red',
  VALIDATED: 'teal',
};
