import { Box, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconMinus } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';

/**
 * The filters of a list live in the URL (back button, sharing a link): this changes some of them at once,
 * an empty value removing its parameter.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  return { params, update };
}

/** The pagination of a list whose page is in the URL (`?page=2`, none for the first). */
export function urlPagination(
  totalPages: number | undefined,
  page: number,
  update: (changes: Record<string, string | null>) => void,
  /** what else a new page does (closing the row left open, say) */
  onPage?: () => void,
) {
  return {
    totalPages: totalPages ?? 0,
    page,
    onChange: (value: number) => {
      onPage?.();
      update({ page: value > 1 ? String(value) : null });
    },
  };
}

/** The page of the URL (`?page=2`), from 0 as the API counts. */
export function pageOf(params: URLSearchParams): number {
  const page = Math.floor(Number(params.get('page') ?? '1')) - 1;
  return Number.isFinite(page) && page > 0 ? page : 0;
}

/** A check of the checklist in a table cell: a mark for the eye, "oui" or "non" for a screen reader. */
export function YesNo({ value, yes = 'oui', no = 'non' }: { value: boolean | undefined; yes?: string; no?: string }) {
  // positioned: the hidden word stays inside the table's scrolling container (else it widens the page on a phone)
  return (
    <Box component="span" pos="relative" display="inline-flex">
      <ThemeIcon size={24} radius="xl" variant="light" color={value ? 'teal' : 'gray'} aria-hidden>
        {value ? <IconCheck size={16} /> : <IconMinus size={16} />}
      </ThemeIcon>
      <VisuallyHidden>{value ? yes : no}</VisuallyHidden>
    </Box>
  );
}

/** A badge in a table cell keeps its words whole: the column widens instead of cutting them ("en…"). */
export const CELL_BADGE_STYLE = { minWidth: 'max-content' } as const;

/** "1 adhésion", "12 adhésions". */
export function CountText({ count, one, many, fetching }: { count: number; one: string; many: string; fetching?: boolean }) {
  return (
    <Text size="sm" c="dimmed" aria-live="polite">
      {count} {count > 1 ? many : one}
      {fetching && ' — mise à jour…'}
    </Text>
  );
}
