import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';
import { toFeeBreakdown, type FeeBreakdown } from './get-adhesion';

export type QuoteRequest = components['schemas']['QuoteRequest'];

export function getQuoteQueryOptions(adhesionId: number, request: QuoteRequest) {
  return queryOptions({
    queryKey: ['adhesion-quote', adhesionId, request] as const,
    queryFn: async ({ signal }): Promise<FeeBreakdown> => {
      const raw = body(
        await api.POST('/api/adhesions/{adhesionId}/quote', { params: { path: { adhesionId } }, body: request, signal }),
      );
      return toFeeBreakdown(raw)!;
    },
    staleTime: 5 * 60_000,
  });
}

/** The fee of what is being typed, without saving it (the preview); nothing is asked while `request` is null. */
export function useQuote(adhesionId: number | undefined, request: QuoteRequest | null) {
  return useQuery({
    ...getQuoteQueryOptions(adhesionId ?? 0, request ?? ({} as QuoteRequest)),
    enabled: adhesionId != null && request !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}
