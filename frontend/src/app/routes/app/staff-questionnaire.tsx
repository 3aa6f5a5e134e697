import { PageHeader } from '@/components/ui/page-header';
import { QuestionnaireEditor } from '@/features/report/components/questionnaire-editor';
import { formatSchoolYear } from '@/lib/format';
import { staffScreen } from './require-role';
import { StaffPageBar, useStaffDepartment } from './staff-page-bar';
import { useReportYearParams } from './use-year-params';

/** « Questionnaire du compte-rendu »: the activity report's questions of a year (the national default, or the department's). */
export const StaffQuestionnaireRoute = staffScreen('Questionnaire du compte-rendu', StaffQuestionnaire);

function StaffQuestionnaire() {
  const { me, params, years, year, update, setYear } = useReportYearParams(2);
  const staff = useStaffDepartment(me, params);
  const { department } = staff;
  return (
    <>
      <PageHeader title="Questionnaire du compte-rendu" subtitle="Les questions du compte-rendu d'activité auxquelles les coopératives répondent pour l'année." />
      <StaffPageBar
        staff={staff}
        onDepartment={(code) => update('department', code)}
        yearLabel="Année du compte-rendu"
        year={year}
        years={years.map((y) => ({ value: y, label: formatSchoolYear(y) }))}
        onYear={setYear}
      />
      {department && <QuestionnaireEditor key={`${department}-${year}`} department={department} year={year} />}
    </>
  );
}
