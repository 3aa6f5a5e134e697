import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type AuditRecord = components['schemas']['AuditRecord'];
export type AuditPage = components['schemas']['PageViewAuditRecordView'];

export const AUDIT_PAGE_SIZE = 20;

/** The filters of the log, as the API names them; empty ones are left out. */
export type AuditFilters = {
  from?: string;
  to?: string;
  actor?: string;
  action?: string;
  entityType?: string;
  cooperative?: string;
  /** 'true' to show the logins and logouts too */
  sessions?: string;
};

export const AUDIT_FILTER_KEYS = ['from', 'to', 'actor', 'action', 'entityType', 'cooperative', 'sessions'] as const;

export function filtersOf(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const key of AUDIT_FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

/** The filters as the API's query: the URL's 'true' is a boolean there. */
function apiQuery({ sessions, ...rest }: AuditFilters) {
  return { ...rest, sessions: sessions === 'true' ? true : undefined };
}

export function getAuditRecordsQueryOptions(departmentCode: string, filters: AuditFilters, page: number) {
  const query = { ...apiQuery(filters), page, size: AUDIT_PAGE_SIZE };
  return queryOptions({
    queryKey: ['audit-records', departmentCode, query] as const,
    queryFn: async (): Promise<AuditPage> =>
      body(await api.GET('/api/departments/{code}/audit-records', { params: { path: { code: departmentCode }, query } })),
  });
}

/** The department's audit records of a filter, newest first. */
export function useAuditRecords(departmentCode: string, filters: AuditFilters, page: number) {
  return useQuery({
    ...getAuditRecordsQueryOptions(departmentCode, filters, page),
    enabled: !!departmentCode,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** Every record of the same filter, as CSV. */
export async function fetchAuditExport(departmentCode: string, filters: AuditFilters): Promise<Blob> {
  return body(
    await api.GET('/api/departments/{code}/audit-records/export.csv', {
      params: { path: { code: departmentCode }, query: apiQuery(filters) },
      parseAs: 'blob',
    }),
  ) as unknown as Blob;
}
