import {
  Anchor,
  Badge,
  Box,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  ThemeIcon,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconSchoolOff, IconSearch, IconSend } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { FilterSelect } from '@/components/ui/filter-panel';
import { DownloadButton } from '@/components/ui/download-button';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { recentSchoolYears } from '@/features/dashboard/utils/school-year';
import { fetchSelectedCooperatives, type CooperativesExportQuery } from '@/features/imports/api/exports';
import { ReminderModal, type ReminderSelection } from '@/features/reminder/components/reminder-modal';
import { CELL_BADGE_STYLE, pageOf, useUrlFilters } from '@/components/ui/list-tools';
import { ListLoader } from '@/components/ui/data-list-frame';
import { ListPagination } from '@/components/ui/list-pagination';
import { formatDate, formatMoney } from '@/lib/format';
import { useDepartments } from '@/features/department/api/get-departments';
import { FILTER_KEYS, useCooperatives, type CooperativeListItem, type SortKey } from '../api/search-cooperatives';
import { ADHESION_STATUSES, PAYMENT_MEANS, PAYMENT_MEANS_LABELS } from '@/lib/wording';

const yesNoOptions = (all: string, yes: string, no: string) => [
  { value: '', label: all },
  { value: 'true', label: yes },
  { value: 'false', label: no },
];

type CooperativesListProps = {
  /** The admin chooses a department; staff see theirs only. */
  canChooseDepartment: boolean;
  /** Staff's own department (the reminders go out in its name); the admin's is the one chosen. */
  ownDepartment?: string;
  /** The current school year, as the server says ("2026-2027"). */
  currentYear?: string;
};

const AMOUNT_LABEL = 'Montant';

const SORT_LABELS: Record<SortKey, string> = {
  number: 'Code',
  school: 'École',
  city: 'Commune',
  status: 'État',
  submittedAt: 'Envoyée le',
};

function SortableTh({ column, sort, direction, onSort }: { column: SortKey; sort: string; direction: string; onSort: (column: SortKey) => void }) {
  const active = sort === column;
  const Icon = !active ? IconArrowsSort : direction === 'desc' ? IconArrowDown : IconArrowUp;
  return (
    <Table.Th scope="col" aria-sort={active ? (direction === 'desc' ? 'descending' : 'ascending') : undefined} style={{ whiteSpace: 'nowrap' }}>
      <UnstyledButton onClick={() => onSort(column)} style={{ display: 'inline-flex', alignItems: 'center', gap: 4, fontWeight: 700 }}>
        {SORT_LABELS[column]}
        <Icon size={14} aria-hidden />
      </UnstyledButton>
    </Table.Th>
  );
}

/**
 * Search, filters, sortable table and pagination of the cooperatives; everything lives in the URL (back button,
 * sharing, the dashboard's links). Rows can be ticked, or every match of the filter chosen, to send a reminder.
 */
