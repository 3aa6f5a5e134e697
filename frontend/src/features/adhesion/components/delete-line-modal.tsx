import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { ClassLinesState } from '../hooks/use-class-lines';
import { plural } from '../utils/wording';
import { ChangeError } from './change-error';

/** "Supprimer une ligne": what it holds, then the deletion (its refusal said in French). */
export function DeleteLineModal({ state, onReload }: { state: ClassLinesState; onReload: () => void }) {
  const { deleting, setDeleting, remove, confirmDelete } = state;
  return (
    <Modal
      opened={deleting !== null}
      onClose={() => setDeleting(null)}
      title="Supprimer une ligne"
      centered
      closeButtonProps={{ 'aria-label': 'Fermer' }}
    >
      {deleting && (
        <Stack gap="md">
          <Text>
            Supprimer la ligne « {deleting.className} »
            {deleting.teachers ? ` (${deleting.teachers})` : ''} :{' '}
            {plural(deleting.adults ?? 0, 'enseignant', 'enseignants')} et {plural(deleting.pupils ?? 0, 'élève', 'élèves')} ?
          </Text>
          {remove.isError && <ChangeError error={remove.error} onReload={() => { setDeleting(null); onReload(); }} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setDeleting(null)}>
              Annuler
            </Button>
            <Button color="red" loading={remove.isPending} leftSection={<IconTrash size={18} aria-hidden />} onClick={confirmDelete}>
              Supprimer
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
