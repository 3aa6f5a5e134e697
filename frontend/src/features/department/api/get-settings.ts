import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type DepartmentSettings = components['schemas']['DepartmentSettings'];
export type EmailTemplate = components['schemas']['EmailTemplate'];
export type EmailKind = components['schemas']['EmailKind'];

export const settingsQueryKey = (code: string) => ['department-settings', code] as const;

export function getSettingsQueryOptions(code: string) {
  return queryOptions({
    queryKey: settingsQueryKey(code),
    queryFn: async (): Promise<DepartmentSettings> =>
      body(await api.GET('/api/departments/{code}/settings', { params: { path: { code } } })),
  });
}

export function useDepartmentSettings(code: string) {
  return useQuery({ ...getSettingsQueryOptions(code), enabled: !!code });
}
