import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type SepaMandate = components['schemas']['SepaMandate'];
export type SepaMandateUpdate = components['schemas']['SepaMandateUpdate'];
export type SepaCreditor = components['schemas']['SepaCreditor'];
export type SepaCreditorUpdate = components['schemas']['SepaCreditorUpdate'];
export type SepaDebitPreview = components['schemas']['SepaDebitPreview'];
export type SepaDebitCandidate = components['schemas']['SepaDebitCandidate'];
export type SepaBatch = components['schemas']['SepaBatch'];
export type SepaBatchRequest = components['schemas']['SepaBatchRequest'];
export type DirectDebitMeans = 'DIRECT_DEBIT_NOW' | 'DIRECT_DEBIT_DECEMBER';

export const SEPA_PAGE_SIZE = 20;

// --- a cooperative's mandate -----------------------------------------------------------------------------

export const sepaMandateQueryKey = (cooperativeId: number) => ['sepa-mandate', cooperativeId] as const;

export function useSepaMandate(cooperativeId: number) {
  return useQuery({
    queryKey: sepaMandateQueryKey(cooperativeId),
    queryFn: async (): Promise<SepaMandate> =>
      body(await api.GET('/api/cooperatives/{id}/sepa-mandate', { params: { path: { id: cooperativeId } } })),
  });
}

export function useSaveSepaMandate(cooperativeId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (update: SepaMandateUpdate): Promise<SepaMandate> =>
      body(await api.PUT('/api/cooperatives/{id}/sepa-mandate', { params: { path: { id: cooperativeId } }, body: update })),
    onSuccess: (mandate) => {
      queryClient.setQueryData(sepaMandateQueryKey(cooperativeId), mandate);
      return queryClient.invalidateQueries({ queryKey: ['sepa-debits'] });
    },
  });
}

// --- the department as creditor ----------------------------------------------------------------------------

export const sepaCreditorQueryKey = (code: string) => ['sepa-creditor', code] as const;

export function useSepaCreditor(code: string) {
  return useQuery({
    queryKey: sepaCreditorQueryKey(code),
    queryFn: async (): Promise<SepaCreditor> =>
      body(await api.GET('/api/departments/{code}/sepa-creditor', { params: { path: { code } } })),
    enabled: !!code,
  });
}

export function useSaveSepaCreditor(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (update: SepaCreditorUpdate): Promise<SepaCreditor> =>
      body(await api.PUT('/api/departments/{code}/sepa-creditor', { params: { path: { code } }, body: update })),
    onSuccess: (creditor) => {
      queryClient.setQueryData(sepaCreditorQueryKey(code), creditor);
      return queryClient.invalidateQueries({ queryKey: ['sepa-debits', code] });
    },
  });
}

// --- the files ------------------------------------------------------------------------------------------------

export type SepaDebitsSearch = { code: string; year: string; means?: DirectDebitMeans; includeDebited: boolean; page: number };

export function getSepaDebitsQueryOptions({ code, year, means, includeDebited, page }: SepaDebitsSearch) {
  const query = { year, means, includeDebited, page, size: SEPA_PAGE_SIZE };
  return queryOptions({
    queryKey: ['sepa-debits', code, 'preview', query] as const,
    queryFn: async (): Promise<SepaDebitPreview> =>
      body(await api.GET('/api/departments/{code}/sepa-direct-debits', { params: { path: { code }, query } })),
  });
}

/** What the next file would hold: counts, total, and a page of the adhesions (refused ones first). */
export function useSepaDebits(search: SepaDebitsSearch) {
  return useQuery({ ...getSepaDebitsQueryOptions(search), enabled: !!search.code, placeholderData: keepPreviousData });
}

export function useSepaBatches(code: string, page: number) {
  const query = { page, size: SEPA_PAGE_SIZE };
  return useQuery({
    queryKey: ['sepa-debits', code, 'batches', query] as const,
    queryFn: async () =>
      body(await api.GET('/api/departments/{code}/sepa-direct-debits/batches', { params: { path: { code }, query } })),
    enabled: !!code,
    placeholderData: keepPreviousData,
  });
}

export async function createSepaBatch(code: string, request: SepaBatchRequest): Promise<SepaBatch> {
  return body(await api.POST('/api/departments/{code}/sepa-direct-debits', { params: { path: { code } }, body: request }));
}

/** The pain.008 XML of a batch. */
export async function fetchSepaFile(code: string, batchId: number): Promise<Blob> {
  return body(
    await api.GET('/api/departments/{code}/sepa-direct-debits/batches/{batchId}/file', {
      params: { path: { code, batchId } },
      parseAs: 'blob',
    }),
  ) as Blob;
}
