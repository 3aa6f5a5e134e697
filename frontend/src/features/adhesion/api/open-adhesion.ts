import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { adhesionQueryKey, toAdhesion, type Adhesion } from './get-adhesion';

export async function openAdhesion({ cooperativeId, year }: { cooperativeId: number; year: string }): Promise<Adhesion> {
  const raw = body(
    await api.POST('/api/cooperatives/{id}/adhesions/{year}', { params: { path: { id: cooperativeId, year } } }),
  );
  return toAdhesion(raw);
}

/** "Commencer la saisie": opens the year, carrying over last year's lines (their counts to confirm). */
export function useOpenAdhesion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openAdhesion,
    onSuccess: (adhesion, { cooperativeId, year }) => {
      queryClient.setQueryData(adhesionQueryKey(cooperativeId, year), adhesion);
    },
    onError: (_error, { cooperativeId, year }) =>
      // already open (another tab), or not yet: what the server has is what the page should show
      queryClient.invalidateQueries({ queryKey: adhesionQueryKey(cooperativeId, year) }),
  });
}