export function CooperativesList({ canChooseDepartment, ownDepartment, currentYear }: CooperativesListProps) {
  const { params, update } = useUrlFilters();
  const navigate = useNavigate();
  const years = recentSchoolYears(currentYear);
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as Record<(typeof FILTER_KEYS)[number], string>;
  if (!canChooseDepartment) filters.department = '';
  const year = filters.year || years[0];
  const sort = (params.get('sort') ?? 'number') as SortKey;
  const direction = params.get('direction') === 'desc' ? 'desc' : 'asc';
  const page = pageOf(params);
  const departmentCode = canChooseDepartment ? filters.department : (ownDepartment ?? '');

  const [text, setText] = useState(filters.q);
  const [debounced] = useDebouncedValue(text, 300);
  // the typed text reaches the URL when it settles (and only then: a link or the back button may change q too)
  const applied = useRef(debounced);
  useEffect(() => {
    if (debounced === applied.current) return;
    applied.current = debounced;
    if (debounced.trim() !== filters.q) update({ q: debounced.trim() || null, page: null });
  }, [debounced, filters.q, update]);

  // the selection belongs to one filter: changing the filter empties it
  const filterKey = FILTER_KEYS.map((k) => filters[k]).join('|');
  const [selected, setSelected] = useState<Map<number, CooperativeListItem>>(new Map());
  const [allMatching, setAllMatching] = useState(false);
  const [reminderOpen, setReminderOpen] = useState(false);
  const [selectionKey, setSelectionKey] = useState(filterKey);
  if (selectionKey !== filterKey) {
    setSelectionKey(filterKey);
    setSelected(new Map());
    setAllMatching(false);
  }

  const departments = useDepartments({ enabled: canChooseDepartment });
  const result = useCooperatives({ ...filters, year, sort, direction, page });
  const data = result.data;
  const items = useMemo(() => data?.items ?? [], [data]);
  const total = data?.totalItems ?? 0;
  const pageAllSelected = items.length > 0 && items.every((c) => allMatching || selected.has(c.id!));
  const pageSomeSelected = items.some((c) => selected.has(c.id!));
  const selectionCount = allMatching ? total : selected.size;
  // Exporter and Relancer act on the ticked rows, or, when none is ticked, on every match of the filter
  const wholeFilter = allMatching || selected.size === 0;
  const actionCount = wholeFilter ? total : selected.size;
  const actionSuffix = wholeFilter && !allMatching && total > 1 ? `les ${total}` : '';

  const toggle = (c: CooperativeListItem) => {
    setAllMatching(false);
    setSelected((current) => {
      const next = new Map(current);
      if (next.has(c.id!)) next.delete(c.id!);
      else next.set(c.id!, c);
      return next;
    });
  };
  const togglePage = () => {
    if (pageAllSelected) {
      setAllMatching(false);
      setSelected((current) => {
        const next = new Map(current);
        items.forEach((c) => next.delete(c.id!));
        return next;
      });
    } else {
      setSelected((current) => {
        const next = new Map(current);
        items.forEach((c) => next.set(c.id!, c));
        return next;
      });
    }
  };
  const onSort = (column: SortKey) =>
    update({ sort: column === 'number' && direction === 'desc' && sort === column ? null : column, direction: sort === column && direction === 'asc' ? 'desc' : null, page: null });

  const selection: ReminderSelection = wholeFilter
    ? {
        filter: {
          q: filters.q || undefined,
          status: (filters.status || undefined) as never,
          late: filters.late ? filters.late === 'true' : undefined,
          insured: filters.insured ? filters.insured === 'true' : undefined,
          paymentMeans: (filters.paymentMeans || undefined) as never,
          sent: filters.sent ? filters.sent === 'true' : undefined,
          paid: filters.paid ? filters.paid === 'true' : undefined,
        },
      }
    : { cooperativeIds: [...selected.keys()] };
  const first = wholeFilter ? items[0] : selected.values().next().value;
  // the export of a selection: the ticked rows, or every match of the filter in the list's order
  const exportQuery: CooperativesExportQuery = wholeFilter
    ? {
        year,
        ...Object.fromEntries(FILTER_KEYS.filter((k) => k !== 'department' && k !== 'year' && filters[k]).map((k) => [k, filters[k]])),
        sort,
        direction,
      }
    : { year, cooperativeIds: [...selected.keys()] };

  // the example is one of the department's own cooperatives (its number, school and town), not another's
  const sample = items[0];
  const placeholder = sample
    ? `Ex. : ${sample.code?.split('-')[1] ?? sample.code}, ${sample.schoolName ?? ''}, ${sample.city ?? ''}`.replace(/, $/, '')
    : 'Ex. : numéro, école ou commune';

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md" component="form" role="search" aria-label="Filtres des coopératives" onSubmit={(e) => e.preventDefault()}>
        <Group align="flex-end" gap="md" wrap="wrap">
          <TextInput
            label="Rechercher (numéro, école, commune, UAI)"
            placeholder={placeholder}
            leftSection={<IconSearch size={18} aria-hidden />}
            type="search"
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') update({ q: text.trim() || null, page: null });
            }}
            style={{ flex: '1 1 260px' }}
          />
          {canChooseDepartment && (
            <NativeSelect
              label="Département"
              value={filters.department}
              onChange={(event) => update({ department: event.currentTarget.value || null, page: null })}
              data={[
                { value: '', label: 'Tous les départements' },
                ...(departments.data ?? []).map((d) => ({ value: d.code ?? '', label: `${d.code} — ${d.name}` })),
              ]}
              style={{ flex: '0 1 240px' }}
            />
          )}
          <FilterSelect
            label="Année"
            value={year}
            defaultValue={years[0]}
            onChange={(v) => update({ year: v, page: null })}
            data={(years.includes(year) ? years : [year, ...years]).map((y) => ({ value: y, label: y.replace('-', ' - ') }))}
            width={150}
          />
          <FilterSelect
            label="État de l'adhésion"
            value={filters.status}
            onChange={(v) => update({ status: v, page: null })}
            data={[{ value: '', label: 'Tous' }, ...Object.entries(ADHESION_STATUSES).map(([value, s]) => ({ value, label: s.label }))]}
            width={170}
          />
          <FilterSelect
            label="Retard"
            value={filters.late}
            onChange={(v) => update({ late: v, page: null })}
            data={yesNoOptions('Toutes', 'En retard', 'À l’heure')}
            width={130}
          />
          <FilterSelect
            label="Assurance"
            value={filters.insured}
            onChange={(v) => update({ insured: v, page: null })}
            data={yesNoOptions('Toutes', 'Assurées', 'Non assurées')}
            width={140}
          />
          <FilterSelect
            label="Paiement"
            value={filters.paymentMeans}
            onChange={(v) => update({ paymentMeans: v, page: null })}
            data={[{ value: '', label: 'Tous' }, ...PAYMENT_MEANS.map((value) => ({ value, label: PAYMENT_MEANS_LABELS[value] }))]}
            width={200}
          />
        </Group>
        {(filters.sent || filters.paid) && (
          <Group gap="xs" mt="sm">
            {filters.sent && (
              <Button size="compact-sm" variant="light" onClick={() => update({ sent: null, page: null })}>
                {filters.sent === 'true' ? 'Envoyées à l’OCCE' : 'Pas encore envoyées'} ✕
              </Button>
            )}
            {filters.paid && (
              <Button size="compact-sm" variant="light" onClick={() => update({ paid: null, page: null })}>
                {filters.paid === 'true' ? 'Paiement reçu' : 'Paiement non reçu'} ✕
              </Button>
            )}
          </Group>
        )}
      </Paper>

      {result.isError ? (
        <QueryError error={result.error} onRetry={() => result.refetch()} title="La recherche n'a pas abouti" />
      ) : result.isPending ? (
        <ListLoader label="Chargement des coopératives" />
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
          <Group justify="space-between" px="md" py="sm" gap="xs" wrap="wrap">
            <Text size="sm" c="dimmed" aria-live="polite">
              {total === 1 ? '1 coopérative' : `${total} coopératives`}
              {selectionCount > 0 && ` — ${selectionCount} sélectionnée${selectionCount > 1 ? 's' : ''}`}
              {result.isFetching && ' — mise à jour…'}
            </Text>
            <Group gap="xs">
              {pageAllSelected && !allMatching && total > items.length && (
                <Button size="compact-sm" variant="subtle" onClick={() => setAllMatching(true)}>
                  Sélectionner les {total} coopératives du filtre
                </Button>
              )}
              {selectionCount > 0 && (
                <Button size="compact-sm" variant="subtle" color="gray" onClick={() => { setSelected(new Map()); setAllMatching(false); }}>
                  Tout désélectionner
                </Button>
              )}
              <DownloadButton
                size="compact-sm"
                variant="light"
                disabled={actionCount === 0 || !departmentCode}
                fetchFile={() => fetchSelectedCooperatives(departmentCode, exportQuery)}
                fileName={`cooperatives-${departmentCode}-${year}-${wholeFilter ? 'filtre' : 'selection'}.csv`}
              >
                {actionSuffix ? `Exporter ${actionSuffix} (CSV)` : `Exporter (CSV) (${actionCount})`}
              </DownloadButton>
              <Button
                size="compact-sm"
                leftSection={<IconSend size={16} aria-hidden />}
                disabled={actionCount === 0 || !departmentCode}
                title={
                  !departmentCode
                    ? 'Choisissez un département pour relancer ses coopératives'
                    : wholeFilter
                      ? 'Toutes les coopératives du filtre (cochez-en pour ne relancer que celles-là)'
                      : undefined
                }
                onClick={() => setReminderOpen(true)}
              >
                {actionSuffix ? `Relancer ${actionSuffix}` : `Relancer (${actionCount})`}
              </Button>
            </Group>
          </Group>
          <Box className="scroll-x">
            {/* on a phone, each row is a card and the header a row of its controls (app/global.css) */}
            <Table
              highlightOnHover
              verticalSpacing="sm"
              horizontalSpacing="md"
              aria-label="Coopératives trouvées"
              className="stack-table stack-table--head-tools"
            >
              <Table.Thead bg="gray.0">
                <Table.Tr>
                  <Table.Th scope="col" w={40}>
                    <Checkbox
                      aria-label="Sélectionner les coopératives de cette page"
                      checked={pageAllSelected}
                      indeterminate={!pageAllSelected && pageSomeSelected}
                      onChange={togglePage}
                    />
                  </Table.Th>
                  <SortableTh column="number" sort={sort} direction={direction} onSort={onSort} />
                  <SortableTh column="school" sort={sort} direction={direction} onSort={onSort} />
                  <SortableTh column="city" sort={sort} direction={direction} onSort={onSort} />
                  <SortableTh column="status" sort={sort} direction={direction} onSort={onSort} />
                  <SortableTh column="submittedAt" sort={sort} direction={direction} onSort={onSort} />
                  <Table.Th scope="col" ta="right" className="stack-table__static">
                    {AMOUNT_LABEL}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => {
                  const status = ADHESION_STATUSES[c.status ?? 'NOT_STARTED'];
                  return (
                    <Table.Tr key={c.id} className="clickable-row" onClick={() => navigate(paths.coop.home.getHref(c.id!))}>
                      <Table.Td data-aside onClick={(e) => e.stopPropagation()}>
                        <Checkbox
                          aria-label={`Sélectionner ${c.code}`}
                          checked={allMatching || selected.has(c.id!)}
                          onChange={() => (allMatching ? (setAllMatching(false), setSelected(new Map(items.filter((i) => i.id !== c.id).map((i) => [i.id!, i])))) : toggle(c))}
                        />
                      </Table.Td>
                      <Table.Td data-label={SORT_LABELS.number} style={{ whiteSpace: 'nowrap' }}>
                        <Anchor component={Link} to={paths.coop.home.getHref(c.id!)} fw={600} onClick={(e) => e.stopPropagation()}>
                          {c.code}
                        </Anchor>
                      </Table.Td>
                      <Table.Td data-label={SORT_LABELS.school}>
                        {c.schoolName}
                        <Text size="xs" c="dimmed">
                          {c.mandataireName}
                        </Text>
                      </Table.Td>
                      <Table.Td data-label={SORT_LABELS.city}>
                        {c.city}
                        <Text size="xs" c="dimmed" ff="monospace">
                          {c.uai}
                        </Text>
                      </Table.Td>
                      <Table.Td data-label={SORT_LABELS.status}>
                        <Stack gap={4} align="flex-start">
                          <Badge color={status.color} variant="light" radius="sm" tt="none" style={CELL_BADGE_STYLE}>
                            {status.label}
                          </Badge>
                          {c.late && (
                            <Badge color="red.9" variant="outline" radius="sm" tt="none" style={CELL_BADGE_STYLE}>
                              en retard
                            </Badge>
                          )}
                        </Stack>
                      </Table.Td>
                      <Table.Td data-label={SORT_LABELS.submittedAt} style={{ whiteSpace: 'nowrap' }}>
                        {c.submittedAt ? formatDate(c.submittedAt) : '—'}
                      </Table.Td>
                      <Table.Td data-label={AMOUNT_LABEL} ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {c.amount != null ? formatMoney(c.amount) : '—'}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Box>
        </Paper>
      )}

      <ListPagination
        totalPages={data?.totalPages ?? 0}
        page={page}
        onChange={(value) => update({ page: value > 1 ? String(value) : null })}
      />

      <ReminderModal
        opened={reminderOpen}
        onClose={() => setReminderOpen(false)}
        onSent={() => {
          setSelected(new Map());
          setAllMatching(false);
        }}
        departmentCode={departmentCode}
        year={year}
        selection={selection}
        count={actionCount}
        first={first}
      />
    </Stack>
  );
}
