import { Group, NativeSelect, Paper } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { useDepartments } from '@/features/department/api/get-departments';
import { ChartEditor } from '@/features/ledger/components/chart-editor';
import { isAdmin } from '@/lib/auth';
import { formatSchoolYear } from '@/lib/format';
import { schoolYearsAround } from '@/lib/school-year';
import { RequireRole } from './require-role';
import { useAccount } from './root';

/** "Plan comptable": the national chart (the admin keeps it) or a department's chart of a year (its staff keep it). */
export function StaffChartRoute() {
  useDocumentTitle('Plan comptable — Coopérative en ligne');
  return (
    <RequireRole roles={['staff', 'admin']}>
      <StaffChart />
    </RequireRole>
  );
}

function StaffChart() {
  const me = useAccount();
  const admin = isAdmin(me);
  const [params, setParams] = useSearchParams();
  const departments = useDepartments({ enabled: admin });
  const current = me.schoolYear ?? '';
  const years = current ? schoolYearsAround(current, 2, 1) : [];
  const requestedYear = params.get('year') ?? '';
  const year = years.includes(requestedYear) ? requestedYear : current;
  // the admin starts on the national chart; staff see their department's
  const department = admin ? params.get('department') || null : (me.department?.code ?? null);

  const update = (key: string, value: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

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
            <NativeSelect
              label="Année scolaire"
              value={year}
              onChange={(event) => update('year', event.currentTarget.value === current ? null : event.currentTarget.value)}
              data={years.map((y) => ({ value: y, label: `${formatSchoolYear(y)}${y === current ? ' (en cours)' : ''}` }))}
              style={{ flex: '0 1 220px' }}
            />
          )}
        </Group>
      </Paper>
      <ChartEditor key={`${department ?? 'national'}-${year}`} department={department} year={year} canEdit={department ? true : admin} />
    </>
  );
}
