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

export type Ledger = components['schemas']['Ledger'];
export type LedgerLine = components['schemas']['LedgerLine'];
export type LedgerHeading = components['schemas']['LedgerHeadingView'];
export type LedgerEntryRequest = components['schemas']['LedgerEntryRequest'];
export type EntryKind = components['schemas']['EntryKind'];
export type Treasury = components['schemas']['Treasury'];

/** Recette, dépense, virement interne: the seeds' words for an entry's kind. */
export const ENTRY_KIND_LABELS: Record<EntryKind, string> = {
  INCOME: 'Recette',
  CHARGE: 'Dépense',
  TRANSFER: 'Virement interne',
};

const bookKey = (cooperativeId: number, year: string) => ['ledger', cooperativeId, year, 'book'] as const;

/** The year's ledger: opening balances, every entry with the balances after it, totals, closing. */
export function useLedger(cooperativeId: number, year: string) {
  return useQuery({
    queryKey: bookKey(cooperativeId, year),
    queryFn: async () =>
      body(await api.GET('/api/cooperatives/{id}/ledger', { params: { path: { id: cooperativeId }, query: { year } } })),
    enabled: !!year,
  });
}

/**
 * The ledger's first page (100 lines, with the year's figures): what the screen shows while the whole year, which its
 * filters need, is still on its way (a big school's year is 3,000 lines).
 */
export function useLedgerFirstPage(cooperativeId: number, year: string) {
  return useQuery({
    queryKey: [...bookKey(cooperativeId, year), 'first'] as const,
    queryFn: async () =>
      body(await api.GET('/api/cooperatives/{id}/ledger', { params: { path: { id: cooperativeId }, query: { year, page: 0, size: 100 } } })),
    enabled: !!year,
  });
}

/** The Sommaire's line on the books: the year's number of entries and closing balances (a page of one line). */
export function useLedgerSummary(cooperativeId: number, year: string) {
  return useQuery({
    queryKey: [...bookKey(cooperativeId, year), 'summary'] as const,
    queryFn: async () =>
      body(await api.GET('/api/cooperatives/{id}/ledger', { params: { path: { id: cooperativeId }, query: { year, page: 0, size: 1 } } })),
    enabled: !!year,
  });
}

/** The chart of headings of the year. */
export function useLedgerHeadings(cooperativeId: number, year: string) {
  return useQuery({
    queryKey: ['ledger-headings', cooperativeId, year] as const,
    queryFn: async () =>
      body(await api.GET('/api/cooperatives/{id}/ledger/headings', { params: { path: { id: cooperativeId }, query: { year } } })),
    enabled: !!year,
    staleTime: 60 * 60 * 1000,
  });
}

/** Every write refreshes the year's ledger, its list and the suggested numbers. */
function useLedgerWrite<T, R>(cooperativeId: number, year: string, write: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ledgerKey(cooperativeId, year) }),
  });
}

export function useCreateLedgerEntry(cooperativeId: number, year: string) {
  return useLedgerWrite(cooperativeId, year, async (entry: LedgerEntryRequest) =>
    body(await api.POST('/api/cooperatives/{id}/ledger-entries', { params: { path: { id: cooperativeId } }, body: entry })),
  );
}

export function useUpdateLedgerEntry(cooperativeId: number, year: string) {
  return useLedgerWrite(cooperativeId, year, async ({ id, version, entry }: { id: number; version: number; entry: LedgerEntryRequest }) =>
    body(
      await api.PUT('/api/ledger-entries/{entryId}', {
        params: { path: { entryId: id }, header: { 'If-Match': `"${version}"` } },
        body: entry,
      }),
    ),
  );
}

export function useDeleteLedgerEntry(cooperativeId: number, year: string) {
  return useLedgerWrite(cooperativeId, year, async ({ id, version }: { id: number; version: number }) => {
    // 204: nothing to read; an error answer has thrown
    await api.DELETE('/api/ledger-entries/{entryId}', { params: { path: { entryId: id }, header: { 'If-Match': `"${version}"` } } });
  });
}

export function useSetLedgerOpening(cooperativeId: number, year: string) {
  return useLedgerWrite(cooperativeId, year, async (opening: { bank: number; cash: number; version?: number }) =>
    body(
      await api.PUT('/api/cooperatives/{id}/ledger/openings/{year}', {
        params: { path: { id: cooperativeId, year } },
        body: opening,
      }),
    ),
  );
}

export type Reconciliation = components['schemas']['LedgerReconciliation'];

/** The reconciliation table at a statement's date, with its gap when the statement's balance is given. */
export function useReconciliation(cooperativeId: number, year: string, date: string | null, statementBalance: number | '') {
  return useQuery({
    queryKey: [...ledgerKey(cooperativeId, year), 'reconciliation', date, statementBalance] as const,
    queryFn: async () =>
      body(
        await api.GET('/api/cooperatives/{id}/ledger/reconciliation', {
          params: {
            path: { id: cooperativeId },
            query: { date: date ?? '', statementBalance: statementBalance === '' ? undefined : statementBalance },
          },
        }),
      ),
    enabled: !!date,
    retry: false,
  });
}

/** "Pointer": the entry seen on the statement of that date; null unticks it. */
export function useClearLedgerEntry(cooperativeId: number, year: string) {
  return useLedgerWrite(cooperativeId, year, async ({ id, version, clearedOn }: { id: number; version: number; clearedOn: string | null }) =>
    body(
      await api.PUT('/api/ledger-entries/{entryId}/clearing', {
        params: { path: { entryId: id }, header: { 'If-Match': `"${version}"` } },
        body: { clearedOn: clearedOn ?? undefined },
      }),
    ),
  );
}

/** The year's ledger as CSV (for a spreadsheet), or its entries as a FEC (for an accountant or the tax administration). */
export async function fetchLedgerExport(cooperativeId: number, year: string, format: 'csv' | 'fec' | 'pdf' = 'csv'): Promise<Blob> {
  const options = { params: { path: { id: cooperativeId }, query: { year } }, parseAs: 'blob' as const };
  const result =
    format === 'csv'
      ? await api.GET('/api/cooperatives/{id}/ledger/export.csv', options)
      : format === 'fec'
        ? await api.GET('/api/cooperatives/{id}/ledger/export.fec', options)
        : await api.GET('/api/cooperatives/{id}/ledger/export.pdf', options);
  return body(result) as unknown as Blob;
}
