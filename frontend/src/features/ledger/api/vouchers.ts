import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type Voucher = components['schemas']['Document'];

const vouchersKey = (cooperativeId: number, year: string) => ['ledger', cooperativeId, year, 'vouchers'] as const;

/** The vouchers of the year's entries ("pièces justificatives"), by entry id. */
export function useVouchers(cooperativeId: number, year: string) {
  return useQuery({
    queryKey: vouchersKey(cooperativeId, year),
    queryFn: async () =>
      body(await api.GET('/api/cooperatives/{id}/vouchers', { params: { path: { id: cooperativeId }, query: { year } } })),
    select: (list) => new Map(list.map((v) => [v.entryId!, v.documents ?? []])),
    enabled: !!year,
  });
}

/** Attaches a photo or scan of the receipt to an entry (checked by its content on the server). */
export function useAttachVoucher(cooperativeId: number, year: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ entryId, file }: { entryId: number; file: File }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return body(
        await api.POST('/api/ledger-entries/{entryId}/vouchers', {
          params: { path: { entryId } },
          // multipart: the browser writes the boundary; openapi-fetch must not serialize it as JSON
          body: form as never,
          bodySerializer: (value: unknown) => value as FormData,
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vouchersKey(cooperativeId, year) }),
  });
}
