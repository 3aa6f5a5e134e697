import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type ReportControls = components['schemas']['ReportControls'];
export type ReportControl = components['schemas']['ReportControl'];
export type ControlStatus = ReportControl['status'];
export type ControlDrawRequest = components['schemas']['ControlDrawRequest'];
export type ControlPreview = components['schemas']['ControlPreview'];

const controlsKey = (department: string | null, year: string) => ['report-controls', department, year] as const;

/** The department's control of a year: the draw, if made, and each drawn report's follow-up. */
export function useReportControls(department: string | null, year: string) {
  return useQuery({
    queryKey: controlsKey(department, year),
    enabled: !!department && !!year,
    queryFn: async () => body(await api.GET('/api/departments/{code}/report-controls', { params: { path: { code: department! }, query: { year } } })),
  });
}

/** « Tirer l'échantillon » (once a year). */
export function useDrawControls(department: string, year: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: Omit<ControlDrawRequest, 'year'>) =>
      body(await api.POST('/api/departments/{code}/report-controls', { params: { path: { code: department } }, body: { ...request, year } })),
    onSuccess: (controls) => {
      queryClient.setQueryData(controlsKey(department, year), controls);
      void queryClient.invalidateQueries({ queryKey: ['annual-reports'] });
    },
  });
}

/** What a seed draws today (nothing kept): « Refaire le tirage » to check it. */
export function usePreviewControls(department: string, year: string) {
  return useMutation({
    mutationFn: async ({
      seed,
      sharePercent,
      aboveAmount,
      perDistrict,
    }: {
      seed: string;
      sharePercent?: number;
      aboveAmount?: number | null;
      perDistrict?: boolean;
    }) =>
      body(
        await api.GET('/api/departments/{code}/report-controls/preview', {
          params: { path: { code: department }, query: { year, seed, sharePercent, aboveAmount: aboveAmount ?? undefined, perDistrict } },
        }),
      ),
  });
}

/** A drawn report's follow-up, forward only. */
export function useFollowUpControl(department: string, year: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      id,
      version,
      ...request
    }: {
      id: number;
      version: number;
      status: NonNullable<ControlStatus>;
      documentsRequested?: string;
      remarks?: string;
    }) =>
      body(
        await api.PUT('/api/report-controls/{controlId}', {
          params: { path: { controlId: id }, header: { 'If-Match': `"${version}"` } },
          body: request,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: controlsKey(department, year) }),
  });
}

/** The cooperatives whose report of the year is not sent yet: whom to remind. */
export function useUnsentReports(department: string | null, year: string) {
  return useQuery({
    queryKey: ['annual-reports', 'unsent', department, year],
    enabled: !!department && !!year,
    queryFn: async () =>
      body(await api.GET('/api/departments/{code}/annual-reports/unsent', { params: { path: { code: department! }, query: { year } } })),
  });
}
