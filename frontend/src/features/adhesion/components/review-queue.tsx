import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { PAYMENT_MEANS_LABELS, PAYMENT_MEANS_SHORT_LABELS } from '@/lib/wording';
import type { Me } from '@/lib/auth';
import { formatDate, formatMoney, formatSchoolYear } from '@/lib/format';
import { schoolYearsAround } from '@/lib/school-year';
import { useReviewQueue, type ReviewQueueItem } from '../api/get-review-queue';
import { MISSING, MISSING_LABELS, QUEUE_STATUSES, QUEUE_STATUS_LABELS, type Missing, type QueueStatus } from '../utils/review-wording';
import { CountText, CELL_BADGE_STYLE, YesNo, urlPagination } from '@/components/ui/list-tools';
import { DepartmentListFilters, useDepartmentList } from '@/features/department/components/department-choice';
import { FilterSelect } from '@/components/ui/filter-panel';
import { DataListFrame } from '@/components/ui/data-list-frame';
import { SchoolYearSelect } from '@/components/ui/school-year-select';
import { FigureTh } from '@/components/ui/table-cells';

const EMPTY: Record<QueueStatus, string> = {
  SUBMITTED: "Aucune adhésion envoyée à l'OCCE n'attend de validation.",
  CORRECTION_REQUESTED: "Aucune adhésion n'est en attente de correction.",
  VALIDATED: "Aucune adhésion n'est encore validée.",
};

function statusOf(value: string | null): QueueStatus {
  return (QUEUE_STATUSES as readonly string[]).includes(value ?? '') ? (value as QueueStatus) : 'SUBMITTED';
}

function missingOf(value: string | null): Missing | null {
  return (MISSING as readonly string[]).includes(value ?? '') ? (value as Missing) : null;
}

/**
 * "Validation des adhésions": the department's adhesions of a school year, oldest submission first, with what
 * each still waits for. Filters and page live in the URL (`?status=VALIDATED&missing=PAYMENT&page=2`).
 */
export function ReviewQueue({ me }: { me: Me }) {
  const { params, update, department, page } = useDepartmentList(me);
  const location = useLocation();
  const status = statusOf(params.get('status'));
  const missing = missingOf(params.get('missing'));
  const current = me.schoolYear ?? '';
  const years = current ? schoolYearsAround(current, 2, 0) : [];
  const requestedYear = params.get('year') ?? '';
  const year = years.includes(requestedYear) ? requestedYear : current;

  const queue = useReviewQueue({
    departmentCode: department.code,
    status,
    missing,
    year: year === current ? null : year,
    page,
  });
  const data = queue.data;
  const items = data?.items ?? [];
  // the review page's way back: this very list, filters and page included
  const backTo = location.pathname + location.search;

  return (
    <Stack gap="md">
      <DepartmentListFilters department={department} update={update}>
        <FilterSelect
          label="Statut"
          value={status}
          defaultValue="SUBMITTED"
          onChange={(v) => update({ status: v, page: null })}
          data={QUEUE_STATUSES.map((s) => ({ value: s, label: QUEUE_STATUS_LABELS[s] }))}
          width={220}
        />
        <FilterSelect
          label="Ce qui manque"
          value={missing ?? ''}
          onChange={(v) => update({ missing: v, page: null })}
          data={[{ value: '', label: 'Tout afficher' }, ...MISSING.map((m) => ({ value: m, label: MISSING_LABELS[m] }))]}
          width={280}
        />
        <SchoolYearSelect years={years} current={current} value={year} onChange={(y) => update({ year: y === current ? null : y, page: null })} width={200} />
      </DepartmentListFilters>

      <DataListFrame
        query={queue}
        empty={items.length === 0}
        unavailable={!department.code && 'Choisissez un département pour voir ses adhésions à valider.'}
        loadingLabel="Chargement des adhésions"
        errorTitle="La liste n'a pas pu être lue"
        emptyIcon={<IconChecklist size={26} />}
        emptyTitle={EMPTY[status]}
        emptyHint={
          missing
            ? `Aucune ne correspond au filtre « ${MISSING_LABELS[missing]} » pour l'année ${formatSchoolYear(year)}.`
            : `Année scolaire ${formatSchoolYear(year)}.`
        }
        header={
          <>
            <CountText count={data?.totalItems ?? 0} one="adhésion" many="adhésions" fetching={queue.isFetching} />
            {status === 'SUBMITTED' && (
              <Text size="sm" c="dimmed">
                La plus ancienne envoyée en premier
              </Text>
            )}
          </>
        }
        pagination={urlPagination(data?.totalPages, page, update)}
      >
        <QueueTable items={items} status={status} backTo={backTo} />
      </DataListFrame>
    </Stack>
  );
}

