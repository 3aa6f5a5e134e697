import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type DocumentView = components['schemas']['Document'];

export const engagementUploadsKey = (adhesionId: number) => ['engagement-uploads', adhesionId] as const;

export function engagementUploadsQuery(adhesionId: number) {
  return queryOptions({
    queryKey: engagementUploadsKey(adhesionId),
    queryFn: async () =>
      body(await api.GET('/api/adhesions/{adhesionId}/engagement/uploads', { params: { path: { adhesionId } } })),
  });
}

/** The signed engagements uploaded for an adhesion, newest first. */
export function useEngagementUploads(adhesionId: number | undefined) {
  return useQuery({ ...engagementUploadsQuery(adhesionId ?? 0), enabled: adhesionId !== undefined });
}

/** The pre-filled engagement, to print and sign. */
export async function fetchEngagementForm(adhesionId: number): Promise<Blob> {
  return body(
    await api.GET('/api/adhesions/{adhesionId}/engagement/form', { params: { path: { adhesionId } }, parseAs: 'blob' }),
  ) as unknown as Blob;
}

/** Sends the scan or photo of the signed engagement; the adhesion changes (its version) too. */
export function useUploadEngagement(adhesionId: number, cooperativeId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return body(
        await api.POST('/api/adhesions/{adhesionId}/engagement/uploads', {
          params: { path: { adhesionId } },
          // multipart: the browser writes the boundary; openapi-fetch must not serialize it as JSON
          body: form as never,
          bodySerializer: (value: unknown) => value as FormData,
        }),
      );
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: engagementUploadsKey(adhesionId) });
      void queryClient.invalidateQueries({ queryKey: ['adhesion', cooperativeId] });
    },
  });
}
