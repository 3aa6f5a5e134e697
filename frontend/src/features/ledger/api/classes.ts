import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type ClassLedgerSummary = components['schemas']['ClassLedgerSummary'];
export type ClassLedgerView = components['schemas']['ClassLedgerView'];

/** Under the ledger's key: an entry written, changed or deleted changes the classes' balances. */
const classesKey = (cooperativeId: number, year: string) => ['ledger', cooperativeId, year, 'classes'] as const;

/** "Cahiers de classe": each class line of the year's adhesion with its income, charges and balance, the entries of no class. */
export function useClassLedgers(cooperativeId: number, year: string) {
  return useQuery({
    queryKey: classesKey(cooperativeId, year),
    queryFn: async () =>
      body(await api.GET('/api/cooperatives/{id}/ledger/classes', { params: { path: { id: cooperativeId }, query: { year } } })),
    enabled: !!year,
  });
}

/** One class's ledger: its entries in date order with its balance after each. */
export function useClassLedger(cooperativeId: number, year: string, classLineId: number | null) {
  return useQuery({
    queryKey: [...classesKey(cooperativeId, year), classLineId] as const,
    queryFn: async () =>
      body(
        await api.GET('/api/cooperatives/{id}/ledger/classes/{classLineId}', {
          params: { path: { id: cooperativeId, classLineId: classLineId ?? 0 }, query: { year } },
        }),
      ),
    enabled: !!year && classLineId != null,
  });
}
