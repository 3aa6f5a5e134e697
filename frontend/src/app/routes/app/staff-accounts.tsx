import { NativeSelect, Paper, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { StaffAccountsList } from '@/features/accounts/components/staff-accounts-list';
import { useDepartments } from '@/features/staff/api/get-departments';
import { RequireRole } from './require-role';

/** "Comptes du personnel" (national admin): the staff accounts of a department. */
export function StaffAccountsRoute() {
  useDocumentTitle('Comptes du personnel — Coopérative en ligne');
  return (
    <RequireRole roles={['admin']}>
      <StaffAccounts />
    </RequireRole>
  );
}

function StaffAccounts() {
  const [params, setParams] = useSearchParams();
  const departments = useDepartments();
  const department = params.get('department') ?? '';
  const name = departments.data?.find((d) => d.code === department)?.name;
  return (
    <>
      <PageHeader
        title="Comptes du personnel"
        subtitle="Les comptes des secrétariats départementaux : création, désactivation, mot de passe à usage unique."
      />
      <Paper withBorder radius="md" p="md" mb="md">
        <NativeSelect
          label="Département"
          value={department}
          onChange={(event) => setParams(event.currentTarget.value ? { department: event.currentTarget.value } : {}, { replace: true })}
          data={[
            { value: '', label: 'Choisissez un département' },
            ...(departments.data ?? []).map((d) => ({ value: d.code ?? '', label: `${d.code} — ${d.name}` })),
          ]}
          maw={420}
        />
      </Paper>
      {department ? (
        <StaffAccountsList key={department} departmentCode={department} departmentName={name} />
      ) : (
        <Text c="dimmed">Choisissez un département pour voir ses comptes.</Text>
      )}
    </>
  );
}
