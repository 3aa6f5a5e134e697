import { useMutation } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { adhesionChangeKey, ifMatch, useAdhesionResult } from './change-adhesion';
import type { Adhesion } from './get-adhesion';

/** "Envoyer à l'OCCE": refused (409 submission-refused) with the reasons while something is missing. */
export function useSubmitAdhesion() {
  const result = useAdhesionResult();
  return useMutation({
    mutationKey: adhesionChangeKey,
    mutationFn: async ({ adhesion }: { adhesion: Adhesion }) =>
      body(
        await api.POST('/api/adhesions/{adhesionId}/submission', {
          params: { path: { adhesionId: adhesion.id! }, header: ifMatch(adhesion) },
        }),
      ),
    onSuccess: (raw) => result.onSuccess(raw),
    onError: (error, { adhesion }) => result.onError(error, adhesion),
  });
}
