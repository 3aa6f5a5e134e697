import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Alert,
  Badge,
  Box,
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useIsMutating } from '@tanstack/react-query';
import { IconCalculator, IconCheck, IconInfoCircle, IconPencil, IconTrash, IconX } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { formatSchoolYear } from '@/lib/format';
import { isApiError, violationsByField } from '@/lib/problem';
import { adhesionChangeKey } from '../api/change-adhesion';
import type { Adhesion, ClassLine } from '../api/get-adhesion';
import {
  EMPTY_LINE,
  LINE_FIELDS,
  countOf,
  lineInputSchema,
  lineRequest,
  lineValues,
  useDeleteLine,
  useSaveLine,
  type LineInput,
} from '../api/save-line';
import { plural } from '../utils/wording';
import { ChangeError } from './change-error';
import { LineFields } from './line-fields';

/** What the lines being typed add to the saved totals, for the preview of the fee. */
export type PendingLines = {
  adults: number;
  pupils: number;
  /** Why the adhesion should not be sent yet (a line typed but not added, a line being edited). */
  unsaved: string | null;
};

type SortKey = 'position' | 'className' | 'teachers';

const SORTS: { value: SortKey; label: string }[] = [
  { value: 'position', label: 'ordre de saisie' },
  { value: 'className', label: 'nom de classe' },
  { value: 'teachers', label: 'enseignant' },
];

const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

function sortLines(lines: ClassLine[], key: SortKey): ClassLine[] {
  const sorted = [...lines];
  if (key === 'position') return sorted.sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  return sorted.sort(
    (a, b) => collator.compare(a[key] ?? '', b[key] ?? '') || (a.position ?? 0) - (b.position ?? 0),
  );
}

function hasInput(values: Partial<LineInput>): boolean {
  return (
    !!values.className?.trim() ||
    !!values.teachers?.trim() ||
    !!values.teacherEmail?.trim() ||
    values.adults !== '' && values.adults !== undefined ||
    values.pupils !== '' && values.pupils !== undefined
  );
}

function showViolations(form: UseFormReturn<LineInput>, error: unknown) {
  if (!isApiError(error)) return;
  const byField = violationsByField(error.violations);
  let first = true;
  for (const field of LINE_FIELDS) {
    if (!byField[field]) continue;
    form.setError(field, { type: 'server', message: byField[field] }, { shouldFocus: first });
    first = false;
  }
}

const NEW_LINE_FORM = 'new-line-form';
const EDIT_LINE_FORM = 'edit-line-form';

type ClassLinesProps = {
  adhesion: Adhesion;
  editable: boolean;
  onPendingChange: (pending: PendingLines) => void;
  onReload: () => void;
};

/**
 * The table of the seeds: one line a class (and one a member attached to the school), the totals, an empty
 * entry row at the bottom ("Valider et calculer"), the pencil to change a line in place, the cross to delete it.
 * On a phone, one card a line.
 */
