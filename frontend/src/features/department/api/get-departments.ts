import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { allPages, api, body } from '@/lib/api-client';

export type Department = components['schemas']['Department'];

/** Every department the account sees (101 in France: the pages of 100 one after the other). */
export function getDepartmentsQueryOptions() {
  return queryOptions({
    queryKey: ['departments'] as const,
    queryFn: (): Promise<Department[]> =>
      allPages(async (page) => body(await api.GET('/api/departments', { params: { query: { page, size: 100 } } }))),
    staleTime: 10 * 60_000,
  });
}

export function useDepartments({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getDepartmentsQueryOptions(), enabled });
}
