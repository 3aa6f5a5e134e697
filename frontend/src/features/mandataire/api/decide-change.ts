import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ifMatch } from '@/features/adhesion/api/change-adhesion';
import { cooperativeQueryKey } from '@/features/cooperative/api/get-cooperative';
import { api, body } from '@/lib/api-client';
import { mandataireChangesRootKey, type MandataireChange } from './get-department-changes';

/** After a decision: the lists of requests, and the cooperative's identity (its mandataire, its co-signatories). */
function useRefreshAfterDecision() {
  const queryClient = useQueryClient();
  return (change: MandataireChange) => {
    void queryClient.invalidateQueries({ queryKey: mandataireChangesRootKey });
    if (change.cooperativeId != null) void queryClient.invalidateQueries({ queryKey: cooperativeQueryKey(change.cooperativeId) });
    void queryClient.invalidateQueries({ queryKey: ['cooperatives'] });
  };
}

/**
 * "Accepter": the cooperative's mandataire and co-signatories change, its account gets a one-time password
 * (returned here, to show once) and its older sessions end.
 */
export function useAcceptChange() {
  const refresh = useRefreshAfterDecision();
  return useMutation({
    mutationFn: async ({ change }: { change: MandataireChange }) =>
      body(
        await api.POST('/api/mandataire-changes/{changeId}/acceptance', {
          params: { path: { changeId: change.id! }, header: ifMatch(change) },
        }),
      ),
    onSuccess: (accepted, { change }) => refresh(accepted.change ?? change),
  });
}

/** "Refuser", with the reason emailed to the cooperative. */
export function useRefuseChange() {
  const refresh = useRefreshAfterDecision();
  return useMutation({
    mutationFn: async ({ change, reason }: { change: MandataireChange; reason: string }) =>
      body(
        await api.POST('/api/mandataire-changes/{changeId}/refusal', {
          params: { path: { changeId: change.id! }, header: ifMatch(change) },
          body: { reason },
        }),
      ),
    onSuccess: (refused) => refresh(refused),
  });
}
