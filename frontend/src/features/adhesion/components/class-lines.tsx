import { Alert, Group, NativeSelect, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconInfoCircle } from '@tabler/icons-react';
import { formatSchoolYear } from '@/lib/format';
import type { Adhesion } from '../api/get-adhesion';
import { LINE_FIELDS } from '../api/save-line';
import { EDIT_LINE_FORM, NEW_LINE_FORM, SORTS, useClassLines, type PendingLines, type SortKey } from '../hooks/use-class-lines';
import { ChangeError } from './change-error';
import { ClassLinesCards } from './class-lines-cards';
import { ClassLinesTable } from './class-lines-table';
import { DeleteLineModal } from './delete-line-modal';

export type { PendingLines } from '../hooks/use-class-lines';

type ClassLinesProps = {
  adhesion: Adhesion;
  editable: boolean;
  onPendingChange: (pending: PendingLines) => void;
  onReload: () => void;
};

/**
 * The table of the seeds: one line a class (and one a member attached to the school), the totals, an empty
 * entry row at the bottom ("Valider et calculer"), the pencil to change a line in place, the cross to delete it.
 * On a phone, one card a line. The state lives in {@link useClassLines}.
 */
export function ClassLines({ adhesion, editable, onPendingChange, onReload }: ClassLinesProps) {
  const phone = useMediaQuery('(max-width: 47.99em)') === true;
  const state = useClassLines(adhesion, editable, onPendingChange);
  const { sort, setSort, lines, editing, toConfirm, saveEntry, saveEdit, announcement, submitEntry, submitEdit } = state;
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

      {phone ? <ClassLinesCards state={state} /> : <ClassLinesTable state={state} />}

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

      <DeleteLineModal state={state} onReload={onReload} />
    </Stack>
  );
}
