import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type LedgerEntry = components['schemas']['LedgerEntry'];
export type LedgerMeans = components['schemas']['LedgerMeans'];
export type PaymentEntryRequest = components['schemas']['PaymentEntryRequest'];

/** The ledger's means in the seeds' words, in the order the form offers them. */
export const LEDGER_MEANS_LABELS: Record<LedgerMeans, string> = {
  CHEQUE: 'Chèque',
  TRANSFER: 'Virement',
  DIRECT_DEBIT: 'Prélèvement',
  CARD: 'Carte bancaire',
  CASH: 'Espèces',
};

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

/** The voucher number and cheque number the entry form suggests. */
export function useLedgerNextNumbers(cooperativeId: number, year: string, enabled = true) {
  return useQuery({
    queryKey: [...ledgerKey(cooperativeId, year), 'next-numbers'] as const,
    queryFn: async () =>
      body(
        await api.GET('/api/cooperatives/{id}/ledger-entries/next-numbers', {
          params: { path: { id: cooperativeId }, query: { year } },
        }),
      ),
    enabled: !!year && enabled,
  });
}

/** "Pour que cette opération soit écrite maintenant dans le cahier de comptes": with the numbers confirmed. */
export function useRecordAdhesionPayment(cooperativeId: number, year: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ adhesionId, entry }: { adhesionId: number; entry: PaymentEntryRequest }) =>
      body(await api.POST('/api/adhesions/{adhesionId}/ledger-entry', { params: { path: { adhesionId } }, body: entry })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ledgerKey(cooperativeId, year) }),
  });
}
