import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type AnnualReport = components['schemas']['AnnualReport'];
export type FinancialReport = components['schemas']['FinancialReport'];
export type FinancialReportRequest = components['schemas']['FinancialReportRequest'];
export type ReportQueueItem = components['schemas']['ReportQueueItem'];
export type ReportStatus = components['schemas']['ReportStatus'];

/** Under the ledger's key too: a change in the books refreshes the report filled from them. */
const reportKey = (cooperativeId: number, year: string) => ['ledger', cooperativeId, year, 'annual-report'] as const;

/** The report of a school year, its figures (live from the ledger while it may change), its check and likely causes. */
export function useAnnualReport(cooperativeId: number, year: string) {
  return useQuery({
    queryKey: reportKey(cooperativeId, year),
    queryFn: async () =>
      body(await api.GET('/api/cooperatives/{id}/annual-reports/{year}', { params: { path: { id: cooperativeId, year } } })),
    enabled: !!year,
  });
}

const ifMatch = (version: number | null | undefined) => (version != null ? { 'If-Match': `"${version}"` } : {});

function useReportWrite<T>(cooperativeId: number, year: string, write: (input: T) => Promise<AnnualReport>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (report) => {
      queryClient.setQueryData(reportKey(cooperativeId, year), report);
      // the year's books may have been closed or reopened, the queue changed
      void queryClient.invalidateQueries({ queryKey: ['ledger', cooperativeId] });
      void queryClient.invalidateQueries({ queryKey: ['annual-reports'] });
    },
  });
}

export function useSaveFinancialReport(cooperativeId: number, year: string) {
  return useReportWrite(cooperativeId, year, async ({ request, version }: { request: FinancialReportRequest; version?: number | null }) =>
    body(
      await api.PUT('/api/cooperatives/{id}/annual-reports/{year}/financial', {
        params: { path: { id: cooperativeId, year }, header: ifMatch(version) },
        body: request,
      }),
    ),
  );
}

export function useSubmitReport(cooperativeId: number, year: string) {
  return useReportWrite(cooperativeId, year, async (version: number) =>
    body(
      await api.POST('/api/cooperatives/{id}/annual-reports/{year}/submission', {
        params: { path: { id: cooperativeId, year }, header: { 'If-Match': `"${version}"` } },
      }),
    ),
  );
}

/** « Demander à l'OCCE de corriger le report à nouveau », with the reason. */
export function useRequestOpeningCorrection(cooperativeId: number, year: string) {
  return useReportWrite(cooperativeId, year, async (reason: string) =>
    body(
      await api.POST('/api/cooperatives/{id}/annual-reports/{year}/opening-correction', {
        params: { path: { id: cooperativeId, year } },
        body: { reason },
      }),
    ),
  );
}

export function useRequestReportCorrection(cooperativeId: number, year: string) {
  return useReportWrite(cooperativeId, year, async ({ id, version, message }: { id: number; version: number; message: string }) =>
    body(
      await api.POST('/api/annual-reports/{reportId}/correction-request', {
        params: { path: { reportId: id }, header: { 'If-Match': `"${version}"` } },
        body: { message },
      }),
    ),
  );
}

export function useValidateReport(cooperativeId: number, year: string) {
  return useReportWrite(cooperativeId, year, async ({ id, version }: { id: number; version: number }) =>
    body(
      await api.POST('/api/annual-reports/{reportId}/validation', { params: { path: { reportId: id }, header: { 'If-Match': `"${version}"` } } }),
    ),
  );
}

export function useReopenReport(cooperativeId: number, year: string) {
  return useReportWrite(cooperativeId, year, async ({ id, version, reason }: { id: number; version: number; reason: string }) =>
    body(
      await api.POST('/api/annual-reports/{reportId}/reopening', {
        params: { path: { reportId: id }, header: { 'If-Match': `"${version}"` } },
        body: { reason },
      }),
    ),
  );
}

export type ReportChecklist = components['schemas']['ReportChecklist'];

/** The staff's checklist while they review the report. */
export function useReportChecklist(cooperativeId: number, year: string) {
  return useReportWrite(cooperativeId, year, async ({ id, version, checklist }: { id: number; version: number; checklist: ReportChecklist }) =>
    body(
      await api.PUT('/api/annual-reports/{reportId}/checklist', {
        params: { path: { reportId: id }, header: { 'If-Match': `"${version}"` } },
        body: checklist,
      }),
    ),
  );
}

/** The department's reports of a year sent to it, the oldest first. */
export type QueueFilters = { late: boolean; gap: boolean; quitusMissing: boolean; drawn: boolean };

