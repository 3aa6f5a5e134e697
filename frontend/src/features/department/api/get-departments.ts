import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type Department = components['schemas']['Department'];

/** Every department the account sees (there are about a hundred at most: one page of 100). */
export function getDepartmentsQueryOptions() {
  return queryOptions({
    queryKey: ['departments'] as const,
    queryFn: async (): Promise<Department[]> => {
      const page = body(await api.GET('/api/departments', { params: { query: { page: 0, size: 100 } } }));
      return page.items ?? [];
    },
    staleTime: 10 * 60_000,
  });
}

export function useDepartments({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getDepartmentsQueryOptions(), enabled });
}
