import { Button, Group, NativeSelect, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormError } from '@/components/ui/form-error';
import { formatSchoolYear } from '@/lib/format';
import { errorMessage, isApiError, violationsByField } from '@/lib/problem';
import { useSaveActivityReport, type AnnualReport, type ReportQuestion } from '../api/reports';

/** « Compte-rendu d'activité » (CRA): the department's questions of the year, answered as typed; required ones checked when sent. */
export function ActivityReport({ cooperativeId, year, report, canWrite }: { cooperativeId: number; year: string; report: AnnualReport; canWrite: boolean }) {
  const questions = report.activity ?? [];
  const [answers, setAnswers] = useState<Record<string, string>>(() =>
    Object.fromEntries(questions.map((q) => [q.code ?? '', q.answer ?? ''])),
  );
  const save = useSaveActivityReport(cooperativeId, year);
  const errors = isApiError(save.error) ? violationsByField(save.error.violations) : {};
  const set = (code: string, value: string) => setAnswers((a) => ({ ...a, [code]: value }));
  const dirty = questions.some((q) => (answers[q.code ?? ''] ?? '') !== (q.answer ?? ''));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ answers, version: report.version });
  };

  return (
    <Paper withBorder radius="md" p="md" component="form" onSubmit={submit} aria-label={`Compte-rendu d'activité ${formatSchoolYear(year)}`}>
      <Title order={2} size="h4" mb={4}>
        Compte-Rendu d'Activité {formatSchoolYear(year)}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        La vie de la coopérative pendant l'année. Les questions marquées d'un astérisque sont obligatoires pour envoyer le compte-rendu.
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {questions.map((q) => (
          <Answer key={q.code} question={q} value={answers[q.code ?? ''] ?? ''} onChange={(v) => set(q.code ?? '', v)} canWrite={canWrite}
            error={errors[`answers.${q.code}`]} />
        ))}
      </SimpleGrid>
      {save.isError && !Object.keys(errors).length && <FormError>{errorMessage(save.error)}</FormError>}
      {canWrite && (
        <Group mt="md">
          <Button type="submit" variant={dirty ? 'filled' : 'default'} loading={save.isPending}>
            Enregistrer les réponses
          </Button>
          {dirty && (
            <Text size="sm" c="dimmed">
              Réponses non enregistrées.
            </Text>
          )}
        </Group>
      )}
    </Paper>
  );
}

function Answer({ question: q, value, onChange, canWrite, error }: {
  question: ReportQuestion;
  value: string;
  onChange: (value: string) => void;
  canWrite: boolean;
  error?: string;
}) {
  const label = q.label ?? '';
  if (!canWrite) {
    const shown = q.kind === 'YES_NO' ? (value === 'true' ? 'Oui' : value === 'false' ? 'Non' : '') : value;
    return (
      <Stack gap={2}>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{shown || '—'}</Text>
      </Stack>
    );
  }
  switch (q.kind) {
    case 'NUMBER':
      return (
        <TextInput label={label} withAsterisk={q.required} inputMode="numeric" value={value} error={error}
          onChange={(e) => onChange(e.currentTarget.value)} maxLength={6} />
      );
    case 'YES_NO':
      return (
        <Stack gap={4}>
          <Text size="sm" fw={500} id={`question-${q.code}`}>
            {label}
            {q.required && <Text span c="red"> *</Text>}
          </Text>
          <SegmentedControl aria-labelledby={`question-${q.code}`} value={value} onChange={onChange}
            data={[{ value: 'true', label: 'Oui' }, { value: 'false', label: 'Non' }]} />
          {error && <Text size="xs" c="red.8">{error}</Text>}
        </Stack>
      );
    case 'CHOICE':
      return (
        <NativeSelect label={label} withAsterisk={q.required} value={value} error={error} onChange={(e) => onChange(e.currentTarget.value)}
          data={[{ value: '', label: '—' }, ...(q.choices ?? []).map((c) => ({ value: c, label: c }))]} />
      );
    default:
      return (
        <Textarea label={label} withAsterisk={q.required} value={value} error={error} autosize minRows={2} maxLength={4000}
          onChange={(e) => onChange(e.currentTarget.value)} />
      );
  }
}
