import { ActionIcon, Badge, Group } from '@mantine/core';
import { IconPencil, IconX } from '@tabler/icons-react';
import type { ClassLine } from '../api/get-adhesion';
import type { ClassLinesState } from '../hooks/use-class-lines';

/** The pencil (change the line in place) and the cross (delete it, after confirming). */
export function LineActions({ line, state }: { line: ClassLine; state: ClassLinesState }) {
  return (
  <Group gap={4} wrap="nowrap">
    <ActionIcon
      variant="subtle"
      size="lg"
      aria-label={`Modifier la ligne ${line.className}`}
      title="Modifier"
      onClick={() => state.startEdit(line)}
      disabled={state.busy}
    >
      <IconPencil size={20} aria-hidden />
    </ActionIcon>
    <ActionIcon
      variant="subtle"
      color="red"
      size="lg"
      aria-label={`Supprimer la ligne ${line.className}`}
      title="Supprimer"
      onClick={() => state.askDelete(line)}
      disabled={state.busy}
    >
      <IconX size={20} aria-hidden />
    </ActionIcon>
  </Group>
  );
}

/** A line carried over from last year whose counts are not confirmed yet. */
export function ConfirmBadge({ line }: { line: ClassLine }) {
  return line.toConfirm ? (
    <Badge color="yellow" variant="light" size="sm" radius="sm" tt="none">
      à confirmer
    </Badge>
  ) : null;
}
