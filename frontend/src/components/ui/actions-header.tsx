import { Table, VisuallyHidden } from '@mantine/core';

/** The header of a table's last column, the row's buttons: read « Actions » by screen readers, blank on screen. */
export function ActionsHeader() {
  return (
    <Table.Th scope="col">
      <VisuallyHidden>Actions</VisuallyHidden>
    </Table.Th>
  );
}
