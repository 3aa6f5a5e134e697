import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormError } from '@/components/ui/form-error';
import { paths } from '@/config/paths';
import { useDashboard } from '@/features/dashboard/api/get-dashboard';
import { useDepartmentSettings } from '@/features/department/api/get-settings';
import { Dialog } from '@/components/ui/dialog';
import { errorMessage } from '@/lib/problem';
import { useCreateReminder, type ReminderFilter, type Reminder } from '../api/reminders';
import { PLACEHOLDERS, renderTemplate, startingText, unknownPlaceholders } from '../utils/template';

export type ReminderSelection = { cooperativeIds: number[] } | { filter: ReminderFilter };

type ReminderModalProps = {
  opened: boolean;
  onClose: () => void;
  onSent: (reminder: Reminder) => void;
  departmentCode: string;
  year: string;
  selection: ReminderSelection;
  count: number;
  /** The first recipient, for the preview. */
  first?: { code?: string; schoolName?: string };
  /** The text to start from, when it is not the department's adhesion reminder (e.g. the annual report's). */
  initialText?: { subject: string; body: string };
};

function newKey() {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** "Relancer": the email to the selected cooperatives, with the first one's text as a preview. */
export function ReminderModal(props: ReminderModalProps) {
  return (
    <Dialog opened={props.opened} onClose={props.onClose} title="Relancer les coopératives" size="lg">
      {/* mounted per opening: a fresh idempotency key and the department's text each time */}
      {props.opened && <ReminderText {...props} />}
    </Dialog>
  );
}

/** The text starts from the department's reminder (Paramètres du département), else the platform's default. */
function ReminderText(props: ReminderModalProps) {
  return props.initialText ? (
    <ReminderForm {...props} initialSubject={props.initialText.subject} initialBody={props.initialText.body} />
  ) : (
    <DepartmentReminderText {...props} />
  );
}

function DepartmentReminderText(props: ReminderModalProps) {
  const settings = useDepartmentSettings(props.departmentCode);
  const dashboard = useDashboard(props.departmentCode, props.year);
  if (settings.isPending || dashboard.isPending) {
    return <Loader size="sm" />;
  }
  const own = settings.data?.emailTemplates?.find((t) => t.kind === 'REMINDER');
  const start = startingText(own, dashboard.data?.deadlinePassed === true);
  return <ReminderForm {...props} initialSubject={start.subject} initialBody={start.body} />;
}

function ReminderForm({
  onClose,
  onSent,
  departmentCode,
  year,
  selection,
  count,
  first,
  initialSubject,
  initialBody,
}: ReminderModalProps & { initialSubject: string; initialBody: string }) {
  const [subject, setSubject] = useState(initialSubject);
  const [text, setText] = useState(initialBody);
  const [key] = useState(newKey);
  const [sent, setSent] = useState<Reminder | null>(null);
  const dashboard = useDashboard(departmentCode, year);
  const create = useCreateReminder(departmentCode);
  const unknown = [...unknownPlaceholders(subject), ...unknownPlaceholders(text)];
  const values = {
    code: first?.code ?? '',
    school: first?.schoolName ?? '',
    year,
    deadline: dashboard.data?.deadline ?? `${year.slice(0, 4)}-09-30`,
    department: dashboard.data?.departmentName ?? '',
  };

  if (sent) {
    const p = sent.progress;
    return (
      <Stack gap="md">
        <Alert color="teal" variant="light" role="status" title="Relance enregistrée">
          {sent.recipientCount} coopérative{(sent.recipientCount ?? 0) > 1 ? 's' : ''} : {p?.pending} courriel
          {(p?.pending ?? 0) > 1 ? 's' : ''} en cours d'envoi
          {(p?.skippedNoEmail ?? 0) > 0 && `, ${p?.skippedNoEmail} sans adresse`}
          {(p?.skippedRecent ?? 0) > 0 && `, ${p?.skippedRecent} déjà relancée${(p?.skippedRecent ?? 0) > 1 ? 's' : ''} avec ce texte`}.
        </Alert>
        <Group justify="space-between">
          <Anchor component={Link} to={paths.staff.reminders.getHref()}>
            Suivre l'envoi dans « Relances »
          </Anchor>
          <Button onClick={onClose}>Fermer</Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (unknown.length > 0 || !subject.trim() || !text.trim()) return;
        create.mutate(
          { idempotencyKey: key, request: { subject, body: text, year, ...selection } },
          {
            onSuccess: (reminder) => {
              setSent(reminder);
              onSent(reminder);
            },
          },
        );
      }}
    >
      <Stack gap="md">
        <Text size="sm">
          Un courriel à <strong>{count} coopérative{count > 1 ? 's' : ''}</strong> (au mandataire, à défaut à l'école), envoyé en
          arrière-plan. Champs possibles : {PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.
        </Text>
        <TextInput label="Objet" value={subject} onChange={(e) => setSubject(e.currentTarget.value)} required maxLength={200} />
        <Textarea
          label="Texte"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          required
          autosize
          minRows={6}
          maxRows={14}
          maxLength={5000}
          error={unknown.length > 0 ? `Champ inconnu : ${unknown.map((u) => `{${u}}`).join(', ')}` : undefined}
        />
        {first && (
          <Paper withBorder radius="md" p="sm" bg="gray.0" component="section" aria-label="Aperçu du premier courriel">
            <Text size="xs" c="dimmed" fw={600}>
              Aperçu pour {first.code}
            </Text>
            <Text size="sm" fw={600}>
              {renderTemplate(subject, values)}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {renderTemplate(text, values)}
            </Text>
          </Paper>
        )}
        {create.isError && <FormError title="La relance n'est pas partie">{errorMessage(create.error)}</FormError>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Annuler
          </Button>
          <Button type="submit" leftSection={<IconSend size={18} aria-hidden />} loading={create.isPending}>
            Envoyer à {count} coopérative{count > 1 ? 's' : ''}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
