import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

type Schemas = components['schemas'];

export type AdhesionStatus = Schemas['AdhesionStatus'];
export type ClassLine = Schemas['ClassLine'];
export type PaymentMeans = Schemas['PaymentMeans'];
export type Campaign = Schemas['Campaign'];
export type Declarations = Schemas['AdhesionDeclarations'];
export type FeeSection = Schemas['Section'];

/**
 * openapi.yaml describes an amount of the fee (Money) as an object; the server writes it as a plain number
 * (Money's @JsonValue). Both are read here, so that the screens only ever see numbers.
 */
export type FeeLine = Omit<Schemas['FeeLine'], 'amount'> & { amount: number };
export type FeeBreakdown = { lines: FeeLine[]; total: number };
export type Adhesion = Omit<Schemas['Adhesion'], 'fee'> & { fee: FeeBreakdown | null };

export function amountOf(money: unknown): number {
  if (typeof money === 'number') return money;
  if (typeof money === 'string') return Number(money);
  if (money && typeof money === 'object' && 'amount' in money) return Number((money as { amount: unknown }).amount);
  return 0;
}

export function toFeeBreakdown(raw: Schemas['FeeBreakdown'] | null | undefined): FeeBreakdown | null {
  if (!raw) return null;
  return {
    lines: (raw.lines ?? []).map((line) => ({ ...line, amount: amountOf(line.amount) })),
    total: amountOf(raw.total),
  };
}

export function toAdhesion(raw: Schemas['Adhesion']): Adhesion {
  return { ...raw, fee: toFeeBreakdown(raw.fee) };
}

export const adhesionQueryKey = (cooperativeId: number, year: string) => ['adhesion', cooperativeId, year] as const;

export function getAdhesionQueryOptions(cooperativeId: number, year: string) {
  return queryOptions({
    queryKey: adhesionQueryKey(cooperativeId, year),
    queryFn: async (): Promise<Adhesion> => {
      const raw = body(
        await api.GET('/api/cooperatives/{id}/adhesions/{year}', { params: { path: { id: cooperativeId, year } } }),
      );
      return toAdhesion(raw);
    },
  });
}

/** A cooperative's adhesion of a school year; NOT_STARTED (no id) until it is opened. */
export function useAdhesion(cooperativeId: number, year: string | undefined) {
  return useQuery({ ...getAdhesionQueryOptions(cooperativeId, year ?? ''), enabled: !!year });
}

/** Lines, declarations and payment change only in these statuses. */
export function isEditable(adhesion: Pick<Adhesion, 'status'>): boolean {
  return adhesion.status === 'DRAFT' || adhesion.status === 'CORRECTION_REQUESTED';
}

/** What the cooperative owes: the submitted amount once sent, the computed fee before. */
export function amountDue(adhesion: Adhesion): number | null {
  if (adhesion.submittedAmount != null && adhesion.status !== 'DRAFT' && adhesion.status !== 'NOT_STARTED') {
    return adhesion.submittedAmount;
  }
  if (adhesion.fee && (adhesion.totals?.lines ?? 0) > 0) return adhesion.fee.total;
  return null;
}
