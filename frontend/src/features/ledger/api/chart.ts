import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type LedgerChart = components['schemas']['LedgerChart'];
export type ChartHeading = components['schemas']['ChartHeading'];

/** Whose chart: the national default (no department), or a department's of a year. */
export type ChartScope = { department: string | null; year: string };

const chartKey = (scope: ChartScope) => ['ledger-chart', scope.department ?? 'national', scope.department ? scope.year : null] as const;

export function useLedgerChart(scope: ChartScope) {
  return useQuery({
    queryKey: chartKey(scope),
    queryFn: async () =>
      scope.department
        ? body(await api.GET('/api/departments/{code}/ledger-chart/{year}', { params: { path: { code: scope.department, year: scope.year } } }))
        : body(await api.GET('/api/ledger-chart')),
  });
}

const ifMatch = (version: number | null | undefined) => (version != null ? { 'If-Match': `"${version}"` } : {});

/** A heading added or relabelled (the version when it exists); the chart as it now is. */
export function usePutChartHeading(scope: ChartScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ code, label, version }: { code: string; label: string; version?: number | null }) =>
      scope.department
        ? body(
            await api.PUT('/api/departments/{code}/ledger-chart/{year}/headings/{headingCode}', {
              params: { path: { code: scope.department, year: scope.year, headingCode: code }, header: ifMatch(version) },
              body: { label },
            }),
          )
        : body(
            await api.PUT('/api/ledger-chart/headings/{headingCode}', {
              params: { path: { headingCode: code }, header: ifMatch(version) },
              body: { label },
            }),
          ),
    onSuccess: (chart) => queryClient.setQueryData(chartKey(scope), chart),
  });
}

/** A heading removed (a department's: back to the national label, or its sub-heading gone). */
export function useDeleteChartHeading(scope: ChartScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ code, version }: { code: string; version: number }) =>
      scope.department
        ? body(
            await api.DELETE('/api/departments/{code}/ledger-chart/{year}/headings/{headingCode}', {
              params: { path: { code: scope.department, year: scope.year, headingCode: code }, header: { 'If-Match': `"${version}"` } },
            }),
          )
        : body(
            await api.DELETE('/api/ledger-chart/headings/{headingCode}', {
              params: { path: { headingCode: code }, header: { 'If-Match': `"${version}"` } },
            }),
          ),
    onSuccess: (chart) => queryClient.setQueryData(chartKey(scope), chart),
  });
}
