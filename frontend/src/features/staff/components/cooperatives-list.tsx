import {
  Anchor,
  Box,
  Center,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  ThemeIcon,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { ListPagination } from '@/components/ui/list-pagination';
import { IconSearch, IconSchoolOff } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useDepartments } from '../api/get-departments';
import { useCooperatives } from '../api/search-cooperatives';

type CooperativesListProps = {
  /** The admin chooses a department; staff see theirs only. */
  canChooseDepartment: boolean;
};

/** Search, table and pagination of the cooperatives; the search lives in the URL (back button, sharing). */
export function CooperativesList({ canChooseDepartment }: CooperativesListProps) {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const q = params.get('q') ?? '';
  const department = canChooseDepartment ? (params.get('department') ?? '') : '';
  const page = Math.max(0, Number(params.get('page') ?? '1') - 1) || 0;

  const [text, setText] = useState(q);
  const [debounced] = useDebouncedValue(text, 300);

  const update = (changes: Record<string, string | null>) => {
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
  };

  // typing searches (after a short pause) from the first page
  useEffect(() => {
    if (debounced.trim() !== q) update({ q: debounced.trim() || null, page: null });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  const departments = useDepartments({ enabled: canChooseDepartment });
  const result = useCooperatives({ q, department, page });
  const data = result.data;
  const items = data?.items ?? [];

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <TextInput
            label="Rechercher (numéro, école, commune, UAI)"
            placeholder="Ex. : 0410, Jules Ferry, CAHORS"
            leftSection={<IconSearch size={18} aria-hidden />}
            type="search"
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') update({ q: text.trim() || null, page: null });
            }}
            style={{ flex: '1 1 280px' }}
          />
          {canChooseDepartment && (
            <NativeSelect
              label="Département"
              value={department}
              onChange={(event) => update({ department: event.currentTarget.value || null, page: null })}
              data={[
                { value: '', label: 'Tous les départements' },
                ...(departments.data ?? []).map((d) => ({ value: d.code ?? '', label: `${d.code} — ${d.name}` })),
              ]}
              style={{ flex: '0 1 280px' }}
            />
          )}
        </Group>
      </Paper>

      {result.isError ? (
        <QueryError error={result.error} onRetry={() => result.refetch()} title="La recherche n'a pas abouti" />
      ) : result.isPending ? (
        <Center py="xl" role="status">
          <span role="status"><Loader aria-hidden /><VisuallyHidden>Chargement des coopératives</VisuallyHidden></span>
        </Center>
      ) : items.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <Stack align="center" gap="xs" ta="center">
            <ThemeIcon size={48} radius="xl" variant="light" color="gray" aria-hidden>
              <IconSchoolOff size={26} />
            </ThemeIcon>
            <Text fw={600}>Aucune coopérative ne correspond à votre recherche.</Text>
            <Text size="sm" c="dimmed">
              Vérifiez l'orthographe, ou cherchez par numéro (0410), commune ou code UAI.
            </Text>
          </Stack>
        </Paper>
      ) : (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <Group justify="space-between" px="md" py="sm" gap="xs">
            <Text size="sm" c="dimmed" aria-live="polite">
              {data?.totalItems === 1 ? '1 coopérative' : `${data?.totalItems} coopératives`}
              {result.isFetching && ' — mise à jour…'}
            </Text>
          </Group>
          <Box visibleFrom="sm">
            <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md" aria-label="Coopératives trouvées">
              <Table.Thead bg="gray.0">
                <Table.Tr>
                  <Table.Th scope="col">Code</Table.Th>
                  <Table.Th scope="col">École</Table.Th>
                  <Table.Th scope="col">Commune</Table.Th>
                  <Table.Th scope="col">UAI</Table.Th>
                  <Table.Th scope="col">Mandataire</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => (
                  <Table.Tr
                    key={c.id}
                    className="clickable-row"
                    onClick={() => navigate(paths.coop.home.getHref(c.id!))}
                  >
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor
                        component={Link}
                        to={paths.coop.home.getHref(c.id!)}
                        fw={600}
                        onClick={(e) => e.stopPropagation()}
                      >
                        {c.code}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{c.schoolName}</Table.Td>
                    <Table.Td>{c.city}</Table.Td>
                    <Table.Td ff="monospace">{c.uai}</Table.Td>
                    <Table.Td>{c.mandataireName}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Box>
          {/* on a phone, one card a cooperative instead of a wide table */}
          <Box hiddenFrom="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Coopératives trouvées">
            {items.map((c) => (
              <Box
                component="li"
                key={c.id}
                px="md"
                py="sm"
                className="clickable-row"
                style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
                onClick={() => navigate(paths.coop.home.getHref(c.id!))}
              >
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Anchor
                    component={Link}
                    to={paths.coop.home.getHref(c.id!)}
                    fw={700}
                    onClick={(e) => e.stopPropagation()}
                  >
                    {c.code}
                  </Anchor>
                  <Text size="xs" ff="monospace" c="dimmed">
                    {c.uai}
                  </Text>
                </Group>
                <Text size="sm" fw={500}>
                  {c.schoolName}
                </Text>
                <Text size="sm" c="dimmed">
                  {c.city} · {c.mandataireName}
                </Text>
              </Box>
            ))}
          </Box>
        </Paper>
      )}

      <ListPagination
        totalPages={data?.totalPages ?? 0}
        page={page}
        onChange={(value) => update({ page: value > 1 ? String(value) : null })}
      />
    </Stack>
  );
}
