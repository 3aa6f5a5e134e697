import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type Subsidy = components['schemas']['SubsidyView'];
export type SubsidyRequest = components['schemas']['SubsidyRequest'];
export type FunderType = components['schemas']['FunderType'];

/** The seeds' words for who grants a subsidy. */
export const FUNDER_LABELS: Record<FunderType, string> = {
  STATE: 'État',
  REGION: 'Région',
  DEPARTMENT: 'Département',
  COMMUNE: 'Commune',
  OTHER: 'Autre',
};

/** Under the ledger's key: an entry changed or deleted changes what was received. */
const subsidiesKey = (cooperativeId: number, year: string) => ['ledger', cooperativeId, year, 'subsidies'] as const;

export function useSubsidies(cooperativeId: number, year: string) {
  return useQuery({
    queryKey: subsidiesKey(cooperativeId, year),
    queryFn: async () =>
      body(await api.GET('/api/cooperatives/{id}/subsidies', { params: { path: { id: cooperativeId }, query: { year } } })),
    enabled: !!year,
  });
}

function useSubsidyWrite<T, R>(cooperativeId: number, write: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    // a subsidy is filed under the year of its decision, which an edit may change
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger', cooperativeId] }),
  });
}

export function useCreateSubsidy(cooperativeId: number) {
  return useSubsidyWrite(cooperativeId, async (subsidy: SubsidyRequest) =>
    body(await api.POST('/api/cooperatives/{id}/subsidies', { params: { path: { id: cooperativeId } }, body: subsidy })),
  );
}

export function useUpdateSubsidy(cooperativeId: number) {
  return useSubsidyWrite(cooperativeId, async ({ id, version, subsidy }: { id: number; version: number; subsidy: SubsidyRequest }) =>
    body(
      await api.PUT('/api/subsidies/{subsidyId}', {
        params: { path: { subsidyId: id }, header: { 'If-Match': `"${version}"` } },
        body: subsidy,
      }),
    ),
  );
}

export function useDeleteSubsidy(cooperativeId: number) {
  return useSubsidyWrite(cooperativeId, async ({ id, version }: { id: number; version: number }) => {
    // 204: nothing to read; an error answer has thrown
    await api.DELETE('/api/subsidies/{subsidyId}', { params: { path: { subsidyId: id }, header: { 'If-Match': `"${version}"` } } });
  });
}
