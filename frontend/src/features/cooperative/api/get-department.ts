import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type Department = components['schemas']['Department'];

export function getDepartmentQueryOptions(code: string) {
  return queryOptions({
    queryKey: ['department', code] as const,
    queryFn: async (): Promise<Department> => {
      return body(await api.GET('/api/departments/{code}', { params: { path: { code } } }));
    },
    staleTime: 10 * 60_000,
  });
}

/** One department, for its name; nothing is asked while `code` is unknown. */
export function useDepartment(code: string | undefined, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getDepartmentQueryOptions(code ?? ''), enabled: enabled && !!code });
}
