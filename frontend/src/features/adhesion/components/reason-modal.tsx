import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Dialog } from '@/components/ui/dialog';

const MAX_LENGTH = 2000;

type ReasonModalProps = {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** What the decision does, above the text. */
  intro?: ReactNode;
  label: string;
  description?: string;
  /** The sentence when nothing is written. */
  requiredMessage: string;
  submitLabel: string;
  submitColor?: string;
  submitIcon?: ReactNode;
  pending: boolean;
  /** The server's answer when it refused. */
  error?: ReactNode;
  onSubmit: (text: string) => void;
};

/** A decision that needs a written message or reason (correction, reopening, refusal): required, 2,000 characters. */
export function ReasonModal({
  opened,
  onClose,
  title,
  intro,
  label,
  description,
  requiredMessage,
  submitLabel,
  submitColor,
  submitIcon,
  pending,
  error,
  onSubmit,
}: ReasonModalProps) {
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);

  // each opening starts from an empty text
  const [wasOpened, setWasOpened] = useState(opened);
  if (wasOpened !== opened) {
    setWasOpened(opened);
    if (opened) {
      setText('');
      setInvalid(null);
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const trimmed = text.trim();
    if (!trimmed) {
      setInvalid(requiredMessage);
      return;
    }
    if (trimmed.length > MAX_LENGTH) {
      setInvalid('Ce texte compte 2 000 caractères au plus.');
      return;
    }
    onSubmit(trimmed);
  };

  return (
    <Dialog opened={opened} onClose={onClose} title={title} size="lg">
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {typeof intro === 'string' ? <Text size="sm">{intro}</Text> : intro}
          <Textarea
            label={label}
            description={description}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              if (invalid) setInvalid(null);
            }}
            error={invalid}
            required
            autosize
            minRows={4}
            maxRows={12}
            maxLength={MAX_LENGTH}
            data-autofocus
          />
          {error}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Annuler
            </Button>
            <Button type="submit" color={submitColor} loading={pending} leftSection={submitIcon}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
