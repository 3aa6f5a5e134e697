import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type Dashboard = components['schemas']['Dashboard'];
export type DepartmentDashboardRow = components['schemas']['DepartmentDashboardRow'];
export type TrendDay = components['schemas']['TrendDay'];

export function getDashboardQueryOptions(code: string, year?: string) {
  return queryOptions({
    queryKey: ['dashboard', code, year ?? ''] as const,
    queryFn: async (): Promise<Dashboard> =>
      body(
        await api.GET('/api/departments/{code}/dashboard', {
          params: { path: { code }, query: { year: year || undefined } },
        }),
      ),
  });
}

/** The campaign figures of a department (refreshed each minute while the page is open). */
export function useDashboard(code: string, year?: string) {
  return useQuery({
    ...getDashboardQueryOptions(code, year),
    enabled: !!code,
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}

/** Every department side by side (the national admin): about a hundred, one page of 100. */
export function useNationalDashboard(year: string | undefined, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['dashboard', 'national', year ?? ''] as const,
    queryFn: async () =>
      body(await api.GET('/api/dashboard/departments', { params: { query: { year: year || undefined, page: 0, size: 100 } } })),
    enabled,
    placeholderData: keepPreviousData,
  });
}