export function useReportQueue(department: string | null, year: string, status: ReportStatus | null, filters: QueueFilters) {
  return useQuery({
    queryKey: ['annual-reports', department, year, status, filters],
    enabled: !!department && !!year,
    queryFn: async () =>
      body(
        await api.GET('/api/departments/{code}/annual-reports', {
          params: {
            path: { code: department! },
            query: {
              year,
              status: status ?? undefined,
              late: filters.late || undefined,
              gap: filters.gap || undefined,
              quitusMissing: filters.quitusMissing || undefined,
              drawn: filters.drawn || undefined,
              size: 200,
            },
          },
        }),
      ),
  });
}

/** The financial report (« Imprimer le CRF ») or its quitus page (« Imprimez cette page quitus ! ») as a PDF. */
export async function fetchReportPdf(cooperativeId: number, year: string, which: 'financial' | 'quitus'): Promise<Blob> {
  const options = { params: { path: { id: cooperativeId, year } }, parseAs: 'blob' as const };
  const result =
    which === 'financial'
      ? await api.GET('/api/cooperatives/{id}/annual-reports/{year}/financial.pdf', options)
      : await api.GET('/api/cooperatives/{id}/annual-reports/{year}/quitus.pdf', options);
  return body(result) as unknown as Blob;
}

export type AggregatedAccounts = components['schemas']['AggregatedAccounts'];

/** The department's validated reports of a year summed per heading, with the opening and closing balances. */
export function useAggregatedAccounts(department: string | null, year: string) {
  return useQuery({
    queryKey: ['annual-reports', 'accounts', department, year],
    enabled: !!department && !!year,
    queryFn: async () =>
      body(await api.GET('/api/departments/{code}/annual-reports/accounts', { params: { path: { code: department! }, query: { year } } })),
  });
}

/** The same reports as CSV, one row per cooperative, the headings as columns. */
export async function fetchAggregatedAccountsCsv(department: string, year: string): Promise<Blob> {
  const result = await api.GET('/api/departments/{code}/annual-reports/accounts.csv', {
    params: { path: { code: department }, query: { year } },
    parseAs: 'blob',
  });
  return body(result) as unknown as Blob;
}

/** The same accounts printed for the department's general assembly and its auditor. */
export async function fetchAggregatedAccountsPdf(department: string, year: string): Promise<Blob> {
  const result = await api.GET('/api/departments/{code}/annual-reports/accounts.pdf', {
    params: { path: { code: department }, query: { year } },
    parseAs: 'blob',
  });
  return body(result) as unknown as Blob;
}

export type ReportPaper = 'QUITUS' | 'AUGUST_STATEMENT';

/** « Envoyer l'image »: the signed quitus or the August statement, a PDF or a photo. */
export function useAttachReportDocument(cooperativeId: number, year: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ kind, file }: { kind: ReportPaper; file: File }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return body(
        await api.POST('/api/cooperatives/{id}/annual-reports/{year}/documents', {
          params: { path: { id: cooperativeId, year }, query: { kind } },
          // multipart: the browser writes the boundary; openapi-fetch must not serialize it as JSON
          body: form as never,
          bodySerializer: (value: unknown) => value as FormData,
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKey(cooperativeId, year) }),
  });
}

export type ReportQuestion = components['schemas']['ReportQuestionView'];

/** The activity report's answers, by question code, as typed. */
export function useSaveActivityReport(cooperativeId: number, year: string) {
  return useReportWrite(cooperativeId, year, async ({ answers, version }: { answers: Record<string, string>; version?: number | null }) =>
    body(
      await api.PUT('/api/cooperatives/{id}/annual-reports/{year}/activity', {
        params: { path: { id: cooperativeId, year }, header: ifMatch(version) },
        body: { answers },
      }),
    ),
  );
}

export type Questionnaire = components['schemas']['ReportQuestionnaire'];
export type QuestionRequest = components['schemas']['ReportQuestionRequest'];

const questionnaireKey = (department: string | null, year: string) => ['report-questions', department, year] as const;

/** The activity report's questions of a department's year (its own, or the national default). */
export function useQuestionnaire(department: string | null, year: string) {
  return useQuery({
    queryKey: questionnaireKey(department, year),
    enabled: !!department && !!year,
    queryFn: async () =>
      body(await api.GET('/api/departments/{code}/report-questions/{year}', { params: { path: { code: department!, year } } })),
  });
}

export function useSaveQuestionnaire(department: string, year: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (questions: QuestionRequest[]) =>
      body(await api.PUT('/api/departments/{code}/report-questions/{year}', { params: { path: { code: department, year } }, body: { questions } })),
    onSuccess: (q) => queryClient.setQueryData(questionnaireKey(department, year), q),
  });
}

export function useResetQuestionnaire(department: string, year: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      body(await api.DELETE('/api/departments/{code}/report-questions/{year}', { params: { path: { code: department, year } } })),
    onSuccess: (q) => queryClient.setQueryData(questionnaireKey(department, year), q),
  });
}
