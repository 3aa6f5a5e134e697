import { useMutation } from '@tanstack/react-query';
import { ifMatch } from './change-adhesion';
import { toAdhesion, type Adhesion } from './get-adhesion';
import { api, body } from '@/lib/api-client';
import { useReviewResult } from './get-review';

/** "Demander une correction": back to the cooperative with a message (emailed to the school). */
export function useRequestCorrection() {
  const onSuccess = useReviewResult();
  return useMutation({
    mutationFn: async ({ adhesion, message }: { adhesion: Adhesion; message: string }) => {
      const raw = body(
        await api.POST('/api/adhesions/{adhesionId}/review/correction-request', {
          params: { path: { adhesionId: adhesion.id! }, header: ifMatch(adhesion) },
          body: { message },
        }),
      );
      return toAdhesion(raw);
    },
    onSuccess,
  });
}

/**
 * "Valider l'adhésion": assigns the registration code and emails the school. Refused (409 validation-refused)
 * with the reasons in `violations` while the checklist is incomplete.
 */
export function useValidateAdhesion() {
  const onSuccess = useReviewResult();
  return useMutation({
    mutationFn: async ({ adhesion }: { adhesion: Adhesion }) => {
      const raw = body(
        await api.POST('/api/adhesions/{adhesionId}/review/validation', {
          params: { path: { adhesionId: adhesion.id! }, header: ifMatch(adhesion) },
        }),
      );
      return toAdhesion(raw);
    },
    onSuccess,
  });
}

/** "Rouvrir": a validated adhesion goes back to the cooperative; its certificates stop being valid. */
export function useReopenAdhesion() {
  const onSuccess = useReviewResult();
  return useMutation({
    mutationFn: async ({ adhesion, reason }: { adhesion: Adhesion; reason: string }) => {
      const raw = body(
        await api.POST('/api/adhesions/{adhesionId}/review/reopening', {
          params: { path: { adhesionId: adhesion.id! }, header: ifMatch(adhesion) },
          body: { reason },
        }),
      );
      return toAdhesion(raw);
    },
    onSuccess,
  });
}
