import { Badge, Box, Button, Group, NativeSelect, Paper, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { IconHistoryOff } from '@tabler/icons-react';
import { useState, type CSSProperties, type FormEvent } from 'react';
import { DateField } from '@/components/ui/date-field';
import { DownloadButton } from '@/components/ui/download-button';
import { DataListFrame } from '@/components/ui/data-list-frame';
import { DetailsToggle, ExpandableRows } from '@/components/ui/row-details';
import { CountText, urlPagination } from '@/components/ui/list-tools';
import { AdminDepartmentSelect, useDepartmentList } from '@/features/department/components/department-choice';
import { formatDateTime } from '@/lib/format';
import type { Me } from '@/lib/auth';
import {
  AUDIT_FILTER_KEYS,
  fetchAuditExport,
  filtersOf,
  useAuditRecords,
  type AuditFilters,
  type AuditRecord,
} from '../api/get-audit-records';
import { diffFields } from '../utils/diff';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ACTION_OPTIONS,
  ENTITY_LABELS,
  auditValue,
  entityLabel,
  fieldLabel,
  roleLabel,
  type AuditAction,
} from '../utils/labels';

type Values = Record<string, unknown> | null | undefined;

/** Before and after, field by field; the changed fields first, marked. */
export function ChangeDiff({ record }: { record: AuditRecord }) {
  const fields = diffFields(record.before as Values, record.after as Values);
  if (fields.length === 0) return <Text size="sm">Aucune valeur enregistrée pour ce changement.</Text>;
  return (
    <Table verticalSpacing={4} horizontalSpacing="sm" aria-label={`Détail du changement ${record.id}`} withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Champ</Table.Th>
          <Table.Th scope="col">Avant</Table.Th>
          <Table.Th scope="col">Après</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {fields.map((f) => (
          <Table.Tr key={f.field} bg={f.changed ? 'yellow.0' : undefined}>
            <Table.Td>
              <Text span size="sm" fw={f.changed ? 700 : 400} title={f.field}>
                {fieldLabel(f.field)}
              </Text>
              {f.changed && (
                <Badge ml={6} size="xs" color="orange" variant="light" tt="none">
                  modifié
                </Badge>
              )}
            </Table.Td>
            <Table.Td style={{ wordBreak: 'break-word' }}>
              {f.changed ? <s>{auditValue(f.field, f.before)}</s> : auditValue(f.field, f.before)}
            </Table.Td>
            <Table.Td style={{ wordBreak: 'break-word' }}>{auditValue(f.field, f.after)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The columns of the log, also the labels of a change's lines on a phone. */
const COLUMNS = ['Date', 'Utilisateur', 'Action', 'Objet', 'Coopérative'] as const;

const ENTITY_OPTIONS = Object.entries(ENTITY_LABELS)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label, 'fr'));

const FILTER_WIDTH = { flex: '1 1 160px' };

/** The filters: French date pickers, the actions and objects by their labels, who and which cooperative typed. */
function Filters({ filters, onApply }: { filters: AuditFilters; onApply: (filters: AuditFilters) => void }) {
  const [draft, setDraft] = useState<AuditFilters>(filters);
  const set = (key: keyof AuditFilters, value: string | null | undefined) => setDraft((d) => ({ ...d, [key]: value ?? '' }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form onSubmit={submit} aria-label="Filtres du journal">
      <Stack gap="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <DateField label="Du" value={draft.from || null} onChange={(v) => set('from', v)} clearable style={FILTER_WIDTH} />
          <DateField label="Au" value={draft.to || null} onChange={(v) => set('to', v)} clearable style={FILTER_WIDTH} />
          <NativeSelect
            label="Action"
            data={[{ value: '', label: 'Toutes les actions' }, ...AUDIT_ACTION_OPTIONS]}
            value={draft.action ?? ''}
            onChange={(event) => set('action', event.currentTarget.value)}
            style={{ flex: '2 1 240px' }}
          />
          <NativeSelect
            label="Objet"
            data={[{ value: '', label: 'Tous les objets' }, ...ENTITY_OPTIONS]}
            value={draft.entityType ?? ''}
            onChange={(event) => set('entityType', event.currentTarget.value)}
            style={FILTER_WIDTH}
          />
          <TextInput
            label="Utilisateur"
            placeholder="son identifiant"
            value={draft.actor ?? ''}
            onChange={(event) => set('actor', event.currentTarget.value)}
            style={FILTER_WIDTH}
          />
          <TextInput
            label="Coopérative"
            placeholder="code, par exemple 038-0410"
            value={draft.cooperative ?? ''}
            onChange={(event) => set('cooperative', event.currentTarget.value)}
            style={FILTER_WIDTH}
          />
        </Group>
        <Group gap="sm" justify="space-between" wrap="wrap">
          <Switch
            label="Afficher aussi les connexions et déconnexions"
            checked={draft.sessions === 'true'}
            onChange={(event) => {
              const next = { ...draft, sessions: event.currentTarget.checked ? 'true' : '' };
              setDraft(next);
              onApply(next);
            }}
          />
          <Group gap="sm">
            <Button type="submit">Filtrer</Button>
            <Button
              variant="subtle"
              onClick={() => {
                setDraft({});
                onApply({});
              }}
            >
              Effacer
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

/** "Journal des modifications": every change of the department, newest first, filtered, with its before and after. */
export function AuditLog({ me }: { me: Me }) {
  const { params, update, department, page } = useDepartmentList(me);
  const filters = filtersOf(params);
  const records = useAuditRecords(department.code, filters, page);
  const data = records.data;
  const items = data?.items ?? [];
  const [openId, setOpenId] = useState<number | null>(null);

  const applyFilters = (next: AuditFilters) => {
    const changes: Record<string, string | null> = { page: null };
    for (const key of AUDIT_FILTER_KEYS) changes[key] = next[key]?.trim() || null;
    setOpenId(null);
    update(changes);
  };

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <AdminDepartmentSelect department={department} onChange={(code) => update({ department: code, page: null })} />
          <Filters key={params.toString()} filters={filters} onApply={applyFilters} />
        </Stack>
      </Paper>

      <DataListFrame
        query={records}
        empty={items.length === 0}
        unavailable={!department.code && 'Choisissez un département pour voir son journal.'}
        errorTitle="Le journal n'a pas pu être lu"
        loadingLabel="Chargement du journal"
        emptyIcon={<IconHistoryOff size={26} />}
        emptyTitle="Aucune modification ne correspond à ces filtres."
        header={
          <>
            <CountText count={data?.totalItems ?? 0} one="modification" many="modifications" fetching={records.isFetching} />
            <DownloadButton
              size="xs"
              variant="light"
              fetchFile={() => fetchAuditExport(department.code, filters)}
              fileName={`journal-${department.code}.csv`}
            >
              Exporter (CSV)
            </DownloadButton>
          </>
        }
        pagination={urlPagination(data?.totalPages, page, update, () => setOpenId(null))}
      >
        {/* on a phone, each change is a card of "label: value" lines (app/global.css) */}
        <Box className="stack-table-scroll" style={{ '--stack-table-min-width': '720px' } as CSSProperties}>
          <Table verticalSpacing="sm" horizontalSpacing="sm" aria-label="Journal des modifications" className="stack-table">
            <Table.Thead bg="gray.0">
              <Table.Tr>
                {COLUMNS.map((column) => (
                  <Table.Th key={column} scope="col">
                    {column}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <ExpandableRows
              items={items}
              keyOf={(record) => record.id}
              openKey={openId}
              idPrefix="audit-detail"
              colSpan={COLUMNS.length}
              cells={(record, open, detailId) => (
                <>
                  <Table.Td data-label={COLUMNS[0]} style={{ whiteSpace: 'nowrap' }}>
                    {record.occurredAt ? formatDateTime(record.occurredAt) : '—'}
                  </Table.Td>
                  <Table.Td data-label={COLUMNS[1]}>
                    {record.actorLogin ?? 'système'}
                    {record.actorRole && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        ({roleLabel(record.actorRole)})
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td data-label={COLUMNS[2]}>
                    <DetailsToggle open={open} onToggle={() => setOpenId(open ? null : (record.id ?? null))} controls={detailId}>
                      {AUDIT_ACTION_LABELS[record.action as AuditAction] ?? record.action}
                    </DetailsToggle>
                  </Table.Td>
                  <Table.Td data-label={COLUMNS[3]}>
                    {entityLabel(record.entityType)}
                    {record.entityId && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        n° {record.entityId}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td data-label={COLUMNS[4]} style={{ whiteSpace: 'nowrap' }}>
                    {record.cooperativeCode ?? '—'}
                  </Table.Td>
                </>
              )}
              details={(record, open) => open && <ChangeDiff record={record} />}
            />
          </Table>
        </Box>
      </DataListFrame>
    </Stack>
  );
}
