import { Button } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { PageHeader } from '@/components/ui/page-header';
import { DepartmentDialog } from '@/features/auth/components/department-dialog';
import type { Department } from '@/features/department/api/get-departments';
import { DepartmentsList } from '@/features/department/components/departments-list';
import { OrphanSweepPanel } from '@/features/documents/components/orphan-sweep-panel';
import { RequireRole } from './require-role';

export function StaffDepartmentsRoute() {
  useDocumentTitle('Départements — Coopérative en ligne');
  // undefined: no dialog; null: a new department; a department: renaming it
  const [editing, setEditing] = useState<Department | null | undefined>(undefined);
  return (
    <RequireRole roles={['admin']}>
      <PageHeader
        title="Départements"
        subtitle="Les associations départementales de l'OCCE. Choisissez-en une pour voir ses coopératives."
        aside={
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing(null)}>
            Nouveau département
          </Button>
        }
      />
      <DepartmentsList onRename={setEditing} />
      <OrphanSweepPanel />
      {editing !== undefined && (
        <DepartmentDialog key={editing?.code ?? 'new'} department={editing} opened onClose={() => setEditing(undefined)} />
      )}
    </RequireRole>
  );
}
