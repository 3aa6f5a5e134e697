import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';
import type { OneTimePassword } from './reset-cooperative-password';

export type StaffAccount = components['schemas']['StaffAccount'];
export type StaffAccountCreated = components['schemas']['StaffAccountCreated'];

export const PAGE_SIZE = 20;

export function staffAccountsQueryOptions(code: string, page: number) {
  return queryOptions({
    queryKey: ['staff-accounts', code, page] as const,
    queryFn: async () =>
      body(
        await api.GET('/api/departments/{code}/staff-accounts', {
          params: { path: { code }, query: { page, size: PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useStaffAccounts(code: string, page: number) {
  return useQuery({ ...staffAccountsQueryOptions(code, page), enabled: !!code });
}

export function useCreateStaffAccount(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: { login: string; displayName: string }): Promise<StaffAccountCreated> =>
      body(await api.POST('/api/departments/{code}/staff-accounts', { params: { path: { code } }, body: request })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['staff-accounts', code] }),
  });
}

export function useUpdateStaffAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, ...request }: { id: number; version: number; displayName: string; enabled: boolean }): Promise<StaffAccount> =>
      body(await api.PUT('/api/staff-accounts/{accountId}', { params: { path: { accountId: id } }, body: request })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['staff-accounts'] }),
  });
}

export function useResetStaffPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number): Promise<OneTimePassword> =>
      body(await api.POST('/api/staff-accounts/{accountId}/password-reset', { params: { path: { accountId: id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['staff-accounts'] }),
  });
}
