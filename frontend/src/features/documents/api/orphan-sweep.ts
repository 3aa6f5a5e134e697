import { useMutation } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type OrphanSweep = components['schemas']['OrphanSweepView'];

/** The national admin's sweep of the stored files that no document names (after an incident). */
export function useSweepOrphans() {
  return useMutation({
    mutationFn: async (olderThanMinutes: number): Promise<OrphanSweep> =>
      body(await api.POST('/api/storage/orphan-sweeps', { params: { query: { olderThanMinutes } } })),
  });
}
