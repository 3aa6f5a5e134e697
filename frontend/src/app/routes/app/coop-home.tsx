import { Badge, Group, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconCalendar } from '@tabler/icons-react';
import { NotFoundContent } from '@/components/ui/not-found-content';
import { PageHeader } from '@/components/ui/page-header';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { amountDue, useAdhesion, type Adhesion } from '@/features/adhesion/api/get-adhesion';
import { STATUS_COLORS } from '@/features/adhesion/utils/wording';
import { useCooperative } from '@/features/cooperative/api/get-cooperative';
import { CoopSummaryTiles, type AdhesionTileStatus } from '@/features/cooperative/components/coop-summary';
import { formatSchoolYear } from '@/lib/format';
import { CoopBreadcrumbs, useCooperativeId, useDepartmentName } from './coop-context';
import { useAccount } from './root';

/** "Sommaire": the cooperative's home, with the tiles of the user guides. */
export function CoopHomeRoute() {
  const id = useCooperativeId();
  return id === null ? <NotFoundContent /> : <CoopHome id={id} />;
}

function CoopHome({ id }: { id: number }) {
  const me = useAccount();
  const cooperative = useCooperative(id);
  const adhesion = useAdhesion(id, me.schoolYear);
  const departmentName = useDepartmentName(me, cooperative.data?.departmentCode);
  useDocumentTitle(
    cooperative.data ? `Sommaire — ${cooperative.data.schoolName} — Coopérative en ligne` : 'Sommaire — Coopérative en ligne',
  );

  if (cooperative.isPending) return <PageLoader />;
  if (cooperative.isError) return <QueryError error={cooperative.error} onRetry={() => cooperative.refetch()} />;
  const coop = cooperative.data;

  return (
    <>
      <PageHeader
        above={<CoopBreadcrumbs me={me} crumbs={[{ label: coop.code ?? '' }]} />}
        title={
          <>
            {coop.schoolName}
            <Text component="span" inherit c="dimmed" fw={500}>
              {' '}
              — {coop.city}
            </Text>
          </>
        }
        subtitle={
          <>
            Coopérative n° {coop.code}
            {departmentName && ` · ${departmentName}`}
          </>
        }
        aside={
          <Badge size="lg" variant="light" radius="sm" leftSection={<IconCalendar size={16} aria-hidden />} tt="none">
            Année scolaire {formatSchoolYear(me.schoolYear ?? '')}
          </Badge>
        }
      />
      <Group mb="md">
        <Text fw={600} size="lg" component="h2" m={0}>
          Sommaire
        </Text>
      </Group>
      <CoopSummaryTiles cooperativeId={id} adhesion={adhesion.data ? adhesionTile(adhesion.data) : undefined} />
    </>
  );
}

function adhesionTile(adhesion: Adhesion): AdhesionTileStatus {
  return {
    label: adhesion.statusLabel ?? '',
    amount: amountDue(adhesion),
    color: STATUS_COLORS[adhesion.status ?? 'NOT_STARTED'],
  };
}
