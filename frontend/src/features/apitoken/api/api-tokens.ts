import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type ApiToken = components['schemas']['ApiToken'];
export type CreatedApiToken = components['schemas']['ApiTokenCreated'];

export const API_TOKENS_PAGE_SIZE = 20;

const apiTokensRootKey = ['api-tokens'] as const;

export function getApiTokensQueryOptions(departmentCode: string, page: number) {
  const query = { page, size: API_TOKENS_PAGE_SIZE };
  return queryOptions({
    queryKey: [...apiTokensRootKey, departmentCode, query] as const,
    queryFn: async () =>
      body(await api.GET('/api/departments/{code}/api-tokens', { params: { path: { code: departmentCode }, query } })),
  });
}

/** A department's API tokens, newest first (never their secrets). */
export function useApiTokens(departmentCode: string, page: number) {
  return useQuery({
    ...getApiTokensQueryOptions(departmentCode, page),
    enabled: !!departmentCode,
    placeholderData: keepPreviousData,
  });
}

/** "Créer le jeton": answers the secret, shown once. */
export function useCreateApiToken(departmentCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ name }: { name: string }) =>
      body(
        await api.POST('/api/departments/{code}/api-tokens', { params: { path: { code: departmentCode } }, body: { name } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensRootKey }),
  });
}

/** "Révoquer": every call with the token is refused from now on. */
export function useRevokeApiToken(departmentCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ token }: { token: ApiToken }) =>
      body(
        await api.POST('/api/departments/{code}/api-tokens/{tokenId}/revocation', {
          params: { path: { code: departmentCode, tokenId: token.id! } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensRootKey }),
  });
}
