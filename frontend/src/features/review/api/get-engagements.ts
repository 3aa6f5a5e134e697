import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type UploadedDocument = components['schemas']['Document'];

export const engagementUploadsQueryKey = (adhesionId: number) => ['engagement-uploads', adhesionId] as const;

export function getEngagementUploadsQueryOptions(adhesionId: number) {
  return queryOptions({
    queryKey: engagementUploadsQueryKey(adhesionId),
    queryFn: async (): Promise<UploadedDocument[]> =>
      body(await api.GET('/api/adhesions/{adhesionId}/engagement/uploads', { params: { path: { adhesionId } } })),
  });
}

/** The signed engagements the cooperative uploaded, newest first (the current one, and those it replaced). */
export function useEngagementUploads(adhesionId: number) {
  return useQuery(getEngagementUploadsQueryOptions(adhesionId));
}
