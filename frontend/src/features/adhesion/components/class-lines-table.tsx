import { Fragment } from 'react';
import { ActionIcon, Button, Group, Table, Text } from '@mantine/core';
import { IconCalculator, IconCheck, IconX } from '@tabler/icons-react';
import { countOf } from '../api/save-line';
import { EDIT_LINE_FORM, NEW_LINE_FORM, type ClassLinesState } from '../hooks/use-class-lines';
import { ConfirmBadge, LineActions } from './line-actions';
import { LineErrorsRow, LineFields } from './line-fields';
import { ActionsHeader } from '@/components/ui/actions-header';

/** The lines on a wide screen: the seeds' table, a line edited in place, the entry row, the totals. */
export function ClassLinesTable({ state }: { state: ClassLinesState }) {
  const { editable, sorted, editing, edit, editValues, saveEdit, cancelEdit, entry, typed, entryValues, saveEntry, totals } = state;
  const columns = editable ? 7 : 6;
  return (
  <Table.ScrollContainer minWidth={editable ? 880 : 600} type="native">
    <Table verticalSpacing="xs" horizontalSpacing="xs" aria-labelledby="class-lines-title" layout="auto">
      <Table.Thead bg="gray.0">
        <Table.Tr>
          <Table.Th scope="col" miw={150}>
            Nom de la classe et/ou niveau (*)
          </Table.Th>
          <Table.Th scope="col" miw={150}>
            Enseignant(e)(s)
          </Table.Th>
          <Table.Th scope="col" miw={170}>
            E-mail
          </Table.Th>
          <Table.Th scope="col" ta="right" w={92}>
            Enseignants
          </Table.Th>
          <Table.Th scope="col" ta="right" w={80}>
            Élèves
          </Table.Th>
          <Table.Th scope="col" ta="right" w={56}>
            Total
          </Table.Th>
          {editable && (
            <ActionsHeader />
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((line) =>
          editing?.id === line.id ? (
            <Fragment key={line.id}>
            <Table.Tr bg="blue.0">
              <LineFields form={edit} layout="cells" formId={EDIT_LINE_FORM} labelSuffix={`ligne ${line.className}`} />
              <Table.Td ta="right" fw={600}>
                {countOf(editValues.adults) + countOf(editValues.pupils)}
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon
                    type="submit"
                    form={EDIT_LINE_FORM}
                    size="lg"
                    aria-label="Enregistrer"
                    title="Enregistrer"
                    loading={saveEdit.isPending}
                  >
                    <IconCheck size={20} aria-hidden />
                  </ActionIcon>
                  <ActionIcon variant="default" size="lg" aria-label="Annuler" title="Annuler" onClick={cancelEdit}>
                    <IconX size={20} aria-hidden />
                  </ActionIcon>
                </Group>
              </Table.Td>
            </Table.Tr>
            <LineErrorsRow errors={edit.formState.errors} formId={EDIT_LINE_FORM} colSpan={columns} />
            </Fragment>
          ) : (
            <Table.Tr key={line.id} bg={line.toConfirm ? 'yellow.0' : undefined}>
              <Table.Td>
                <Group gap={6} wrap="wrap">
                  <Text fw={600} size="sm">
                    {line.className}
                  </Text>
                  <ConfirmBadge line={line} />
                </Group>
              </Table.Td>
              <Table.Td>{line.teachers}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>{line.teacherEmail}</Table.Td>
              <Table.Td ta="right">{line.adults}</Table.Td>
              <Table.Td ta="right">{line.pupils}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {line.total}
              </Table.Td>
              {editable && <Table.Td><LineActions line={line} state={state} /></Table.Td>}
            </Table.Tr>
          ),
        )}
        {editable && (
          <Table.Tr>
            <LineFields form={entry} layout="cells" formId={NEW_LINE_FORM} />
            <Table.Td ta="right" c="dimmed">
              {typed ? countOf(entryValues.adults) + countOf(entryValues.pupils) : ''}
            </Table.Td>
            <Table.Td>
              <Button
                type="submit"
                form={NEW_LINE_FORM}
                size="sm"
                loading={saveEntry.isPending}
                leftSection={<IconCalculator size={18} aria-hidden />}
                style={{ whiteSpace: 'nowrap' }}
              >
                Valider et calculer
              </Button>
            </Table.Td>
          </Table.Tr>
        )}
        {editable && <LineErrorsRow errors={entry.formState.errors} formId={NEW_LINE_FORM} colSpan={columns} />}
      </Table.Tbody>
      <Table.Tfoot bg="gray.0">
        <Table.Tr>
          <Table.Th scope="row" colSpan={3} ta="right">
            Total :
          </Table.Th>
          <Table.Td ta="right" fw={700}>
            {totals.adults ?? 0}
          </Table.Td>
          <Table.Td ta="right" fw={700}>
            {totals.pupils ?? 0}
          </Table.Td>
          <Table.Td ta="right" fw={700}>
            {totals.members ?? 0}
          </Table.Td>
          {editable && <Table.Td />}
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  </Table.ScrollContainer>
  );
}
