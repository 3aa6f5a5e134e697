import { Badge, Box, Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconHistoryOff } from '@tabler/icons-react';
import { Fragment, useState, type CSSProperties, type FormEvent } from 'react';
import { DownloadButton } from '@/components/ui/download-button';
import { DataListFrame } from '@/components/ui/data-list-frame';
import { DetailsRow, DetailsToggle } from '@/components/ui/row-details';
import { CountText, pageOf, useUrlFilters } from '@/components/ui/list-tools';
import { AdminDepartmentSelect, useDepartmentChoice } from '@/features/department/components/department-choice';
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
import { diffFields, displayValue } from '../utils/diff';

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
              <Text span size="sm" fw={f.changed ? 700 : 400}>
                {f.field}
              </Text>
              {f.changed && (
                <Badge ml={6} size="xs" color="orange" variant="light" tt="none">
                  modifié
                </Badge>
              )}
            </Table.Td>
            <Table.Td style={{ wordBreak: 'break-word' }}>
              {f.changed ? <s>{displayValue(f.before)}</s> : displayValue(f.before)}
            </Table.Td>
            <Table.Td style={{ wordBreak: 'break-word' }}>{displayValue(f.after)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The columns of the log, also the labels of a change's lines on a phone. */
const COLUMNS = ['Date', 'Utilisateur', 'Action', 'Objet', 'Coopérative'] as const;

const FILTER_LABELS: Record<(typeof AUDIT_FILTER_KEYS)[number], { label: string; placeholder?: string; type?: string }> = {
  from: { label: 'Du', type: 'date' },
  to: { label: 'Au', type: 'date' },
  actor: { label: 'Utilisateur', placeholder: 'staff038' },
  action: { label: 'Action', placeholder: 'ADHESION_VALIDATED' },
  entityType: { label: "Type d'objet", placeholder: 'Adhesion' },
  cooperative: { label: 'Coopérative', placeholder: '038-0410' },
};

function Filters({ filters, onApply }: { filters: AuditFilters; onApply: (filters: AuditFilters) => void }) {
  const [draft, setDraft] = useState<AuditFilters>(filters);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form onSubmit={submit} aria-label="Filtres du journal">
      <Group align="flex-end" gap="sm" wrap="wrap">
        {AUDIT_FILTER_KEYS.map((key) => (
          <TextInput
            key={key}
            label={FILTER_LABELS[key].label}
            type={FILTER_LABELS[key].type}
            placeholder={FILTER_LABELS[key].placeholder}
            value={draft[key] ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setDraft((d) => ({ ...d, [key]: value }));
            }}
            style={{ flex: '1 1 150px' }}
          />
        ))}
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
    </form>
  );
}

/** "Journal des modifications": every change of the department, newest first, filtered, with its before and after. */
export function AuditLog({ me }: { me: Me }) {
  const { params, update } = useUrlFilters();
  const department = useDepartmentChoice(me, params);
  const page = pageOf(params);
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
        pagination={{
          totalPages: data?.totalPages ?? 0,
          page,
          onChange: (value) => {
            setOpenId(null);
            update({ page: value > 1 ? String(value) : null });
          },
        }}
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
            <Table.Tbody>
              {items.map((record) => {
                const open = openId === record.id;
                const detailId = `audit-detail-${record.id}`;
                return (
                  <Fragment key={record.id}>
                    <Table.Tr bg={open ? 'blue.0' : undefined}>
                      <Table.Td data-label={COLUMNS[0]} style={{ whiteSpace: 'nowrap' }}>
                        {record.occurredAt ? formatDateTime(record.occurredAt) : '—'}
                      </Table.Td>
                      <Table.Td data-label={COLUMNS[1]}>
                        {record.actorLogin ?? 'système'}
                        {record.actorRole && (
                          <Text span size="xs" c="dimmed">
                            {' '}
                            ({record.actorRole})
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td data-label={COLUMNS[2]}>
                        <DetailsToggle open={open} onToggle={() => setOpenId(open ? null : (record.id ?? null))} controls={detailId}>
                          {record.action}
                        </DetailsToggle>
                      </Table.Td>
                      <Table.Td data-label={COLUMNS[3]}>
                        {record.entityType}
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
                    </Table.Tr>
                    <DetailsRow id={detailId} open={open} colSpan={COLUMNS.length}>
                      {open && <ChangeDiff record={record} />}
                    </DetailsRow>
                  </Fragment>
                );
              })}
            </Table.Tbody>
          </Table>
        </Box>
      </DataListFrame>
    </Stack>
  );
}
