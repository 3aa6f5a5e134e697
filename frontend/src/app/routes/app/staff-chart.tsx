import { Group, NativeSelect, Paper } from '@mantine/core';
import { PageHeader } from '@/components/ui/page-header';
import { SchoolYearSelect } from '@/components/ui/school-year-select';
import { useDepartments } from '@/features/department/api/get-departments';
import { ChartEditor } from '@/features/ledger/components/chart-editor';
import { isAdmin } from '@/lib/auth';
import { staffScreen } from './require-role';
import { useYearParams } from './use-year-params';

/** "Plan comptable": the national chart (the admin keeps it) or a department's chart of a year (its staff keep it). */
export const StaffChartRoute = staffScreen('Plan comptable', StaffChart);

function StaffChart() {
  const { me, params, current, years, year, update } = useYearParams();
  const admin = isAdmin(me);
  const departments = useDepartments({ enabled: admin });
  // the admin starts on the national chart; staff see their department's
  const department = admin ? params.get('department') || null : (me.department?.code ?? null);

  return (
    <>
      <PageHeader title="Plan comptable" subtitle="Les rubriques des cahiers de compta. : le plan national, les sous-rubriques et les libellés du département." />
      <Paper withBorder radius="md" p="md" mb="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          {admin && (
            <NativeSelect
              label="Plan"
              value={department ?? ''}
              onChange={(event) => update('department', event.currentTarget.value || null)}
              data={[
                { value: '', label: 'Plan national' },
                ...(departments.data ?? []).map((d) => ({ value: d.code ?? '', label: `${d.code} — ${d.name}` })),
              ]}
              style={{ flex: '1 1 260px' }}
            />
          )}
          {department && (
            <SchoolYearSelect years={years} current={current} value={year} onChange={(y) => update('year', y === current ? null : y)} width={220} />
          )}
        </Group>
      </Paper>
      <ChartEditor key={`${department ?? 'national'}-${year}`} department={department} year={year} canEdit={department ? true : admin} />
    </>
  );
}
