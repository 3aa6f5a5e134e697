import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type CooperativeSummary = components['schemas']['CooperativeSummary'];
export type CooperativePage = components['schemas']['PageViewCooperativeSummary'];

export const PAGE_SIZE = 20;

export type CooperativeSearch = {
  q?: string;
  department?: string;
  /** From 0, as the API counts. */
  page: number;
};

export function getCooperativesQueryOptions({ q, department, page }: CooperativeSearch) {
  const query = {
    q: q?.trim() || undefined,
    department: department || undefined,
    page,
    size: PAGE_SIZE,
  };
  return queryOptions({
    queryKey: ['cooperatives', query] as const,
    queryFn: async (): Promise<CooperativePage> => {
      return body(await api.GET('/api/cooperatives', { params: { query } }));
    },
  });
}

export function useCooperatives(search: CooperativeSearch) {
  // the previous page stays on screen while the next one loads
  return useQuery({ ...getCooperativesQueryOptions(search), placeholderData: keepPreviousData });
}
