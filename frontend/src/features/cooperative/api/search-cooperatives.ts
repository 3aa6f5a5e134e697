import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type CooperativeListItem = components['schemas']['CooperativeListItem'];
export type CooperativePage = components['schemas']['PageViewCooperativeListItem'];
export type AdhesionStatus = NonNullable<CooperativeListItem['status']>;
export type PaymentMeans = NonNullable<CooperativeListItem['paymentMeans']>;

export const PAGE_SIZE = 20;

export const SORTS = ['number', 'school', 'city', 'status', 'submittedAt'] as const;
export type SortKey = (typeof SORTS)[number];

/** The list's filters, as the URL and the API name them (empty: not filtered). */
export type CooperativeFilters = {
  q?: string;
  department?: string;
  year?: string;
  status?: string;
  late?: string;
  insured?: string;
  paymentMeans?: string;
  sent?: string;
  paid?: string;
};

export type CooperativeSearch = CooperativeFilters & {
  sort?: string;
  direction?: string;
  /** From 0, as the API counts. */
  page: number;
};

export const FILTER_KEYS = ['q', 'department', 'year', 'status', 'late', 'insured', 'paymentMeans', 'sent', 'paid'] as const;

export function getCooperativesQueryOptions(search: CooperativeSearch) {
  const query: Record<string, string | number | undefined> = { page: search.page, size: PAGE_SIZE };
  for (const key of [...FILTER_KEYS, 'sort', 'direction'] as const) {
    const value = search[key]?.trim();
    if (value) query[key] = value;
  }
  return queryOptions({
    queryKey: ['cooperatives', query] as const,
    queryFn: async (): Promise<CooperativePage> => body(await api.GET('/api/cooperatives', { params: { query } })),
  });
}

export function useCooperatives(search: CooperativeSearch) {
  // the previous page stays on screen while the next one loads
  return useQuery({ ...getCooperativesQueryOptions(search), placeholderData: keepPreviousData });
}
