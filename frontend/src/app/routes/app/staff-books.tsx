import { Group, NativeSelect, Paper } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { PageHeader } from '@/components/ui/page-header';
import { useDepartments } from '@/features/department/api/get-departments';
import { DepartmentBooks } from '@/features/ledger/components/department-books';
import { isAdmin } from '@/lib/auth';
import { formatSchoolYear } from '@/lib/format';
import { RequireRole } from './require-role';
import { useYearParams } from './use-year-params';

/** "Cahiers des coopératives": the year's ledgers of the department's cooperatives, summed per heading. */
export function StaffBooksRoute() {
  useDocumentTitle('Cahiers des coopératives — Coopérative en ligne');
  return (
    <RequireRole roles={['staff', 'admin']}>
      <StaffBooks />
    </RequireRole>
  );
}

function StaffBooks() {
  const { me, params, current, years, year, update } = useYearParams();
  const admin = isAdmin(me);
  const departments = useDepartments({ enabled: admin });
  const department = admin ? params.get('department') || (departments.data?.[0]?.code ?? null) : (me.department?.code ?? null);

  return (
    <>
      <PageHeader
        title="Cahiers des coopératives"
        subtitle="Les cahiers de compta. que les coopératives du département tiennent ici, additionnés par rubrique du plan comptable de l'année."
      />
      <Paper withBorder radius="md" p="md" mb="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          {admin && (
            <NativeSelect
              label="Département"
              value={department ?? ''}
              onChange={(event) => update('department', event.currentTarget.value || null)}
              data={(departments.data ?? []).map((d) => ({ value: d.code ?? '', label: `${d.code} — ${d.name}` }))}
              style={{ flex: '1 1 260px' }}
            />
          )}
          <NativeSelect
            label="Année scolaire"
            value={year}
            onChange={(event) => update('year', event.currentTarget.value === current ? null : event.currentTarget.value)}
            data={years.map((y) => ({ value: y, label: `${formatSchoolYear(y)}${y === current ? ' (en cours)' : ''}` }))}
            style={{ flex: '0 1 220px' }}
          />
        </Group>
      </Paper>
      {department && <DepartmentBooks department={department} year={year} />}
    </>
  );
}
