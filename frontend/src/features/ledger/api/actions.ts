import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type LedgerAction = components['schemas']['LedgerActionView'];

/** Under the ledger's key: an entry written, changed or deleted changes the actions' results. */
const actionsKey = (cooperativeId: number, year: string) => ['ledger', cooperativeId, year, 'actions'] as const;

/** "Actions péda.": the actions of the year with their income, charges and result, the entries of no action, the year's totals. */
export function useLedgerActions(cooperativeId: number, year: string) {
  return useQuery({
    queryKey: actionsKey(cooperativeId, year),
    queryFn: async () =>
      body(await api.GET('/api/cooperatives/{id}/ledger/actions', { params: { path: { id: cooperativeId }, query: { year } } })),
    enabled: !!year,
  });
}

function useActionWrite<T, R>(cooperativeId: number, year: string, write: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  // the book too: a deleted action leaves its entries with none
  return useMutation({ mutationFn: write, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger', cooperativeId, year] }) });
}

export function useCreateLedgerAction(cooperativeId: number, year: string) {
  return useActionWrite(cooperativeId, year, async (name: string) =>
    body(await api.POST('/api/cooperatives/{id}/ledger/actions', { params: { path: { id: cooperativeId } }, body: { name, schoolYear: year } })),
  );
}

export function useRenameLedgerAction(cooperativeId: number, year: string) {
  return useActionWrite(cooperativeId, year, async ({ id, version, name }: { id: number; version: number; name: string }) =>
    body(
      await api.PUT('/api/ledger-actions/{actionId}', {
        params: { path: { actionId: id }, header: { 'If-Match': `"${version}"` } },
        body: { name, schoolYear: year },
      }),
    ),
  );
}

export function useDeleteLedgerAction(cooperativeId: number, year: string) {
  return useActionWrite(cooperativeId, year, async ({ id, version }: { id: number; version: number }) => {
    await api.DELETE('/api/ledger-actions/{actionId}', { params: { path: { actionId: id }, header: { 'If-Match': `"${version}"` } } });
  });
}
