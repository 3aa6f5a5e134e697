import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type Cooperative = components['schemas']['Cooperative'];

export const cooperativeQueryKey = (id: number) => ['cooperative', id] as const;

export function getCooperativeQueryOptions(id: number) {
  return queryOptions({
    queryKey: cooperativeQueryKey(id),
    queryFn: async (): Promise<Cooperative> => {
      return body(await api.GET('/api/cooperatives/{id}', { params: { path: { id } } }));
    },
  });
}

export function useCooperative(id: number) {
  return useQuery(getCooperativeQueryOptions(id));
}
