import { Group, NativeSelect, Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { useDepartments } from '@/features/department/api/get-departments';
import { isAdmin, type Me } from '@/lib/auth';
import { formatSchoolYear } from '@/lib/format';
import type { useReportYearParams } from './use-year-params';

/**
 * The department a staff page works on: the account's own; for the admin, the `?department=` chosen (the first one by
 * default), with the list to choose from.
 */
export function useStaffDepartment(me: Me, params: URLSearchParams) {
  const admin = isAdmin(me);
  const departments = useDepartments({ enabled: admin });
  const department = admin ? params.get('department') || (departments.data?.[0]?.code ?? null) : (me.department?.code ?? null);
  const options = (departments.data ?? []).map((d) => ({ value: d.code ?? '', label: `${d.code} — ${d.name}` }));
  return { admin, department, options };
}

type StaffPageBarProps = {
  staff: ReturnType<typeof useStaffDepartment>;
  onDepartment: (code: string | null) => void;
  yearLabel: string;
  year: string;
  years: { value: string; label: string }[];
  onYear: (year: string) => void;
  /** The page's own filters, after the year. */
  children?: ReactNode;
};

/** The bar above a staff page of a year: the department (for the admin), the year, then the page's filters. */
export function StaffPageBar({ staff, onDepartment, yearLabel, year, years, onYear, children }: StaffPageBarProps) {
  return (
    <Paper withBorder radius="md" p="md" mb="md">
      <Group align="flex-end" gap="md" wrap="wrap">
        {staff.admin && (
          <NativeSelect
            label="Département"
            value={staff.department ?? ''}
            onChange={(event) => onDepartment(event.currentTarget.value || null)}
            data={staff.options}
            style={{ flex: '1 1 260px' }}
          />
        )}
        <NativeSelect label={yearLabel} value={year} onChange={(event) => onYear(event.currentTarget.value)} data={years} style={{ flex: '0 1 220px' }} />
        {children}
      </Group>
    </Paper>
  );
}

/** The bar of a staff page of the annual reports: the department (for the admin), the report's year, the page's filters. */
export function ReportYearBar({ page, staff, children }: {
  page: ReturnType<typeof useReportYearParams>;
  staff: ReturnType<typeof useStaffDepartment>;
  children?: ReactNode;
}) {
  return (
    <StaffPageBar
      staff={staff}
      onDepartment={(code) => page.update('department', code)}
      yearLabel="Année du compte-rendu"
      year={page.year}
      years={page.years.map((y) => ({ value: y, label: formatSchoolYear(y) }))}
      onYear={page.setYear}
    >
      {children}
    </StaffPageBar>
  );
}
