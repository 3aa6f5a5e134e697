import { zodResolver } from '@hookform/resolvers/zod';
import { useIsMutating } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
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

/** What the lines being typed add to the saved totals, for the preview of the fee. */
export type PendingLines = {
  adults: number;
  pupils: number;
  /** Why the adhesion should not be sent yet (a line typed but not added, a line being edited). */
  unsaved: string | null;
};

export type SortKey = 'position' | 'className' | 'teachers';

export const SORTS: { value: SortKey; label: string }[] = [
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

export const NEW_LINE_FORM = 'new-line-form';
export const EDIT_LINE_FORM = 'edit-line-form';


/**
 * The state of the class lines: the sort, the entry form at the bottom, the line being edited in place, the one
 * being deleted, what a screen reader is told, and the saves. The table (desktop) and the cards (phone) show it.
 */
export function useClassLines(adhesion: Adhesion, editable: boolean, onPendingChange: (pending: PendingLines) => void) {
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

  const askDelete = (line: ClassLine) => {
    remove.reset();
    setDeleting(line);
  };

  return {
    adhesion, editable, sort, setSort, lines, sorted, editing, totals, toConfirm, entry, edit, entryValues, editValues,
    typed, busy, saveEntry, saveEdit, remove, deleting, setDeleting, announcement, submitEntry, startEdit, cancelEdit,
    submitEdit, confirmDelete, askDelete,
  };
}

export type ClassLinesState = ReturnType<typeof useClassLines>;
