import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type DepartmentContact = components['schemas']['DepartmentContact'];

/** "038-0107" → "038": a cooperative's login names its department; anything else names none. */
export function departmentOfLogin(login: string): string | null {
  const match = /^\s*(\d{2}[0-9AB])-\d{1,4}\s*$/i.exec(login);
  return match ? match[1].toUpperCase() : null;
}

/** The contact a department publishes (public: the login page shows it before anyone is signed in). */
export function useDepartmentContact(code: string | null) {
  return useQuery({
    queryKey: ['department-contact', code],
    queryFn: async (): Promise<DepartmentContact> =>
      body(await api.GET('/api/public/department-contacts/{code}', { params: { path: { code: code ?? '' } } })),
    enabled: !!code,
    retry: false,
    staleTime: 60 * 60 * 1000,
  });
}
