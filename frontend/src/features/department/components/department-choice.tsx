import { NativeSelect } from '@mantine/core';
import type { ReactNode } from 'react';
import { pageOf, useUrlFilters } from '@/components/ui/list-tools';
import { FilterPanel } from '@/components/ui/filter-panel';
import { isAdmin, type Me } from '@/lib/auth';
import { useDepartments } from '../api/get-departments';

export type DepartmentChoice = {
  admin: boolean;
  /** The department's code: staff's own, or the one the admin chose (`?department=046`); '' when none. */
  code: string;
  /** "OCCE du Lot", when known. */
  name?: string;
};

/** Staff work on their own department; the admin chooses one, as on the Barème. */
export function useDepartmentChoice(me: Me, params: URLSearchParams): DepartmentChoice & { options: { value: string; label: string }[] } {
  const admin = isAdmin(me);
  const departments = useDepartments({ enabled: admin });
  const code = admin ? (params.get('department') ?? '') : (me.department?.code ?? '');
  const name = admin ? departments.data?.find((d) => d.code === code)?.name : me.department?.name;
  const options = [
    { value: '', label: 'Choisissez un département' },
    ...(departments.data ?? []).map((d) => ({ value: d.code ?? '', label: `${d.code} — ${d.name}` })),
  ];
  return { admin, code, name, options };
}

/**
 * The state of a department's paged list, kept in the URL: its filters (`params`, `update`), the department shown
 * (staff's own; the admin's choice) and the page.
 */
export function useDepartmentList(me: Me) {
  const { params, update } = useUrlFilters();
  const department = useDepartmentChoice(me, params);
  return { params, update, department, page: pageOf(params) };
}

type DepartmentSelectProps = {
  value: string;
  options: { value: string; label: string }[];
  onChange: (code: string | null) => void;
};

export function DepartmentSelect({ value, options, onChange }: DepartmentSelectProps) {
  return (
    <NativeSelect
      label="Département"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value || null)}
      data={options}
      style={{ flex: '1 1 260px' }}
    />
  );
}

/** The admin's department select among a list's filters (staff see only their own: nothing). */
export function AdminDepartmentSelect({
  department,
  onChange,
  options,
}: {
  department: DepartmentChoice & { options: { value: string; label: string }[] };
  onChange: (code: string | null) => void;
  /** Other choices than the default ones ("Tous les départements" first, for the national dashboard). */
  options?: { value: string; label: string }[];
}) {
  return department.admin ? (
    <DepartmentSelect value={department.code} options={options ?? department.options} onChange={onChange} />
  ) : null;
}

/** The admin's choice of a department, in its own panel above a list (staff see only their own: nothing). */
export function AdminDepartmentPanel({
  department,
  onChange,
}: {
  department: DepartmentChoice & { options: { value: string; label: string }[] };
  onChange: (code: string | null) => void;
}) {
  if (!department.admin) {
    return null;
  }
  return (
    <FilterPanel>
      <DepartmentSelect value={department.code} options={department.options} onChange={onChange} />
    </FilterPanel>
  );
}

/**
 * The filters above a department's list: the admin's choice of the department first (a new choice goes back to the
 * first page), then the list's own filters.
 */
export function DepartmentListFilters({
  department,
  update,
  children,
}: {
  department: DepartmentChoice & { options: { value: string; label: string }[] };
  update: (changes: Record<string, string | null>) => void;
  children: ReactNode;
}) {
  return (
    <FilterPanel>
      <AdminDepartmentSelect department={department} onChange={(code) => update({ department: code, page: null })} />
      {children}
    </FilterPanel>
  );
}
