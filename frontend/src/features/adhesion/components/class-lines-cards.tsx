import { Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalculator, IconCheck } from '@tabler/icons-react';
import type { ClassLinesState } from '../hooks/use-class-lines';
import { plural } from '../utils/wording';
import { ConfirmBadge, LineActions } from './line-actions';
import { LineFields } from './line-fields';

/** The lines on a phone: one card a line (edited in the card), the totals, the form to add one. */
export function ClassLinesCards({ state }: { state: ClassLinesState }) {
  const { editable, sorted, editing, edit, submitEdit, cancelEdit, saveEdit, totals, entry, submitEntry, saveEntry } = state;
  return (
  <Stack gap="sm">
    <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-labelledby="class-lines-title">
      {sorted.map((line) => (
        <Paper
          component="li"
          key={line.id}
          withBorder
          radius="md"
          p="sm"
          bg={editing?.id === line.id ? 'blue.0' : line.toConfirm ? 'yellow.0' : undefined}
        >
          {editing?.id === line.id ? (
            <form noValidate onSubmit={submitEdit} aria-label={`Modifier la ligne ${line.className}`}>
              <Stack gap="sm">
                <LineFields form={edit} layout="stack" labelSuffix={`ligne ${line.className}`} />
                <Group gap="xs" justify="flex-end">
                  <Button variant="default" onClick={cancelEdit}>
                    Annuler
                  </Button>
                  <Button type="submit" loading={saveEdit.isPending} leftSection={<IconCheck size={18} aria-hidden />}>
                    Enregistrer
                  </Button>
                </Group>
              </Stack>
            </form>
          ) : (
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Box style={{ minWidth: 0 }}>
                <Group gap={6}>
                  <Text fw={700}>{line.className}</Text>
                  <ConfirmBadge line={line} />
                </Group>
                {line.teachers && <Text size="sm">{line.teachers}</Text>}
                {line.teacherEmail && (
                  <Text size="sm" c="dimmed" style={{ wordBreak: 'break-word' }}>
                    {line.teacherEmail}
                  </Text>
                )}
                <Text size="sm" mt={4}>
                  {plural(line.adults ?? 0, 'enseignant', 'enseignants')} · {plural(line.pupils ?? 0, 'élève', 'élèves')} ·{' '}
                  <Text span fw={700} inherit style={{ whiteSpace: 'nowrap' }}>
                    {line.total} au total
                  </Text>
                </Text>
              </Box>
              {editable && <LineActions line={line} state={state} />}
            </Group>
          )}
        </Paper>
      ))}
    </Stack>
    <Paper withBorder radius="md" p="sm" bg="gray.0">
      <Text fw={700}>
        Total : {plural(totals.adults ?? 0, 'enseignant', 'enseignants')} · {plural(totals.pupils ?? 0, 'élève', 'élèves')} ·{' '}
        {plural(totals.members ?? 0, 'membre', 'membres')}
      </Text>
    </Paper>
    {editable && (
      <Paper withBorder radius="md" p="sm" component="form" noValidate onSubmit={submitEntry} aria-labelledby="new-line-title">
        <Title order={3} size="h5" mb="xs" id="new-line-title">
          Ajouter une classe
        </Title>
        <Stack gap="sm">
          <LineFields form={entry} layout="stack" />
          <Button type="submit" loading={saveEntry.isPending} leftSection={<IconCalculator size={18} aria-hidden />}>
            Valider et calculer
          </Button>
        </Stack>
      </Paper>
    )}
  </Stack>
  );
}
