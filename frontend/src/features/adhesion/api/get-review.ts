import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { adhesionQueryKey, toAdhesion, type Adhesion } from './get-adhesion';
import { api, body } from '@/lib/api-client';
import { reviewQueueRootKey } from './get-review-queue';

export type Review = components['schemas']['Review'];
export type ReviewRequest = components['schemas']['ReviewRequest'];

/** Under the adhesions' key: a change of the tariff (which re-prices them) refreshes it too. */
export const reviewedAdhesionQueryKey = (adhesionId: number) => ['adhesion', 'by-id', adhesionId] as const;

export function getReviewedAdhesionQueryOptions(adhesionId: number) {
  return queryOptions({
    queryKey: reviewedAdhesionQueryKey(adhesionId),
    queryFn: async (): Promise<Adhesion> =>
      toAdhesion(body(await api.GET('/api/adhesions/{adhesionId}', { params: { path: { adhesionId } } }))),
  });
}

/** One adhesion, read by its id (staff come from the queue, not from the cooperative's page). */
export function useReviewedAdhesion(adhesionId: number) {
  return useQuery(getReviewedAdhesionQueryOptions(adhesionId));
}

/**
 * What every decision of staff does with the server's answer (the whole adhesion, read with toAdhesion): it
 * becomes the cached adhesion, under its id and under its cooperative's year; the queue and the certificates
 * are read again.
 */
export function useReviewResult() {
  const queryClient = useQueryClient();
  return (adhesion: Adhesion) => {
    queryClient.setQueryData(reviewedAdhesionQueryKey(adhesion.id!), adhesion);
    if (adhesion.cooperativeId != null && adhesion.schoolYear) {
      queryClient.setQueryData(adhesionQueryKey(adhesion.cooperativeId, adhesion.schoolYear), adhesion);
    }
    // validating issues the certificates, reopening revokes them
    void queryClient.invalidateQueries({ queryKey: ['certificates', adhesion.id] });
    void queryClient.invalidateQueries({ queryKey: reviewQueueRootKey });
  };
}
