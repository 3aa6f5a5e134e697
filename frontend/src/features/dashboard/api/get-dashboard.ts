import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { allPages, api, body } from '@/lib/api-client';

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

/** Every department side by side (the national admin): 101 in France, the pages of 100 one after the other. */
export function useNationalDashboard(year: string | undefined, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['dashboard', 'national', year ?? ''] as const,
    queryFn: async () => ({
      items: await allPages(async (page) =>
        body(await api.GET('/api/dashboard/departments', { params: { query: { year: year || undefined, page, size: 100 } } })),
      ),
    }),
    enabled,
    placeholderData: keepPreviousData,
  });
}
