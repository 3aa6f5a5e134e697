import { Center, Pagination } from '@mantine/core';

type ListPaginationProps = {
  totalPages: number;
  /** From 0. */
  page: number;
  /** The new page, from 1 as the URL shows it. */
  onChange: (page: number) => void;
};

/** The pages of a server-paginated list, with French names for screen readers. */
export function ListPagination({ totalPages, page, onChange }: ListPaginationProps) {
  if (totalPages <= 1) return null;
  return (
    <Center>
      <Pagination
        total={totalPages}
        value={page + 1}
        onChange={onChange}
        siblings={1}
        boundaries={1}
        aria-label="Pages"
        getItemProps={(p) => ({ 'aria-label': `Page ${p}`, 'aria-current': p === page + 1 ? 'page' : undefined })}
        getControlProps={(control) => ({
          'aria-label': {
            first: 'Première page',
            previous: 'Page précédente',
            next: 'Page suivante',
            last: 'Dernière page',
          }[control],
        })}
      />
    </Center>
  );
}
