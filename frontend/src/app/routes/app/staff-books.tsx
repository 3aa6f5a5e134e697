import { PageHeader } from '@/components/ui/page-header';
import { DepartmentBooks } from '@/features/ledger/components/department-books';
import { formatSchoolYear } from '@/lib/format';
import { staffScreen } from './require-role';
import { StaffPageBar, useStaffDepartment } from './staff-page-bar';
import { useYearParams } from './use-year-params';

/** "Cahiers des coopératives": the year's ledgers of the department's cooperatives, summed per heading. */
export const StaffBooksRoute = staffScreen('Cahiers des coopératives', StaffBooks);

function StaffBooks() {
  const { me, params, current, years, year, update } = useYearParams();
  const staff = useStaffDepartment(me, params);
  const { department } = staff;

  return (
    <>
      <PageHeader
        title="Cahiers des coopératives"
        subtitle="Les cahiers de compta. que les coopératives du département tiennent ici, additionnés par rubrique du plan comptable de l'année."
      />
      <StaffPageBar
        staff={staff}
        onDepartment={(code) => update('department', code)}
        yearLabel="Année scolaire"
        year={year}
        years={years.map((y) => ({ value: y, label: `${formatSchoolYear(y)}${y === current ? ' (en cours)' : ''}` }))}
        onYear={(y) => update('year', y === current ? null : y)}
      />
      {department && <DepartmentBooks department={department} year={year} />}
    </>
  );
}
