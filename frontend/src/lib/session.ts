import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { paths } from '@/config/paths';
import { api, body } from './api-client';
import { tokenStorage, type Me, type Session } from './auth';

export const meQueryKey = ['me'] as const;

export function getMeQueryOptions() {
  return queryOptions({
    queryKey: meQueryKey,
    queryFn: async (): Promise<Me> => {
      return body(await api.GET('/api/me'));
    },
    staleTime: 5 * 60_000,
  });
}

/** The logged-in account; disabled (no request) while there is no token. */
export function useMe() {
  return useQuery({ ...getMeQueryOptions(), enabled: tokenStorage.get() !== null });
}

/** Where an account lands after login or after changing its password. */
export function homeFor(me: Me): string {
  if (me.mustChangePassword) return paths.auth.changePassword.getHref();
  switch (me.role) {
    case 'mandataire':
      return me.cooperative?.id != null ? paths.coop.home.getHref(me.cooperative.id) : paths.home.getHref();
    case 'admin':
      return paths.staff.departments.getHref();
    default:
      // staff start from where their campaign stands; the list is one click away
      return paths.staff.dashboard.getHref();
  }
}

/** Keeps a session the server just issued (login or password change): token stored, account cached. */
export function useStartSession() {
  const queryClient = useQueryClient();
  return (session: Session): Me => {
    if (session.token) tokenStorage.set(session.token);
    const me = session.account as Me;
    // what another account may have read in this tab goes; the account itself is known already
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
    queryClient.setQueryData(meQueryKey, me);
    return me;
  };
}

/** Ends the session on the server (every token of the account) and forgets everything locally. */
export function useLogout({ onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await api.POST('/api/auth/logout');
      } catch {
        // already over on the server (401) or unreachable: forget it locally all the same
      }
    },
    onSettled: () => {
      tokenStorage.clear();
      queryClient.clear();
      onSuccess?.();
    },
  });
}
