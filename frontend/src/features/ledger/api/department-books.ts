import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, body } from '@/lib/api-client';

export type DepartmentBooks = components['schemas']['DepartmentBooks'];
export type DepartmentHeadingTotal = components['schemas']['DepartmentHeadingTotal'];

/** The year's ledgers of a department's cooperatives, summed per heading (staff of the department, the admin). */
export function useDepartmentBooks(department: string | null, year: string) {
  return useQuery({
    queryKey: ['department-books', department, year],
    enabled: !!department && !!year,
    queryFn: async () => body(await api.GET('/api/departments/{code}/books/{year}', { params: { path: { code: department!, year } } })),
  });
}
