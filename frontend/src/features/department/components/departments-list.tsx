import { Anchor, Box, Button, Center, Group, Loader, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useDepartments, type Department } from '../api/get-departments';
import { ActionsHeader } from '@/components/ui/actions-header';

type DepartmentsListProps = {
  /** When given (national admin), each row has a "Renommer" button. */
  onRename?: (department: Department) => void;
};

/** The departmental associations; a row opens the cooperatives of that department. */
export function DepartmentsList({ onRename }: DepartmentsListProps = {}) {
  const departments = useDepartments();
  const navigate = useNavigate();

  if (departments.isError) {
    return <QueryError error={departments.error} onRetry={() => departments.refetch()} />;
  }
  if (departments.isPending) {
    return (
      <Center py="xl" role="status">
        <span role="status"><Loader aria-hidden /><VisuallyHidden>Chargement des départements</VisuallyHidden></span>
      </Center>
    );
  }
  if (departments.data.length === 0) {
    return <Text c="dimmed">Aucun département.</Text>;
  }
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <Box visibleFrom="sm">
        <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md" aria-label="Départements">
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th scope="col">Code</Table.Th>
              <Table.Th scope="col">Association</Table.Th>
              <Table.Th scope="col">Ville</Table.Th>
              <Table.Th scope="col">E-mail</Table.Th>
              <Table.Th scope="col">Téléphone</Table.Th>
              {onRename && (
                <ActionsHeader />
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {departments.data.map((d) => (
              <Table.Tr
                key={d.code}
                className="clickable-row"
                onClick={() => navigate(paths.staff.cooperatives.getHref(d.code))}
              >
                <Table.Td fw={600}>{d.code}</Table.Td>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={paths.staff.cooperatives.getHref(d.code)}
                    fw={600}
                    onClick={(e) => e.stopPropagation()}
                  >
                    {d.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{d.city}</Table.Td>
                <Table.Td>{d.email}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{d.phone}</Table.Td>
                {onRename && (
                  <Table.Td>
                    <RenameButton department={d} onRename={onRename} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Box hiddenFrom="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Départements">
        {departments.data.map((d, index) => (
          <Box
            component="li"
            key={d.code}
            px="md"
            py="sm"
            className="clickable-row"
            style={index > 0 ? { borderTop: '1px solid var(--mantine-color-gray-3)' } : undefined}
            onClick={() => navigate(paths.staff.cooperatives.getHref(d.code))}
          >
            <Group gap="xs" wrap="nowrap">
              <Text fw={700} w={40}>
                {d.code}
              </Text>
              <Anchor component={Link} to={paths.staff.cooperatives.getHref(d.code)} fw={600} onClick={(e) => e.stopPropagation()}>
                {d.name}
              </Anchor>
            </Group>
            <Text size="sm" c="dimmed" pl={48}>
              {d.city} · {d.phone}
            </Text>
            <Text size="sm" c="dimmed" pl={48}>
              {d.email}
            </Text>
            {onRename && (
              <Box pl={48} pt={4}>
                <RenameButton department={d} onRename={onRename} />
              </Box>
            )}
          </Box>
        ))}
      </Box>
    </Paper>
  );
}

function RenameButton({ department, onRename }: { department: Department; onRename: (department: Department) => void }) {
  return (
    <Button
      size="xs"
      variant="default"
      aria-label={`Renommer le département ${department.code}`}
      onClick={(e) => {
        e.stopPropagation();
        onRename(department);
      }}
    >
      Renommer
    </Button>
  );
}
