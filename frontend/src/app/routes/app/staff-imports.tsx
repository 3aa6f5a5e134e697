import { Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { PageHeader } from '@/components/ui/page-header';
import { AdminDepartmentSelect, useDepartmentList } from '@/features/department/components/department-choice';
import { ExportsPanel } from '@/features/imports/components/exports-panel';
import { ImportAdhesionHistory } from '@/features/imports/components/import-adhesion-history';
import { ImportCooperatives } from '@/features/imports/components/import-cooperatives';
import { RequireRole } from './require-role';
import { useAccount } from './root';

/** "Imports et exports": create cooperatives from a CSV file, download the department's CSV files. */
export function StaffImportsRoute() {
  useDocumentTitle('Imports et exports — Coopérative en ligne');
  const me = useAccount();
  const { update, department } = useDepartmentList(me);
  return (
    <RequireRole roles={['staff', 'admin']}>
      <PageHeader
        title="Imports et exports"
        subtitle={`Les coopératives ${department.name ? `de l'${department.name}` : 'du département'} : création depuis un tableur, reprise des adhésions passées, fichiers CSV pour le tableur.`}
      />
      <Stack gap="lg">
        <AdminDepartmentSelect department={department} onChange={(code) => update({ department: code })} />
        {!department.code ? (
          <Text c="dimmed">Choisissez un département.</Text>
        ) : (
          <>
            <ImportCooperatives key={department.code} departmentCode={department.code} />
            <ImportAdhesionHistory key={`history-${department.code}`} departmentCode={department.code} currentYear={me.schoolYear ?? ''} />
            <ExportsPanel key={`exports-${department.code}`} departmentCode={department.code} currentYear={me.schoolYear ?? ''} />
          </>
        )}
      </Stack>
    </RequireRole>
  );
}
