import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Department } from '@/features/department/api/get-departments';
import { api, body } from '@/lib/api-client';

/** The national admin creates a department (code and name) or renames one (with the version read). */
export function useSaveDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: { code: string; name: string; version?: number }): Promise<Department> =>
      request.version === undefined
        ? body(await api.POST('/api/departments', { body: { code: request.code, name: request.name } }))
        : body(
            await api.PUT('/api/departments/{code}', {
              params: { path: { code: request.code } },
              body: { version: request.version, name: request.name },
            }),
          ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['departments'] }),
  });
}
