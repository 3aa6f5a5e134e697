import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type TariffDefaults = components['schemas']['TariffDefaults'];

/** What a new tariff of the year starts from: the server's defaults (thresholds, dates, payment means). */
export function getTariffDefaultsQueryOptions(departmentCode: string, year: string) {
  return queryOptions({
    queryKey: ['tariff-defaults', departmentCode, year] as const,
    queryFn: async (): Promise<TariffDefaults> =>
      body(await api.GET('/api/departments/{code}/tariffs/{year}/defaults', { params: { path: { code: departmentCode, year } } })),
    staleTime: Infinity,
  });
}

export function useTariffDefaults(departmentCode: string, year: string, enabled: boolean) {
  return useQuery({ ...getTariffDefaultsQueryOptions(departmentCode, year), enabled: enabled && !!departmentCode && !!year });
}
