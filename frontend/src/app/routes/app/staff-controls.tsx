import { PageHeader } from '@/components/ui/page-header';
import { ControlPanel } from '@/features/report/components/control-panel';
import { staffScreen } from './require-role';
import { ReportYearBar, useStaffDepartment } from './staff-page-bar';
import { useReportYearParams } from './use-year-params';

/** « Contrôle des comptes »: a reproducible draw of the year's validated reports, and the follow-up of each. */
export const StaffControlsRoute = staffScreen('Contrôle des comptes', StaffControls);

function StaffControls() {
  const page = useReportYearParams();
  const { due, year } = page;
  const staff = useStaffDepartment(page.me, page.params);
  return (
    <>
      <PageHeader
        title="Contrôle des comptes"
        subtitle="Un échantillon des comptes-rendus validés, tiré au hasard d'une graine affichée, et le suivi de chaque coopérative tirée."
      />
      <ReportYearBar page={page} staff={staff} />
      {staff.department && <ControlPanel key={`${staff.department}-${year}`} department={staff.department} year={year} due={due} />}
    </>
  );
}
