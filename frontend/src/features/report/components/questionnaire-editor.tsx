import { ActionIcon, Alert, Badge, Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ListLoader } from '@/components/ui/data-list-frame';
import { FormError } from '@/components/ui/form-error';
import { QueryError } from '@/components/ui/query-error';
import { formatSchoolYear } from '@/lib/format';
import { errorMessage, isApiError, violationsByField } from '@/lib/problem';
import { useQuestionnaire, useResetQuestionnaire, useSaveQuestionnaire, type Questionnaire, type QuestionRequest } from '../api/reports';

const KINDS = [
  { value: 'NUMBER', label: 'Nombre' },
  { value: 'YES_NO', label: 'Oui / non' },
  { value: 'CHOICE', label: 'Choix' },
  { value: 'TEXT', label: 'Texte libre' },
];

type Row = { code: string; label: string; kind: QuestionRequest['kind']; choices: string; required: boolean };

/** The activity report's questionnaire of a department's year: the national default, or the department's copy, edited. */
export function QuestionnaireEditor({ department, year }: { department: string; year: string }) {
  const questionnaire = useQuestionnaire(department, year);
  if (questionnaire.isPending) return <ListLoader label="Chargement du questionnaire" />;
  if (questionnaire.isError) return <QueryError error={questionnaire.error} onRetry={() => questionnaire.refetch()} />;
  return <Editor key={`${questionnaire.data.origin}-${questionnaire.dataUpdatedAt}`} department={department} year={year} questionnaire={questionnaire.data} />;
}

function Editor({ department, year, questionnaire }: { department: string; year: string; questionnaire: Questionnaire }) {
  const save = useSaveQuestionnaire(department, year);
  const reset = useResetQuestionnaire(department, year);
  const own = questionnaire.origin === 'DEPARTMENT';
  const [rows, setRows] = useState<Row[]>(() =>
    (questionnaire.questions ?? []).map((q) => ({
      code: q.code ?? '',
      label: q.label ?? '',
      kind: (q.kind ?? 'TEXT') as Row['kind'],
      choices: (q.choices ?? []).join(' | '),
      required: !!q.required,
    })),
  );
  const errors = isApiError(save.error) ? violationsByField(save.error.violations) : {};
  const change = (i: number, patch: Partial<Row>) => setRows((all) => all.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const move = (i: number, by: number) =>
    setRows((all) => {
      const next = [...all];
      const [row] = next.splice(i, 1);
      next.splice(i + by, 0, row);
      return next;
    });
  const add = () => {
    let n = rows.length + 1;
    while (rows.some((r) => r.code === `question_${n}`)) n++;
    setRows((all) => [...all, { code: `question_${n}`, label: '', kind: 'TEXT', choices: '', required: false }]);
  };
  const submit = () =>
    save.mutate(
      rows.map((r) => ({
        code: r.code,
        label: r.label,
        kind: r.kind,
        required: r.required,
        choices: r.kind === 'CHOICE' ? r.choices.split('|').map((c) => c.trim()).filter(Boolean) : undefined,
      })),
    );

  return (
    <Stack gap="md">
      <Alert color={own ? 'teal' : 'blue'} variant="light" title={own ? `Questionnaire du département ${department} pour ${formatSchoolYear(year)}` : 'Questionnaire national'}>
        {own
          ? 'Les coopératives répondent à ces questions dans leur compte-rendu d’activité.'
          : 'Les coopératives répondent au questionnaire national. Modifiez-le et enregistrez : le département aura le sien pour cette année.'}
      </Alert>
      {rows.map((r, i) => (
        <Paper key={r.code} withBorder radius="md" p="sm" component="fieldset" aria-label={`Question ${i + 1}`} style={{ margin: 0 }}>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Badge variant="light" color="gray">
              {i + 1}
            </Badge>
            <TextInput label="Question" value={r.label} onChange={(e) => change(i, { label: e.currentTarget.value })} style={{ flex: '1 1 320px' }}
              error={errors[`questions[${i}].label`]} maxLength={300} />
            <NativeSelect label="Réponse" value={r.kind} data={KINDS} onChange={(e) => change(i, { kind: e.currentTarget.value as Row['kind'] })} />
            {r.kind === 'CHOICE' && (
              <TextInput label="Choix (séparés par |)" value={r.choices} onChange={(e) => change(i, { choices: e.currentTarget.value })}
                error={errors[`questions[${i}].choices`]} style={{ flex: '1 1 240px' }} />
            )}
            <Checkbox label="Obligatoire" checked={r.required} onChange={(e) => change(i, { required: e.currentTarget.checked })} mb={8} />
            <Group gap={4} mb={4}>
              <ActionIcon variant="subtle" aria-label={`Monter la question ${i + 1}`} disabled={i === 0} onClick={() => move(i, -1)}>
                <IconArrowUp size={16} aria-hidden />
              </ActionIcon>
              <ActionIcon variant="subtle" aria-label={`Descendre la question ${i + 1}`} disabled={i === rows.length - 1} onClick={() => move(i, 1)}>
                <IconArrowDown size={16} aria-hidden />
              </ActionIcon>
              <ActionIcon variant="subtle" color="red.8" aria-label={`Retirer la question ${i + 1}`} onClick={() => setRows((all) => all.filter((_, k) => k !== i))}>
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          </Group>
        </Paper>
      ))}
      {save.isError && <FormError>{errorMessage(save.error)}</FormError>}
      <Group gap="sm">
        <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={add}>
          Ajouter une question
        </Button>
        <Button onClick={submit} loading={save.isPending} disabled={rows.length === 0}>
          Enregistrer le questionnaire {formatSchoolYear(year)}
        </Button>
        {own && (
          <Button variant="subtle" onClick={() => reset.mutate()} loading={reset.isPending}>
            Revenir au questionnaire national
          </Button>
        )}
      </Group>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          Un questionnaire a au moins une question.
        </Text>
      )}
    </Stack>
  );
}
