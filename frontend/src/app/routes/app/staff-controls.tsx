import { PageHeader } from '@/components/ui/page-header';
import { ControlPanel } from '@/features/report/components/control-panel';
import { formatSchoolYear } from '@/lib/format';
import { staffScreen } from './require-role';
import { StaffPageBar, useStaffDepartment } from './staff-page-bar';
import { useReportYearParams } from './use-year-params';

/** « Contrôle des comptes »: a reproducible draw of the year's validated reports, and the follow-up of each. */
export const StaffControlsRoute = staffScreen('Contrôle des comptes', StaffControls);

function StaffControls() {
  const { me, params, due, years, year, update, setYear } = useReportYearParams();
  const staff = useStaffDepartment(me, params);
  return (
    <>
      <PageHeader
        title="Contrôle des comptes"
        subtitle="Un échantillon des comptes-rendus validés, tiré au hasard d'une graine affichée, et le suivi de chaque coopérative tirée."
      />
      <StaffPageBar
        staff={staff}
        onDepartment={(code) => update('department', code)}
        yearLabel="Année du compte-rendu"
        year={year}
        years={years.map((y) => ({ value: y, label: formatSchoolYear(y) }))}
        onYear={setYear}
      />
      {staff.department && <ControlPanel key={`${staff.department}-${year}`} department={staff.department} year={year} due={due} />}
    </>
  );
}
