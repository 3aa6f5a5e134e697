import { Box, Group, NativeSelect, Paper, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconMinus } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useDepartments } from '@/features/staff/api/get-departments';
import { isAdmin, type Me } from '@/lib/auth';

/**
 * The filters of a list live in the URL (back button, sharing a link): this changes some of them at once,
 * an empty value removing its parameter.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  return { params, update };
}

/** The page of the URL (`?page=2`), from 0 as the API counts. */
export function pageOf(params: URLSearchParams): number {
  const page = Math.floor(Number(params.get('page') ?? '1')) - 1;
  return Number.isFinite(page) && page > 0 ? page : 0;
}

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
    <Paper withBorder radius="md" p="md">
      <Group align="flex-end" gap="md" wrap="wrap">
        <DepartmentSelect value={department.code} options={department.options} onChange={onChange} />
      </Group>
    </Paper>
  );
}

export { ListPagination } from '@/components/ui/list-pagination';
export { ListLoader } from '@/components/ui/data-list-frame';

/** A check of the checklist in a table cell: a mark for the eye, "oui" or "non" for a screen reader. */
export function YesNo({ value, yes = 'oui', no = 'non' }: { value: boolean | undefined; yes?: string; no?: string }) {
  // positioned: the hidden word stays inside the table's scrolling container (else it widens the page on a phone)
  return (
    <Box component="span" pos="relative" display="inline-flex">
      <ThemeIcon size={24} radius="xl" variant="light" color={value ? 'teal' : 'gray'} aria-hidden>
        {value ? <IconCheck size={16} /> : <IconMinus size={16} />}
      </ThemeIcon>
      <VisuallyHidden>{value ? yes : no}</VisuallyHidden>
    </Box>
  );
}

/** A badge in a table cell keeps its words whole: the column widens instead of cutting them ("en…"). */
export const CELL_BADGE_STYLE = { minWidth: 'max-content' } as const;

/** "1 adhésion", "12 adhésions". */
export function CountText({ count, one, many, fetching }: { count: number; one: string; many: string; fetching?: boolean }) {
  return (
    <Text size="sm" c="dimmed" aria-live="polite">
      {count} {count > 1 ? many : one}
      {fetching && ' — mise à jour…'}
    </Text>
  );
}
