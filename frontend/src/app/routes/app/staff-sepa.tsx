import { Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { PageHeader } from '@/components/ui/page-header';
import { AdminDepartmentPanel, useDepartmentList } from '@/features/department/components/department-choice';
import { SepaCreditorForm } from '@/features/sepa/components/sepa-creditor-form';
import { SepaDebits } from '@/features/sepa/components/sepa-debits';
import { RequireRole } from './require-role';
import { useAccount } from './root';

/**
 * "Prélèvements SEPA": the department as creditor, the validated adhesions paid by direct debit (and those refused,
 * with the reason), the pain.008 file for the bank, and the files already made.
 */
export function StaffSepaRoute() {
  useDocumentTitle('Prélèvements SEPA — Coopérative en ligne');
  const me = useAccount();
  const { update, department } = useDepartmentList(me);
  return (
    <RequireRole roles={['staff', 'admin']}>
      <PageHeader
        title="Prélèvements SEPA"
        subtitle={`Le fichier de prélèvement (norme SEPA pain.008) des adhésions validées payées par prélèvement${
          department.name ? `, pour l'${department.name}` : ''
        }, à déposer sur le site de la banque.`}
      />
      <Stack gap="md">
        <AdminDepartmentPanel department={department} onChange={(code) => update({ department: code })} />
        {!department.code ? (
          <Text c="dimmed">Choisissez un département pour préparer ses prélèvements.</Text>
        ) : (
          <>
            <SepaCreditorForm key={`creditor-${department.code}`} code={department.code} departmentName={department.name} />
            <SepaDebits key={`debits-${department.code}`} code={department.code} currentYear={me.schoolYear ?? ''} />
          </>
        )}
      </Stack>
    </RequireRole>
  );
}
