import { Anchor, Badge, Box, Progress, Stack, Table, Text } from '@mantine/core';
import { IconMailOff } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { DataListFrame, ListLoader } from '@/components/ui/data-list-frame';
import { QueryError } from '@/components/ui/query-error';
import { DetailsToggle, ExpandableRows } from '@/components/ui/row-details';
import { paths } from '@/config/paths';
import { CELL_BADGE_STYLE, CountText, urlPagination } from '@/components/ui/list-tools';
import { AdminDepartmentPanel, useDepartmentList } from '@/features/department/components/department-choice';
import { formatDateTime } from '@/lib/format';
import type { Me } from '@/lib/auth';
import { useReminder, useReminders, type Reminder } from '../api/reminders';

const STATUS: Record<string, { label: string; color: string }> = {
  PENDING: { label: 'en attente', color: 'gray' },
  SENT: { label: 'envoyé', color: 'teal' },
  FAILED: { label: 'échec', color: 'red' },
  SKIPPED_NO_EMAIL: { label: 'sans adresse', color: 'orange' },
  SKIPPED_RECENT: { label: 'déjà relancée', color: 'yellow' },
};

const STATUS_WORDS: Record<string, string> = {
  NOT_STARTED: 'non commencées',
  DRAFT: 'en saisie',
  SUBMITTED: 'envoyées',
  CORRECTION_REQUESTED: 'à corriger',
  VALIDATED: 'validées',
};

/** "Les non commencées", "choisies une à une"… */
export function selectionText(r: Reminder): string {
  if (r.explicitSelection || !r.filter) return 'choisies une à une';
  const f = r.filter;
  const parts = [
    f.status && STATUS_WORDS[f.status],
    f.late === true && 'en retard',
    f.q && `« ${f.q} »`,
    f.insured != null && (f.insured ? 'assurées' : 'non assurées'),
    f.paymentMeans && `paiement ${f.paymentMeans}`,
    f.sent === true && 'envoyées à l’OCCE',
    f.paid === true && 'paiement reçu',
  ].filter(Boolean);
  return parts.length ? `filtre : ${parts.join(', ')}` : 'toutes';
}

function ProgressCell({ r }: { r: Reminder }) {
  const p = r.progress!;
  const toSend = (p.pending ?? 0) + (p.sent ?? 0) + (p.failed ?? 0);
  const done = (p.sent ?? 0) + (p.failed ?? 0);
  const percent = toSend === 0 ? 100 : Math.round((100 * done) / toSend);
  return (
    <Stack gap={2} miw={140}>
      <Progress value={percent} color={p.failed ? 'red' : 'teal'} aria-label={`Envoi : ${percent} %`} size="sm" />
      <Text size="xs">
        {p.sent} envoyé{(p.sent ?? 0) > 1 ? 's' : ''} sur {toSend}
        {(p.failed ?? 0) > 0 && `, ${p.failed} en échec`}
        {(p.pending ?? 0) > 0 && ` — envoi en cours`}
      </Text>
      {((p.skippedNoEmail ?? 0) > 0 || (p.skippedRecent ?? 0) > 0) && (
        <Text size="xs" c="dimmed">
          {(p.skippedNoEmail ?? 0) > 0 && `${p.skippedNoEmail} sans adresse `}
          {(p.skippedRecent ?? 0) > 0 && `${p.skippedRecent} déjà relancée${(p.skippedRecent ?? 0) > 1 ? 's' : ''}`}
        </Text>
      )}
    </Stack>
  );
}

