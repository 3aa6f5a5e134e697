import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type BankLine = components['schemas']['BankLineView'];
export type BankLines = components['schemas']['BankLinesView'];
export type BankStatementImport = components['schemas']['BankStatementImportView'];
export type BankLineEntryRequest = components['schemas']['BankLineEntryRequest'];

/** The columns of a CSV statement whose header was not recognised, by their header text. */
export type StatementColumns = { dateColumn: string; labelColumn: string; amountColumn?: string; debitColumn?: string; creditColumn?: string };

/** Under the ledger's key: matching a line ticks an entry, writing one changes the book. */
const bankLinesKey = (cooperativeId: number, year: string) => ['ledger', cooperativeId, year, 'bank-lines'] as const;

/** The bank lines of a school year: matched, suggested or new, and the statements they came from. */
export function useBankLines(cooperativeId: number, year: string) {
  return useQuery({
    queryKey: bankLinesKey(cooperativeId, year),
    queryFn: async () =>
      body(await api.GET('/api/cooperatives/{id}/bank-lines', { params: { path: { id: cooperativeId }, query: { year } } })),
    enabled: !!year,
  });
}

/** Every write refreshes every year of the books: a statement may run over two school years. */
function useBankWrite<T, R>(cooperativeId: number, write: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger', cooperativeId] }),
  });
}

/** Uploads a statement (CSV, OFX, camt.053); a CSV of an unknown bank answers 422 listing its columns, sent again with them. */
export function useImportStatement(cooperativeId: number) {
  return useBankWrite(cooperativeId, async ({ file, columns }: { file: File; columns?: StatementColumns }) => {
    const form = new FormData();
    form.append('file', file, file.name);
    for (const [name, value] of Object.entries(columns ?? {})) {
      if (value) form.append(name, value);
    }
    return body(
      await api.POST('/api/cooperatives/{id}/bank-statements', {
        params: { path: { id: cooperativeId } },
        // multipart: the browser writes the boundary; openapi-fetch must not serialize it as JSON
        body: form as never,
        bodySerializer: (value: unknown) => value as FormData,
      }),
    );
  });
}

export function useMatchBankLine(cooperativeId: number) {
  return useBankWrite(cooperativeId, async ({ line, entryId }: { line: BankLine; entryId: number }) =>
    body(
      await api.POST('/api/bank-lines/{bankLineId}/match', {
        params: { path: { bankLineId: line.id! } },
        body: { entryId, version: line.version },
      }),
    ),
  );
}

export function useUnmatchBankLine(cooperativeId: number) {
  return useBankWrite(cooperativeId, async (line: BankLine) =>
    body(
      await api.DELETE('/api/bank-lines/{bankLineId}/match', {
        params: { path: { bankLineId: line.id! }, header: { 'If-Match': `"${line.version ?? 0}"` } },
      }),
    ),
  );
}

export function useCreateEntryFromBankLine(cooperativeId: number) {
  return useBankWrite(cooperativeId, async ({ line, entry }: { line: BankLine; entry: BankLineEntryRequest }) =>
    body(
      await api.POST('/api/bank-lines/{bankLineId}/entry', {
        params: { path: { bankLineId: line.id! } },
        body: { ...entry, version: line.version },
      }),
    ),
  );
}
