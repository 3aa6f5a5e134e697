import { useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { isApiError } from '@/lib/problem';
import { adhesionQueryKey, toAdhesion, type Adhesion } from './get-adhesion';

/** Every change of an adhesion is a mutation of this key: one at a time, and the page knows one is running. */
export const adhesionChangeKey = ['adhesion-change'] as const;

/** The If-Match header of a change: the version of the adhesion the page shows. */
export function ifMatch(adhesion: Pick<Adhesion, 'version'>): { 'If-Match': string } {
  return { 'If-Match': `"${adhesion.version ?? 0}"` };
}

/**
 * What every change does with the server's answer (the whole adhesion, re-priced): it becomes the cached
 * adhesion. When the server says the adhesion can no longer change (sent meanwhile, validated), the page
 * reads it again and becomes read-only.
 */
export function useAdhesionResult() {
  const queryClient = useQueryClient();
  return {
    onSuccess: (raw: components['schemas']['Adhesion']): Adhesion => {
      const adhesion = toAdhesion(raw);
      queryClient.setQueryData(adhesionQueryKey(adhesion.cooperativeId!, adhesion.schoolYear!), adhesion);
      return adhesion;
    },
    onError: (error: unknown, adhesion: Pick<Adhesion, 'cooperativeId' | 'schoolYear'>) => {
      if (isApiError(error) && (error.is('adhesion-submitted') || error.is('adhesion-validated'))) {
        void queryClient.invalidateQueries({ queryKey: adhesionQueryKey(adhesion.cooperativeId!, adhesion.schoolYear!) });
      }
    },
  };
}
