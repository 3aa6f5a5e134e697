import { useMutation } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type OneTimePassword = components['schemas']['OneTimePassword'];

/** A one-time password for the cooperative's mandataire: shown once, emailed to the mandataire. */
export function useResetCooperativePassword() {
  return useMutation({
    mutationFn: async (cooperativeId: number): Promise<OneTimePassword> =>
      body(await api.POST('/api/cooperatives/{id}/password-reset', { params: { path: { id: cooperativeId } } })),
  });
}