export function ClassLines({ adhesion, editable, onPendingChange, onReload }: ClassLinesProps) {
  const phone = useMediaQuery('(max-width: 47.99em)') === true;
  const [sort, setSort] = useState<SortKey>('position');
  const [editingId, setEditingId] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<ClassLine | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const entry = useForm<LineInput>({ resolver: zodResolver(lineInputSchema), defaultValues: EMPTY_LINE });
  const edit = useForm<LineInput>({ resolver: zodResolver(lineInputSchema), defaultValues: EMPTY_LINE });
  const saveEntry = useSaveLine();
  const saveEdit = useSaveLine();
  const remove = useDeleteLine();
  const busy = useIsMutating({ mutationKey: adhesionChangeKey }) > 0;

  const lines = useMemo(() => adhesion.lines ?? [], [adhesion.lines]);
  const sorted = useMemo(() => sortLines(lines, sort), [lines, sort]);
  const editing = editable ? (lines.find((l) => l.id === editingId) ?? null) : null;
  const totals = adhesion.totals ?? {};
  const toConfirm = lines.filter((l) => l.toConfirm).length;

  const entryValues = useWatch({ control: entry.control });
  const editValues = useWatch({ control: edit.control });
  const typed = editable && hasInput(entryValues);

  useEffect(() => {
    let adults = typed ? countOf(entryValues.adults) : 0;
    let pupils = typed ? countOf(entryValues.pupils) : 0;
    if (editing) {
      adults += countOf(editValues.adults) - (editing.adults ?? 0);
      pupils += countOf(editValues.pupils) - (editing.pupils ?? 0);
    }
    const unsaved = editing
      ? `La ligne « ${editing.className} » est en cours de modification : enregistrez-la, ou annulez.`
      : typed
        ? 'Une ligne est saisie mais pas encore ajoutée : cliquez sur « Valider et calculer ».'
        : null;
    onPendingChange({ adults, pupils, unsaved });
  }, [typed, entryValues.adults, entryValues.pupils, editing, editValues.adults, editValues.pupils, onPendingChange]);

  // focus the first field of a line once it turns into inputs
  const { setFocus } = edit;
  useEffect(() => {
    if (editingId !== null) setFocus('className');
  }, [editingId, setFocus]);

  const submitEntry = entry.handleSubmit((values) => {
    if (busy) return;
    saveEntry.mutate(
      { adhesion, line: lineRequest(values) },
      {
        onSuccess: (updated) => {
          entry.reset(EMPTY_LINE);
          setAnnouncement(
            `Ligne « ${values.className.trim()} » ajoutée. Total : ${plural(updated.totals?.members ?? 0, 'membre', 'membres')}.`,
          );
          entry.setFocus('className');
        },
        onError: (error) => showViolations(entry, error),
      },
    );
  });

  const startEdit = (line: ClassLine) => {
    saveEdit.reset();
    edit.reset(lineValues(line));
    setEditingId(line.id ?? null);
  };
  const cancelEdit = () => {
    saveEdit.reset();
    setEditingId(null);
  };
  const submitEdit = edit.handleSubmit((values) => {
    if (busy || !editing) return;
    saveEdit.mutate(
      { adhesion, lineId: editing.id!, line: lineRequest(values) },
      {
        onSuccess: () => {
          setAnnouncement(`Ligne « ${values.className.trim()} » enregistrée.`);
          setEditingId(null);
        },
        onError: (error) => showViolations(edit, error),
      },
    );
  });

  const confirmDelete = () => {
    if (!deleting || busy) return;
    const name = deleting.className;
    remove.mutate(
      { adhesion, lineId: deleting.id! },
      {
        onSuccess: () => {
          setDeleting(null);
          if (editingId === deleting.id) setEditingId(null);
          setAnnouncement(`Ligne « ${name} » supprimée.`);
        },
      },
    );
  };

  const actions = (line: ClassLine) => (
    <Group gap={4} wrap="nowrap">
      <ActionIcon
        variant="subtle"
        size="lg"
        aria-label={`Modifier la ligne ${line.className}`}
        title="Modifier"
        onClick={() => startEdit(line)}
        disabled={busy}
      >
        <IconPencil size={20} aria-hidden />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="red"
        size="lg"
        aria-label={`Supprimer la ligne ${line.className}`}
        title="Supprimer"
        onClick={() => {
          remove.reset();
          setDeleting(line);
        }}
        disabled={busy}
      >
        <IconX size={20} aria-hidden />
      </ActionIcon>
    </Group>
  );

  const confirmBadge = (line: ClassLine) =>
    line.toConfirm ? (
      <Badge color="yellow" variant="light" size="sm" radius="sm" tt="none">
        à confirmer
      </Badge>
    ) : null;

  const table = (
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
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((line) =>
            editing?.id === line.id ? (
              <Table.Tr key={line.id} bg="blue.0">
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
            ) : (
              <Table.Tr key={line.id} bg={line.toConfirm ? 'yellow.0' : undefined}>
                <Table.Td>
                  <Group gap={6} wrap="wrap">
                    <Text fw={600} size="sm">
                      {line.className}
                    </Text>
                    {confirmBadge(line)}
                  </Group>
                </Table.Td>
                <Table.Td>{line.teachers}</Table.Td>
                <Table.Td style={{ wordBreak: 'break-word' }}>{line.teacherEmail}</Table.Td>
                <Table.Td ta="right">{line.adults}</Table.Td>
                <Table.Td ta="right">{line.pupils}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {line.total}
                </Table.Td>
                {editable && <Table.Td>{actions(line)}</Table.Td>}
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

  const cards = (
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
                    {confirmBadge(line)}
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
                {editable && actions(line)}
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

  const error = saveEntry.error ?? saveEdit.error;

  return (
    <Stack gap="sm">
      {/* the inputs of a table row belong to these forms (a form cannot wrap table cells) */}
      {!phone && editable && <form id={NEW_LINE_FORM} noValidate onSubmit={submitEntry} />}
      {!phone && editing && <form id={EDIT_LINE_FORM} noValidate onSubmit={submitEdit} />}

      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={2} size="h3" id="class-lines-title">
          Les classes
        </Title>
        {lines.length > 1 && (
          <NativeSelect
            label="Trier par"
            value={sort}
            onChange={(event) => setSort(event.currentTarget.value as SortKey)}
            data={SORTS}
            size="sm"
            w={200}
          />
        )}
      </Group>

      {editable && toConfirm > 0 && (
        <Alert color="yellow" variant="light" role="note" icon={<IconInfoCircle aria-hidden />}>
          <Text size="sm">
            {toConfirm > 1
              ? `${toConfirm} lignes ont été reprises de l'année ${formatSchoolYear(adhesion.previousYear?.schoolYear ?? '')} : elles sont à confirmer.`
              : `Une ligne a été reprise de l'année ${formatSchoolYear(adhesion.previousYear?.schoolYear ?? '')} : elle est à confirmer.`}{' '}
            Vérifiez les effectifs de chacune : cliquez sur le crayon, corrigez-les si besoin, puis enregistrez.
          </Text>
        </Alert>
      )}

      {phone ? cards : table}

      {error && !saveEntry.isPending && !saveEdit.isPending && (
        <ChangeError error={error} onReload={onReload} fieldsShown={LINE_FIELDS} />
      )}

      {editable && (
        <Text size="sm" c="dimmed">
          (*) : saisie obligatoire. Les personnels rattachés à l'école (RASED, ZIL, psychologue…) ont chacun leur ligne,
          avec 0 élève. Les noms des classes et des enseignants seront reportés l'année prochaine.
        </Text>
      )}
      {!editable && lines.length === 0 && <Text c="dimmed">Aucune classe.</Text>}

      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>

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
    </Stack>
  );
}
