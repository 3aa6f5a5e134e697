import { Box, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, type ReactNode } from 'react';

type DetailsToggleProps = {
  open: boolean;
  onToggle: () => void;
  /** The id of the details it opens. */
  controls: string;
  /** The row's name (a subject, an action). */
  children: ReactNode;
};

/** The button of a table row that opens its details below it: a chevron, and the row's name. */
export function DetailsToggle({ open, onToggle, controls, children }: DetailsToggleProps) {
  return (
    <UnstyledButton
      onClick={onToggle}
      aria-expanded={open}
      aria-controls={controls}
      style={{ display: 'flex', alignItems: 'flex-start', gap: 6 }}
    >
      <Box component="span" mt={2} style={{ flex: 'none', display: 'inline-flex' }} aria-hidden>
        {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
      </Box>
      <Text span size="sm" fw={600} c="blue.9" style={{ wordBreak: 'break-word' }}>
        {children}
      </Text>
    </UnstyledButton>
  );
}

/** A row's details, in a row of their own below it (hidden while closed), spanning the table's columns. */
export function DetailsRow({ id, open, colSpan, children }: { id: string; open: boolean; colSpan: number; children: ReactNode }) {
  return (
    <Table.Tr hidden={!open}>
      <Table.Td colSpan={colSpan} p={0} id={id}>
        {/* as wide as the screen, and kept in view, when the table scrolls sideways (phone) */}
        <Box px="md" py="sm" bg="gray.0" style={{ position: 'sticky', left: 0, width: 'min(100%, calc(100vw - 2rem))' }}>
          {children}
        </Box>
      </Table.Td>
    </Table.Tr>
  );
}

type ExpandableRowsProps<T> = {
  items: T[];
  /** a row's key; its details' id is `${idPrefix}-${key}` */
  keyOf: (item: T) => number | string | undefined;
  /** the key of the row whose details are open, if any */
  openKey: number | string | null;
  idPrefix: string;
  colSpan: number;
  /** a row's cells; its DetailsToggle controls `detailsId` */
  cells: (item: T, open: boolean, detailsId: string) => ReactNode;
  /** what opens below a row, in a row hidden while closed: render what must be fetched only when `open` */
  details: (item: T, open: boolean) => ReactNode;
  /** the open row's background */
  openBg?: string;
};

/** The body of a table whose rows open their details below them, one at a time. */
export function ExpandableRows<T>({ items, keyOf, openKey, idPrefix, colSpan, cells, details, openBg }: ExpandableRowsProps<T>) {
  return (
    <Table.Tbody>
      {items.map((item) => {
        const key = keyOf(item);
        const open = key != null && key === openKey;
        const detailsId = `${idPrefix}-${key}`;
        return (
          <Fragment key={key}>
            <Table.Tr bg={open ? openBg : undefined}>{cells(item, open, detailsId)}</Table.Tr>
            <DetailsRow id={detailsId} open={open} colSpan={colSpan}>
              {details(item, open)}
            </DetailsRow>
          </Fragment>
        );
      })}
    </Table.Tbody>
  );
}
