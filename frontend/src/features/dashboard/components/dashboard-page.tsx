import { Stack } from '@mantine/core';
import { AdminDepartmentSelect, useDepartmentChoice } from '@/features/department/components/department-choice';
import { useUrlFilters } from '@/components/ui/list-tools';
import { FilterPanel, FilterSelect } from '@/components/ui/filter-panel';
import type { Me } from '@/lib/auth';
import { recentSchoolYears } from '../utils/school-year';
import { CampaignDashboard } from './campaign-dashboard';
import { NationalDashboard } from './national-dashboard';

/** Staff see their department's campaign; the admin sees every department side by side, or one chosen. */
export function DashboardPage({ me }: { me: Me }) {
  const { params, update } = useUrlFilters();
  const department = useDepartmentChoice(me, params);
  const year = params.get('year') ?? undefined;
  const years = recentSchoolYears(me.schoolYear);
  return (
    <Stack gap="md">
      <FilterPanel>
        <AdminDepartmentSelect
          department={department}
          options={[{ value: '', label: 'Tous les départements' }, ...department.options.slice(1)]}
          onChange={(code) => update({ department: code })}
        />
        <FilterSelect
          label="Année scolaire"
          value={year ?? years[0]}
          defaultValue={years[0]}
          onChange={(v) => update({ year: v })}
          data={years.map((y) => ({ value: y, label: y.replace('-', ' - ') }))}
          width={200}
        />
      </FilterPanel>
      {department.code ? (
        <CampaignDashboard code={department.code} year={year} admin={department.admin} />
      ) : (
        <NationalDashboard year={year ?? years[0]} />
      )}
    </Stack>
  );
}
