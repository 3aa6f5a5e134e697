import { PageHeader } from '@/components/ui/page-header';
import { QuestionnaireEditor } from '@/features/report/components/questionnaire-editor';
import { staffScreen } from './require-role';
import { ReportYearBar, useStaffDepartment } from './staff-page-bar';
import { useReportYearParams } from './use-year-params';

/** « Questionnaire du compte-rendu »: the activity report's questions of a year (the national default, or the department's). */
export const StaffQuestionnaireRoute = staffScreen('Questionnaire du compte-rendu', StaffQuestionnaire);

function StaffQuestionnaire() {
  const page = useReportYearParams(2);
  const { year } = page;
  const staff = useStaffDepartment(page.me, page.params);
  const { department } = staff;
  return (
    <>
      <PageHeader title="Questionnaire du compte-rendu" subtitle="Les questions du compte-rendu d'activité auxquelles les coopératives répondent pour l'année." />
      <ReportYearBar page={page} staff={staff} />
      {department && <QuestionnaireEditor key={`${department}-${year}`} department={department} year={year} />}
    </>
  );
}
