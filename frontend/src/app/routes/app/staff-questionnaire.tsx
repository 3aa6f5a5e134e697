import { Group, NativeSelect, Paper } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { PageHeader } from '@/components/ui/page-header';
import { useDepartments } from '@/features/department/api/get-departments';
import { QuestionnaireEditor } from '@/features/report/components/questionnaire-editor';
import { isAdmin } from '@/lib/auth';
import { formatSchoolYear } from '@/lib/format';
import { RequireRole } from './require-role';
import { useReportYearParams } from './use-year-params';

/** « Questionnaire du compte-rendu »: the activity report's questions of a year (the national default, or the department's). */
export function StaffQuestionnaireRoute() {
  useDocumentTitle('Questionnaire du compte-rendu — Coopérative en ligne');
  return (
    <RequireRole roles={['staff', 'admin']}>
      <StaffQuestionnaire />
    </RequireRole>
  );
}

function StaffQuestionnaire() {
  const { me, params, years, year, update, setYear } = useReportYearParams(2);
  const admin = isAdmin(me);
  const departments = useDepartments({ enabled: admin });
  const department = admin ? params.get('department') || (departments.data?.[0]?.code ?? null) : (me.department?.code ?? null);
  return (
    <>
      <PageHeader title="Questionnaire du compte-rendu" subtitle="Les questions du compte-rendu d'activité auxquelles les coopératives répondent pour l'année." />
      <Paper withBorder radius="md" p="md" mb="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          {admin && (
            <NativeSelect label="Département" value={department ?? ''} onChange={(e) => update('department', e.currentTarget.value || null)}
              data={(departments.data ?? []).map((d) => ({ value: d.code ?? '', label: `${d.code} — ${d.name}` }))} />
          )}
          <NativeSelect label="Année du compte-rendu" value={year} onChange={(e) => setYear(e.currentTarget.value)}
            data={years.map((y) => ({ value: y, label: formatSchoolYear(y) }))} />
        </Group>
      </Paper>
      {department && <QuestionnaireEditor key={`${department}-${year}`} department={department} year={year} />}
    </>
  );
}
