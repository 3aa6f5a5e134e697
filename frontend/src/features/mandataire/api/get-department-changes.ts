import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';
import type { ChangeStatus } from '../utils/wording';

export type MandataireChange = components['schemas']['MandataireChange'];
export type MandataireChangePage = components['schemas']['PageViewChangeView'];
export type MandataireChangeAccepted = components['schemas']['MandataireChangeAccepted'];

export const CHANGES_PAGE_SIZE = 20;

/** Every list of change requests (a department's, a cooperative's) starts with this key. */
export const mandataireChangesRootKey = ['mandataire-changes'] as const;

export function getDepartmentChangesQueryOptions(departmentCode: string, status: ChangeStatus, page: number) {
  const query = { status, page, size: CHANGES_PAGE_SIZE };
  return queryOptions({
    queryKey: [...mandataireChangesRootKey, 'department', departmentCode, query] as const,
    queryFn: async (): Promise<MandataireChangePage> =>
      body(
        await api.GET('/api/departments/{code}/mandataire-changes', {
          params: { path: { code: departmentCode }, query },
        }),
      ),
  });
}

/** A department's change-of-mandataire requests of a status, oldest first. */
export function useDepartmentChanges(departmentCode: string, status: ChangeStatus, page: number) {
  return useQuery({
    ...getDepartmentChangesQueryOptions(departmentCode, status, page),
    enabled: !!departmentCode,
    placeholderData: keepPreviousData,
  });
}
