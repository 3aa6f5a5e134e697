import { Group, NativeSelect, Paper } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { useDepartments } from '@/features/department/api/get-departments';
import { QuestionnaireEditor } from '@/features/report/components/questionnaire-editor';
import { isAdmin } from '@/lib/auth';
import { formatSchoolYear } from '@/lib/format';
import { schoolYearsAround, shiftSchoolYear } from '@/lib/school-year';
import { RequireRole } from './require-role';
import { useAccount } from './root';

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
  const me = useAccount();
  const admin = isAdmin(me);
  const departments = useDepartments({ enabled: admin });
  const [params, setParams] = useSearchParams();
  const current = me.schoolYear ?? '';
  const due = current ? shiftSchoolYear(current, -1) : '';
  const years = current ? schoolYearsAround(current, 2, 0) : [];
  const year = years.includes(params.get('annee') ?? '') ? params.get('annee')! : due;
  const department = admin ? params.get('department') || (departments.data?.[0]?.code ?? null) : (me.department?.code ?? null);
  const update = (key: string, value: string | null) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  return (
    <>
      <PageHeader title="Questionnaire du compte-rendu" subtitle="Les questions du compte-rendu d'activité auxquelles les coopératives répondent pour l'année." />
      <Paper withBorder radius="md" p="md" mb="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          {admin && (
            <NativeSelect label="Département" value={department ?? ''} onChange={(e) => update('department', e.currentTarget.value || null)}
              data={(departments.data ?? []).map((d) => ({ value: d.code ?? '', label: `${d.code} — ${d.name}` }))} />
          )}
          <NativeSelect label="Année du compte-rendu" value={year} onChange={(e) => update('annee', e.currentTarget.value === due ? null : e.currentTarget.value)}
            data={years.map((y) => ({ value: y, label: formatSchoolYear(y) }))} />
        </Group>
      </Paper>
      {department && <QuestionnaireEditor key={`${department}-${year}`} department={department} year={year} />}
    </>
  );
}