function Recipients({ code, reminderId }: { code: string; reminderId: number }) {
  const detail = useReminder(code, reminderId);
  if (detail.isError) return <QueryError error={detail.error} onRetry={() => detail.refetch()} />;
  if (detail.isPending) return <ListLoader label="Chargement des destinataires" size="sm" />;
  const page = detail.data.recipients;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {detail.data.reminder?.sharedSubject ?? detail.data.reminder?.subject}
      </Text>
      <Table verticalSpacing={4} aria-label="Destinataires de la relance">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Coopérative</Table.Th>
            <Table.Th scope="col">Adresse</Table.Th>
            <Table.Th scope="col">État</Table.Th>
            <Table.Th scope="col">Envoyé le</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(page?.items ?? []).map((r) => (
            <Table.Tr key={r.cooperativeId}>
              <Table.Td>
                <Anchor component={Link} to={paths.coop.home.getHref(r.cooperativeId!)}>
                  {r.code}
                </Anchor>{' '}
                {r.schoolName}
              </Table.Td>
              <Table.Td>{r.email ?? '—'}</Table.Td>
              <Table.Td>
                <Badge color={STATUS[r.status!]?.color} variant="light" radius="sm" tt="none" style={CELL_BADGE_STYLE}>
                  {STATUS[r.status!]?.label ?? r.status}
                </Badge>
                {r.error && (
                  <Text size="xs" c="red.8">
                    {r.error}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{r.sentAt ? formatDateTime(r.sentAt) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {(page?.totalItems ?? 0) > (page?.items?.length ?? 0) && (
        <Text size="xs" c="dimmed">
          Les {page?.items?.length} premiers destinataires sur {page?.totalItems}.
        </Text>
      )}
    </Stack>
  );
}

/** "Relances": the department's reminders with their progress; a subject opens its recipients. */
export function RemindersList({ me }: { me: Me }) {
  const { update, department, page } = useDepartmentList(me);
  const reminders = useReminders(department.code, page);
  const items = reminders.data?.items ?? [];
  const [openId, setOpenId] = useState<number | null>(null);

  return (
    <Stack gap="md">
      <AdminDepartmentPanel department={department} onChange={(code) => update({ department: code, page: null })} />
      <DataListFrame
        query={reminders}
        empty={items.length === 0}
        unavailable={!department.code && 'Choisissez un département pour voir ses relances.'}
        errorTitle="Les relances n'ont pas pu être lues"
        loadingLabel="Chargement des relances"
        emptyIcon={<IconMailOff size={26} />}
        emptyTitle="Aucune relance pour l'instant."
        emptyHint="Dans « Coopératives », cochez celles à relancer (ou filtrez, par exemple les non commencées), puis « Relancer »."
        emptyAction={
          <Anchor component={Link} to={paths.staff.cooperatives.getHref({ status: 'NOT_STARTED', department: department.admin ? department.code : null })}>
            Voir les coopératives non commencées
          </Anchor>
        }
        header={<CountText count={reminders.data?.totalItems ?? 0} one="relance" many="relances" fetching={reminders.isFetching} />}
        pagination={urlPagination(reminders.data?.totalPages, page, update)}
      >
        <Box className="scroll-x">
          <Table verticalSpacing="sm" horizontalSpacing="md" aria-label="Relances">
            <Table.Thead bg="gray.0">
              <Table.Tr>
                <Table.Th scope="col">Date</Table.Th>
                <Table.Th scope="col">Objet</Table.Th>
                <Table.Th scope="col">Coopératives</Table.Th>
                <Table.Th scope="col">Progression</Table.Th>
                <Table.Th scope="col">Par</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <ExpandableRows
              items={items}
              keyOf={(r) => r.id}
              openKey={openId}
              idPrefix="reminder-recipients"
              colSpan={5}
              cells={(r, open, recipientsId) => (
                <>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.createdAt!)}</Table.Td>
                  <Table.Td>
                    <DetailsToggle open={open} onToggle={() => setOpenId(open ? null : r.id!)} controls={recipientsId}>
                      {r.sharedSubject ?? r.subject}
                    </DetailsToggle>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.recipientCount}</Text>
                    <Text size="xs" c="dimmed">
                      {selectionText(r)} ({r.schoolYear})
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <ProgressCell r={r} />
                  </Table.Td>
                  <Table.Td>{r.createdBy}</Table.Td>
                </>
              )}
              details={(r, open) => open && <Recipients code={department.code} reminderId={r.id!} />}
            />
          </Table>
        </Box>
      </DataListFrame>
    </Stack>
  );
}
