import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { ListLoader } from '@/components/ui/data-list-frame';
import { formatDate, formatMoney, formatSchoolYear } from '@/lib/format';
import { useDashboard, type Dashboard } from '../api/get-dashboard';
import { TrendChart } from './trend-chart';

type Figure = { label: string; value: string; hint?: string; filter: Record<string, string>; color?: string };

/** One figure: its value and words, the whole a link to the cooperatives it counts. */
function FigureCard({ figure, listQuery }: { figure: Figure; listQuery: Record<string, string> }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Anchor
        component={Link}
        to={paths.staff.cooperatives.getHref({ ...listQuery, ...figure.filter })}
        underline="hover"
        c="inherit"
        style={{ display: 'block' }}
      >
        <Text fz={28} fw={700} c={figure.color ?? 'blue.9'} lh={1.1}>
          {figure.value}
        </Text>
        <Text fw={600} size="sm">
          {figure.label}
        </Text>
        {figure.hint && (
          <Text size="xs" c="dimmed">
            {figure.hint}
          </Text>
        )}
      </Anchor>
    </Paper>
  );
}

function plural(n: number, one: string, many: string) {
  return `${n} ${n > 1 ? many : one}`;
}

export function statusFigures(d: Dashboard): Figure[] {
  const s = d.statuses!;
  return [
    { label: 'Non commencées', value: String(s.notStarted), hint: "aucune adhésion ouverte", filter: { status: 'NOT_STARTED' }, color: 'gray.8' },
    { label: 'En saisie', value: String(s.draft), hint: 'brouillons', filter: { status: 'DRAFT' }, color: 'yellow.9' },
    { label: 'Envoyées', value: String(s.submitted), hint: 'à valider', filter: { status: 'SUBMITTED' }, color: 'blue.9' },
    { label: 'À corriger', value: String(s.correctionRequested), hint: 'correction demandée', filter: { status: 'CORRECTION_REQUESTED' }, color: 'orange.9' },
    { label: 'Validées', value: String(s.validated), filter: { status: 'VALIDATED' }, color: 'teal.9' },
  ];
}

/** The campaign dashboard of one department: each figure opens the list of the cooperatives behind it. */
export function CampaignDashboard({ code, year, admin }: { code: string; year?: string; admin: boolean }) {
  const dashboard = useDashboard(code, year);
  if (dashboard.isError) {
    return <QueryError error={dashboard.error} onRetry={() => dashboard.refetch()} title="Le tableau de bord n'a pas pu être lu" />;
  }
  if (dashboard.isPending) return <ListLoader label="Chargement du tableau de bord" />;
  const d = dashboard.data;
  const listQuery: Record<string, string> = { year: d.schoolYear ?? '' };
  if (admin) listQuery.department = d.departmentCode ?? '';
  const late = d.late!;
  const members = d.members!;
  const amounts = d.amounts!;

  return (
    <Stack gap="lg">
      <Group gap="sm" wrap="wrap">
        <Text>
          Campagne {formatSchoolYear(d.schoolYear ?? '')} — date limite : <strong>{formatDate(d.deadline!)}</strong>
        </Text>
        {d.deadlinePassed && (
          <Badge color="red.9" variant="filled" tt="none">
            date limite passée
          </Badge>
        )}
        <Anchor component={Link} to={paths.staff.cooperatives.getHref(listQuery)} size="sm">
          {plural(d.cooperatives ?? 0, 'coopérative', 'coopératives')} au total
        </Anchor>
      </Group>

      <section aria-labelledby="dash-statuses">
        <Title order={2} size="h4" id="dash-statuses" mb="xs">
          Adhésions par état
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
          {statusFigures(d).map((f) => (
            <FigureCard key={f.label} figure={f} listQuery={listQuery} />
          ))}
        </SimpleGrid>
      </section>

      <section aria-labelledby="dash-figures">
        <Title order={2} size="h4" id="dash-figures" mb="xs">
          Retards, coopérateurs et montants
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
          <FigureCard
            listQuery={listQuery}
            figure={{
              label: 'En retard',
              value: String(late.total),
              hint: `${late.submittedLate} envoyée${(late.submittedLate ?? 0) > 1 ? 's' : ''} après la date limite${
                d.deadlinePassed ? `, ${late.notSubmitted} non envoyée${(late.notSubmitted ?? 0) > 1 ? 's' : ''}` : ''
              }`,
              filter: { late: 'true' },
              color: 'red.9',
            }}
          />
          <FigureCard
            listQuery={listQuery}
            figure={{ label: 'Adultes', value: String(members.adults), hint: 'des adhésions envoyées', filter: { sent: 'true' } }}
          />
          <FigureCard
            listQuery={listQuery}
            figure={{ label: 'Élèves', value: String(members.pupils), hint: 'des adhésions envoyées', filter: { sent: 'true' } }}
          />
          <FigureCard
            listQuery={listQuery}
            figure={{
              label: 'Montant attendu',
              value: formatMoney(amounts.expected ?? 0),
              hint: 'dû par les adhésions envoyées, à valider, à corriger ou validées',
              filter: { sent: 'true' } }}
          />
          <FigureCard
            listQuery={listQuery}
            figure={{
              label: 'Montant validé',
              value: formatMoney(amounts.validated ?? 0),
              hint: 'dû par les adhésions validées, payées ou non',
              filter: { status: 'VALIDATED' }, color: 'teal.9' }}
          />
          <FigureCard
            listQuery={listQuery}
            figure={{
              label: 'Montant reçu',
              value: formatMoney(amounts.received ?? 0),
              hint: 'paiements cochés « reçu » à la vérification',
              filter: { paid: 'true' }, color: 'teal.9' }}
          />
        </SimpleGrid>
      </section>

      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="dash-trend">
        <Title order={2} size="h4" id="dash-trend" mb="xs">
          Envois jour par jour depuis le 1er septembre
        </Title>
        <TrendChart trend={d.trend ?? []} title={`Adhésions envoyées chaque jour depuis le 1er septembre ${d.schoolYear?.slice(0, 4)}`} />
      </Paper>
    </Stack>
  );
}