function ChangeFormCell({ item }: { item: ReviewQueueItem }) {
  switch (item.mandataireChangeForm) {
    case 'PENDING':
      return (
        <Badge color="orange" variant="light" radius="sm" tt="none" style={CELL_BADGE_STYLE}>
          attendu
        </Badge>
      );
    case 'RECEIVED':
      return <Text size="sm">reçu</Text>;
    default:
      return (
        <Text size="sm" c="dimmed">
          sans objet
        </Text>
      );
  }
}

/** The engagement in one word: verified, uploaded and waiting for staff, or not there. */
function EngagementCell({ item }: { item: ReviewQueueItem }) {
  if (item.engagementReceived) return <Text size="sm">vérifié</Text>;
  if (item.engagementUploaded)
    return (
      <Badge color="orange" variant="light" radius="sm" tt="none" style={CELL_BADGE_STYLE}>
        à vérifier
      </Badge>
    );
  return (
    <Badge color="red" variant="light" radius="sm" tt="none" style={CELL_BADGE_STYLE}>
      non déposé
    </Badge>
  );
}

/**
 * The queue as a table that fits a 1366 px screen beside the menu: the school under its code, lateness under the
 * date, the way to pay under the amount; the registration code only for validated adhesions.
 */
function QueueTable({ items, status, backTo }: { items: ReviewQueueItem[]; status: QueueStatus; backTo: string }) {
  const validated = status === 'VALIDATED';
  return (
    <Table.ScrollContainer minWidth={860} type="native">
      <Table
        highlightOnHover
        verticalSpacing="xs"
        horizontalSpacing="sm"
        aria-label={`Adhésions : ${QUEUE_STATUS_LABELS[status].toLowerCase()}`}
      >
        <Table.Thead bg="gray.0">
          <Table.Tr>
            <Table.Th scope="col">Coopérative</Table.Th>
            <Table.Th scope="col">Envoyée le</Table.Th>
            <FigureTh>Montant dû</FigureTh>
            <FigureTh>Membres</FigureTh>
            <Table.Th scope="col" ta="center">
              Paiement reçu
            </Table.Th>
            <Table.Th scope="col">Engagement</Table.Th>
            <Table.Th scope="col">Changement de mandataire</Table.Th>
            {validated && <Table.Th scope="col">Code d'enregistrement</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.adhesionId}>
              <Table.Th scope="row" fw={400} style={{ minWidth: 200 }}>
                <Anchor component={Link} to={paths.staff.review.getHref(item.adhesionId!)} state={{ backTo }} fw={700}>
                  {item.cooperativeCode}
                </Anchor>
                {item.schoolName && (
                  <Text size="xs" c="dimmed" lh={1.3}>
                    {item.schoolName}
                    {item.city ? ` — ${item.city}` : ''}
                  </Text>
                )}
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {item.submittedAt ? formatDate(item.submittedAt) : '—'}
                {item.late && (
                  <Badge display="block" mt={2} color="red" variant="light" radius="sm" tt="none" style={CELL_BADGE_STYLE}>
                    en retard
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                <Text span size="sm" fw={600}>
                  {item.amountDue != null ? formatMoney(item.amountDue) : '—'}
                </Text>
                {item.paymentMeans && (
                  <Text size="xs" c="dimmed" title={PAYMENT_MEANS_LABELS[item.paymentMeans]}>
                    {PAYMENT_MEANS_SHORT_LABELS[item.paymentMeans]}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{item.members ?? 0}</Table.Td>
              <Table.Td ta="center">
                <YesNo value={item.paymentReceived} />
              </Table.Td>
              <Table.Td>
                <EngagementCell item={item} />
              </Table.Td>
              <Table.Td>
                <ChangeFormCell item={item} />
              </Table.Td>
              {validated && (
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {item.registrationCode ?? '—'}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
