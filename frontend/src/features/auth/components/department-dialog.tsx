import { Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { FormError } from '@/components/ui/form-error';
import { Dialog } from '@/components/ui/dialog';
import type { Department } from '@/features/department/api/get-departments';
import { errorMessage, isApiError, violationsByField } from '@/lib/problem';
import { useSaveDepartment } from '../api/departments';

type DepartmentDialogProps = {
  /** The department to rename; null to create one. */
  department: Department | null;
  opened: boolean;
  onClose: () => void;
};

/** The national admin creates a department (code and name) or renames one. */
export function DepartmentDialog({ department, opened, onClose }: DepartmentDialogProps) {
  const save = useSaveDepartment();
  const [code, setCode] = useState(department?.code ?? '');
  const [name, setName] = useState(department?.name ?? '');
  const fieldErrors = isApiError(save.error) ? violationsByField(save.error.violations) : {};
  const stale = isApiError(save.error) && save.error.is('stale-version');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { code: code.trim(), name: name.trim(), version: department ? department.version : undefined },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'teal',
            icon: <IconCheck size={18} aria-hidden />,
            title: department ? 'Département renommé' : 'Département créé',
            message: `${saved.code} — ${saved.name}`,
          });
          onClose();
        },
      },
    );
  };
  return (
    <Dialog opened={opened} onClose={onClose} title={department ? `Renommer le département ${department.code}` : 'Nouveau département'}>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          <TextInput
            label="Code"
            description="Trois caractères, par exemple 047 ou 02A. Il ne change plus ensuite."
            required
            maxLength={3}
            maw={160}
            readOnly={!!department}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value.toUpperCase())}
            error={fieldErrors.code}
          />
          <TextInput
            label="Nom"
            required
            placeholder="Ex. : OCCE de Lot-et-Garonne"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldErrors.name}
          />
          {save.isError && (stale || Object.keys(fieldErrors).length === 0) && <FormError>{errorMessage(save.error)}</FormError>}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Annuler
            </Button>
            <Button type="submit" loading={save.isPending}>
              {department ? 'Renommer' : 'Créer le département'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
