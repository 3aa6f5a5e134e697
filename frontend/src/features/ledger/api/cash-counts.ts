import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type CashCount = components['schemas']['CashCountView'];
export type CashCountRequest = components['schemas']['CashCountRequest'];
export type CashCounts = components['schemas']['CashCountsView'];

/** Under the ledger's key: a change in the books refreshes the counts' comparison with them. */
const cashCountsKey = (cooperativeId: number, year: string) => ['ledger', cooperativeId, year, 'cash-counts'] as const;

/** "L'arrêté de caisse": the counts of a school year, the latest first, each against the books at its date. */
export function useCashCounts(cooperativeId: number, year: string) {
  return useQuery({
    queryKey: cashCountsKey(cooperativeId, year),
    queryFn: async () =>
      body(await api.GET('/api/cooperatives/{id}/cash-counts', { params: { path: { id: cooperativeId }, query: { year } } })),
    enabled: !!year,
  });
}

function useCashCountWrite<T, R>(cooperativeId: number, year: string, write: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cashCountsKey(cooperativeId, year) }),
  });
}

export function useCreateCashCount(cooperativeId: number, year: string) {
  return useCashCountWrite(cooperativeId, year, async (count: CashCountRequest) =>
    body(await api.POST('/api/cooperatives/{id}/cash-counts', { params: { path: { id: cooperativeId } }, body: count })),
  );
}

export function useUpdateCashCount(cooperativeId: number, year: string) {
  return useCashCountWrite(cooperativeId, year, async ({ id, version, count }: { id: number; version: number; count: CashCountRequest }) =>
    body(
      await api.PUT('/api/cash-counts/{countId}', {
        params: { path: { countId: id }, header: { 'If-Match': `"${version}"` } },
        body: count,
      }),
    ),
  );
}

export function useDeleteCashCount(cooperativeId: number, year: string) {
  return useCashCountWrite(cooperativeId, year, async ({ id, version }: { id: number; version: number }) => {
    // 204: nothing to read; an error answer has thrown
    await api.DELETE('/api/cash-counts/{countId}', { params: { path: { countId: id }, header: { 'If-Match': `"${version}"` } } });
  });
}
