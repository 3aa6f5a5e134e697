import { Badge, Stack, Table, Text } from '@mantine/core';
import { IconMailOff } from '@tabler/icons-react';
import { useState } from 'react';
import { DataListFrame } from '@/components/ui/data-list-frame';
import { DetailsToggle, ExpandableRows } from '@/components/ui/row-details';
import { CELL_BADGE_STYLE, CountText, urlPagination } from '@/components/ui/list-tools';
import { AdminDepartmentPanel, useDepartmentList } from '@/features/department/components/department-choice';
import { formatDateTime } from '@/lib/format';
import type { Me } from '@/lib/auth';
import { mailState, useMails, type MailMessage, type MailState } from '../api/get-mails';

const STATES: Record<MailState, { label: string; color: string }> = {
  sent: { label: 'envoyé', color: 'teal' },
  failed: { label: 'échec', color: 'red' },
  queued: { label: 'en attente', color: 'gray' },
};

function StateBadge({ mail }: { mail: MailMessage }) {
  const state = STATES[mailState(mail)];
  return (
    <Badge color={state.color} variant="light" radius="sm" tt="none" style={CELL_BADGE_STYLE}>
      {state.label}
    </Badge>
  );
}

/** "Courriels envoyés": the department's outbox, newest first; a subject opens the message. */
export function MailsList({ me }: { me: Me }) {
  const { update, department, page } = useDepartmentList(me);
  const mails = useMails(department.code, page);
  const data = mails.data;
  const items = data?.items ?? [];
  const [openId, setOpenId] = useState<number | null>(null);

  return (
    <Stack gap="md">
      <AdminDepartmentPanel department={department} onChange={(code) => update({ department: code, page: null })} />

      <DataListFrame
        query={mails}
        empty={items.length === 0}
        unavailable={!department.code && 'Choisissez un département pour voir ses courriels envoyés.'}
        errorTitle="Les courriels n'ont pas pu être lus"
        loadingLabel="Chargement des courriels"
        emptyIcon={<IconMailOff size={26} />}
        emptyTitle="Aucun courriel envoyé pour l'instant."
        emptyHint="Les courriels aux coopératives (adhésion validée, correction demandée…) apparaîtront ici."
        header={<CountText count={data?.totalItems ?? 0} one="courriel" many="courriels" fetching={mails.isFetching} />}
        pagination={urlPagination(data?.totalPages, page, update, () => setOpenId(null))}
      >
        <Table.ScrollContainer minWidth={680} type="native">
          <Table verticalSpacing="sm" horizontalSpacing="sm" aria-label="Courriels envoyés">
            <Table.Thead bg="gray.0">
              <Table.Tr>
                <Table.Th scope="col">Date</Table.Th>
                <Table.Th scope="col">Destinataire</Table.Th>
                <Table.Th scope="col">Objet</Table.Th>
                <Table.Th scope="col">État</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <ExpandableRows
              items={items}
              keyOf={(mail) => mail.id}
              openKey={openId}
              idPrefix="mail-body"
              colSpan={4}
              openBg="blue.0"
              cells={(mail, open, bodyId) => (
                <>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {mail.sentAt || mail.createdAt ? formatDateTime((mail.sentAt ?? mail.createdAt)!) : '—'}
                  </Table.Td>
                  <Table.Td style={{ wordBreak: 'break-word' }}>{mail.recipient}</Table.Td>
                  <Table.Td>
                    <DetailsToggle open={open} onToggle={() => setOpenId(open ? null : (mail.id ?? null))} controls={bodyId}>
                      {mail.subject || '(sans objet)'}
                    </DetailsToggle>
                  </Table.Td>
                  <Table.Td>
                    <StateBadge mail={mail} />
                  </Table.Td>
                </>
              )}
              details={(mail) => (
                <>
                  {mail.error && (
                    <Text size="sm" c="red.9" mb="xs">
                      Échec de l'envoi : {mail.error}
                    </Text>
                  )}
                  <Text
                    component="pre"
                    size="sm"
                    m={0}
                    style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontFamily: 'inherit' }}
                  >
                    {mail.body}
                  </Text>
                </>
              )}
            />
          </Table>
        </Table.ScrollContainer>
      </DataListFrame>
    </Stack>
  );
}
