import type { operations } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type ExportKind = 'cooperatives' | 'adhesions' | 'class-lines' | 'payments';

/** The department's exports: what each file holds, for the page. */
export const EXPORTS: { kind: ExportKind; label: string; description: string; prefix: string }[] = [
  {
    kind: 'cooperatives',
    label: 'Coopératives',
    description: "Une ligne par coopérative : identité, mandataire, état de l'adhésion de l'année.",
    prefix: 'cooperatives',
  },
  {
    kind: 'adhesions',
    label: 'Adhésions',
    description: 'Une ligne par adhésion : effectifs, assurance, moyen de paiement, montant.',
    prefix: 'adhesions',
  },
  {
    kind: 'class-lines',
    label: 'Classes des adhésions',
    description: "Une ligne par classe, avec le code et l'état de son adhésion.",
    prefix: 'classes',
  },
  {
    kind: 'payments',
    label: 'Paiements',
    description: 'Une ligne par adhésion envoyée : paiement reçu, montant, référence, écriture du cahier de comptes.',
    prefix: 'paiements',
  },
];

export function exportFileName(kind: ExportKind, departmentCode: string, year: string): string {
  const prefix = EXPORTS.find((e) => e.kind === kind)!.prefix;
  return `${prefix}-${departmentCode}-${year}.csv`;
}

/** One export of a department and school year, as a CSV file read with the token. */
export async function fetchExport(kind: ExportKind, departmentCode: string, year: string): Promise<Blob> {
  const options = { params: { path: { code: departmentCode }, query: { year } }, parseAs: 'blob' as const };
  switch (kind) {
    case 'cooperatives':
      return body(await api.GET('/api/departments/{code}/exports/cooperatives.csv', options)) as unknown as Blob;
    case 'adhesions':
      return body(await api.GET('/api/departments/{code}/exports/adhesions.csv', options)) as unknown as Blob;
    case 'class-lines':
      return body(await api.GET('/api/departments/{code}/exports/class-lines.csv', options)) as unknown as Blob;
    case 'payments':
      return body(await api.GET('/api/departments/{code}/exports/payments.csv', options)) as unknown as Blob;
  }
}

/** The cooperatives export's query: the ticked rows (`cooperativeIds`, at most 1,000) and/or the list's filter and sort. */
export type CooperativesExportQuery = NonNullable<operations['exportCooperatives']['parameters']['query']>;

/** A selection of the cooperatives' list (ticked rows, or every match of its filter), as the cooperatives export writes them. */
export async function fetchSelectedCooperatives(departmentCode: string, query: CooperativesExportQuery): Promise<Blob> {
  return body(
    await api.GET('/api/departments/{code}/exports/cooperatives.csv', {
      params: { path: { code: departmentCode }, query },
      parseAs: 'blob',
    }),
  ) as unknown as Blob;
}
