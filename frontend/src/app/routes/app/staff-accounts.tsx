import { Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { PageHeader } from '@/components/ui/page-header';
import { StaffAccountsList } from '@/features/auth/components/staff-accounts-list';
import { AdminDepartmentPanel, useDepartmentList } from '@/features/department/components/department-choice';
import { RequireRole } from './require-role';
import { useAccount } from './root';

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
  const me = useAccount();
  const { update, department: choice } = useDepartmentList(me);
  const { code: department, name } = choice;
  return (
    <>
      <PageHeader
        title="Comptes du personnel"
        subtitle="Les comptes des secrétariats départementaux : création, désactivation, mot de passe à usage unique."
      />
      <Stack gap="md">
        <AdminDepartmentPanel department={choice} onChange={(code) => update({ department: code })} />
        {department ? (
          <StaffAccountsList key={department} departmentCode={department} departmentName={name} />
        ) : (
          <Text c="dimmed">Choisissez un département pour voir ses comptes.</Text>
        )}
      </Stack>
    </>
  );
}
