import { Center, Group, Loader, Paper, Stack, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { ListPagination } from './list-pagination';
import { QueryError } from './query-error';

/** What the frame needs of a TanStack query: its state and a way to try again. */
type ListQuery = {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch?: () => unknown;
};

type DataListFrameProps = {
  query: ListQuery;
  /** Whether the page read is empty (the empty state is shown instead of the list). */
  empty: boolean;
  /** Read to a screen reader while the list loads: "Chargement des courriels". */
  loadingLabel: string;
  /** The title of the alert when the list could not be read. */
  errorTitle: string;
  /** The empty state: an icon, a sentence, what to do, and a way to do it (a link). */
  emptyIcon: ReactNode;
  emptyTitle: ReactNode;
  emptyHint?: ReactNode;
  emptyAction?: ReactNode;
  /** Said instead of the list when it cannot be asked for yet ("Choisissez un département…"). */
  unavailable?: ReactNode;
  /** The line above the list inside its frame: the count, and actions at its right. */
  header?: ReactNode;
  /** The pages below the list (nothing when there is one page). */
  pagination: { totalPages: number; page: number; onChange: (page: number) => void };
  /** The list itself (a table). */
  children: ReactNode;
  /** In a bordered panel (a table, the default), or bare (cards that have their own borders). */
  framed?: boolean;
};

/** A list being read: a spinner for the eye, a sentence for a screen reader (a spinner is no image to name). */
export function ListLoader({ label, size }: { label: string; size?: 'sm' | 'md' }) {
  return (
    <Center py={size === 'sm' ? 'md' : 'xl'} role="status">
      <Loader size={size} aria-hidden />
      <VisuallyHidden>{label}</VisuallyHidden>
    </Center>
  );
}

/**
 * The frame of a staff list read page by page from the server: the loader, the error (with "Réessayer"), the empty
 * state, or the list in a bordered panel under its header; the pagination below.
 */
export function DataListFrame({
  query,
  empty,
  loadingLabel,
  errorTitle,
  emptyIcon,
  emptyTitle,
  emptyHint,
  emptyAction,
  unavailable,
  header,
  pagination,
  children,
  framed = true,
}: DataListFrameProps) {
  let content: ReactNode;
  if (unavailable) {
    content = <Text c="dimmed">{unavailable}</Text>;
  } else if (query.isError) {
    content = <QueryError error={query.error} onRetry={query.refetch && (() => query.refetch!())} title={errorTitle} />;
  } else if (query.isPending) {
    content = <ListLoader label={loadingLabel} />;
  } else if (empty) {
    content = (
      <Paper withBorder radius="md" p="xl">
        <Stack align="center" gap="xs" ta="center">
          <ThemeIcon size={48} radius="xl" variant="light" color="gray" aria-hidden>
            {emptyIcon}
          </ThemeIcon>
          <Text fw={600}>{emptyTitle}</Text>
          {emptyHint && (
            <Text size="sm" c="dimmed">
              {emptyHint}
            </Text>
          )}
          {emptyAction}
        </Stack>
      </Paper>
    );
  } else if (!framed) {
    content = (
      <Stack gap="sm">
        {header && <Group justify="space-between">{header}</Group>}
        {children}
      </Stack>
    );
  } else {
    content = (
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        {header && (
          <Group px="md" py="sm" justify="space-between">
            {header}
          </Group>
        )}
        {children}
      </Paper>
    );
  }
  return (
    <>
      {content}
      <ListPagination {...pagination} />
    </>
  );
}
