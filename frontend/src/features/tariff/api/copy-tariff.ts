import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { tariffQueryKey, type Tariff } from './get-tariff';

type TariffYear = { departmentCode: string; year: string };

export async function copyPreviousTariff({ departmentCode, year }: TariffYear): Promise<Tariff> {
  return body(
    await api.POST('/api/departments/{code}/tariffs/{year}/copy-from-previous', {
      params: { path: { code: departmentCode, year } },
    }),
  );
}

/** "Copier le barème de l'an dernier": the same figures, the campaign's dates a year later. */
export function useCopyPreviousTariff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: copyPreviousTariff,
    onSuccess: (tariff, { departmentCode, year }) => queryClient.setQueryData(tariffQueryKey(departmentCode, year), tariff),
  });
}
