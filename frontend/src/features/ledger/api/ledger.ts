import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type LedgerEntry = components['schemas']['LedgerEntry'];

const ledgerKey = (cooperativeId: number, year: string) => ['ledger', cooperativeId, year] as const;

/** The ledger of a school year (its first page: the one-click entries for now). */
export function useLedgerEntries(cooperativeId: number, year: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ledgerKey(cooperativeId, year ?? ''),
    queryFn: async () =>
      body(
        await api.GET('/api/cooperatives/{id}/ledger-entries', {
          params: { path: { id: cooperativeId }, query: { year } },
        }),
      ),
    enabled: !!year && enabled,
  });
}

/** "Pour que cette opération soit écrite maintenant dans le cahier de comptes, cliquez ici". */
export function useRecordAdhesionPayment(cooperativeId: number, year: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (adhesionId: number) =>
      body(await api.POST('/api/adhesions/{adhesionId}/ledger-entry', { params: { path: { adhesionId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ledgerKey(cooperativeId, year) }),
  });
}
