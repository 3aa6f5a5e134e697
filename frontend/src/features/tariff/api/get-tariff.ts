import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';
import { isApiError } from '@/lib/problem';

export type Tariff = components['schemas']['Tariff'];
export type RateMode = components['schemas']['RateMode'];
export type PaymentMeans = components['schemas']['PaymentMeans'];

export const tariffQueryKey = (departmentCode: string, year: string) => ['tariff', departmentCode, year] as const;

export function getTariffQueryOptions(departmentCode: string, year: string) {
  return queryOptions({
    queryKey: tariffQueryKey(departmentCode, year),
    /** null when the department has not defined the year's tariff yet (404). */
    queryFn: async (): Promise<Tariff | null> => {
      try {
        return body(await api.GET('/api/departments/{code}/tariffs/{year}', { params: { path: { code: departmentCode, year } } }));
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
  });
}

export function useTariff(departmentCode: string, year: string) {
  return useQuery({ ...getTariffQueryOptions(departmentCode, year), enabled: !!departmentCode && !!year });
}
