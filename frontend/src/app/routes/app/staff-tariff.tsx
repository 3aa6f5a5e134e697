import { Group, NativeSelect, Paper, Text } from '@mantine/core';
import { PageHeader } from '@/components/ui/page-header';
import { SchoolYearSelect } from '@/components/ui/school-year-select';
import { useDepartments } from '@/features/department/api/get-departments';
import { TariffEditor } from '@/features/tariff/components/tariff-editor';
import { isAdmin } from '@/lib/auth';
import { staffScreen } from './require-role';
import { useYearParams } from './use-year-params';

/** "Barème": a department's tariff of a school year (staff: theirs; the admin chooses the department). */
export const StaffTariffRoute = staffScreen('Barème', StaffTariff);

function StaffTariff() {
  const { me, params, current, years, year, update } = useYearParams();
  const admin = isAdmin(me);
  const departments = useDepartments({ enabled: admin });
  const department = admin ? (params.get('department') ?? '') : (me.department?.code ?? '');
  const departmentName = admin
    ? departments.data?.find((d) => d.code === department)?.name
    : me.department?.name;

  return (
    <>
      <PageHeader
        title="Barème"
        subtitle={`Les tarifs de l'adhésion et de l'assurance, la campagne et les moyens de paiement${departmentName ? ` de l'${departmentName}` : ''}.`}
      />
      <Paper withBorder radius="md" p="md" mb="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          {admin && (
            <NativeSelect
              label="Département"
              value={department}
              onChange={(event) => update('department', event.currentTarget.value || null)}
              data={[
                { value: '', label: 'Choisissez un département' },
                ...(departments.data ?? []).map((d) => ({ value: d.code ?? '', label: `${d.code} — ${d.name}` })),
              ]}
              style={{ flex: '1 1 260px' }}
            />
          )}
          <SchoolYearSelect years={years} current={current} value={year} onChange={(y) => update('year', y === current ? null : y)} width={220} />
        </Group>
      </Paper>
      {department ? (
        <TariffEditor key={`${department}-${year}`} departmentCode={department} year={year} departmentName={departmentName} />
      ) : (
        <Text c="dimmed">Choisissez un département pour voir son barème.</Text>
      )}
    </>
  );
}
