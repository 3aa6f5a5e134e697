import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type MandataireChange = components['schemas']['MandataireChange'];

const changesKey = (cooperativeId: number) => ['mandataire-changes', cooperativeId] as const;

/** The cooperative's requests, newest first. */
export function useCooperativeChanges(cooperativeId: number) {
  return useQuery({
    queryKey: changesKey(cooperativeId),
    queryFn: async () =>
      body(await api.GET('/api/cooperatives/{id}/mandataire-changes', { params: { path: { id: cooperativeId } } })),
  });
}

/** The pre-filled form, with the bank account number. */
export async function fetchChangeForm(cooperativeId: number): Promise<Blob> {
  return body(
    await api.GET('/api/cooperatives/{id}/mandataire-changes/form', { params: { path: { id: cooperativeId } }, parseAs: 'blob' }),
  ) as unknown as Blob;
}

export type ChangeRequest = {
  newMandataireName: string;
  newMandataireEmail: string;
  newMandatairePhone: string;
  newCoSignatories: string;
  form: File;
  idCopy: File;
  proofOfAddress: File;
};

export function useRequestChange(cooperativeId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: ChangeRequest) => {
      const form = new FormData();
      form.append('newMandataireName', request.newMandataireName);
      form.append('newMandataireEmail', request.newMandataireEmail);
      if (request.newMandatairePhone) form.append('newMandatairePhone', request.newMandatairePhone);
      if (request.newCoSignatories) form.append('newCoSignatories', request.newCoSignatories);
      form.append('form', request.form, request.form.name);
      form.append('idCopy', request.idCopy, request.idCopy.name);
      form.append('proofOfAddress', request.proofOfAddress, request.proofOfAddress.name);
      return body(
        await api.POST('/api/cooperatives/{id}/mandataire-changes', {
          params: { path: { id: cooperativeId } },
          body: form as never,
          bodySerializer: (value: unknown) => value as FormData,
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: changesKey(cooperativeId) }),
  });
}
