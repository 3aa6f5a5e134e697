import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type InventoryItem = components['schemas']['InventoryItemView'];
export type InventoryItemRequest = components['schemas']['InventoryItemRequest'];

const inventoryKey = (cooperativeId: number) => ['inventory', cooperativeId] as const;

/** The « Cahier d'inventaire »: every item, the latest purchase first, and the value of what is held. */
export function useInventory(cooperativeId: number | undefined) {
  return useQuery({
    queryKey: inventoryKey(cooperativeId ?? 0),
    queryFn: async () => body(await api.GET('/api/cooperatives/{id}/inventory', { params: { path: { id: cooperativeId! } } })),
    enabled: cooperativeId != null,
  });
}

function useInventoryWrite<T, R>(cooperativeId: number, write: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => queryClient.invalidateQueries({ queryKey: inventoryKey(cooperativeId) }) });
}

export function useCreateInventoryItem(cooperativeId: number) {
  return useInventoryWrite(cooperativeId, async (item: InventoryItemRequest) =>
    body(await api.POST('/api/cooperatives/{id}/inventory', { params: { path: { id: cooperativeId } }, body: item })),
  );
}

export function useUpdateInventoryItem(cooperativeId: number) {
  return useInventoryWrite(cooperativeId, async ({ id, version, item }: { id: number; version: number; item: InventoryItemRequest }) =>
    body(
      await api.PUT('/api/inventory-items/{itemId}', { params: { path: { itemId: id }, header: { 'If-Match': `"${version}"` } }, body: item }),
    ),
  );
}

export function useDeleteInventoryItem(cooperativeId: number) {
  return useInventoryWrite(cooperativeId, async ({ id, version }: { id: number; version: number }) => {
    await api.DELETE('/api/inventory-items/{itemId}', { params: { path: { itemId: id }, header: { 'If-Match': `"${version}"` } } });
  });
}
