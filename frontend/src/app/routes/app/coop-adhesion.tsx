import { Badge, Group, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconCalendar } from '@tabler/icons-react';
import { NotFoundContent } from '@/components/ui/not-found-content';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { useAdhesion } from '@/features/adhesion/api/get-adhesion';
import { StatusBadge } from '@/features/adhesion/components/adhesion-status';
import { AdhesionWorkspace } from '@/features/adhesion/components/adhesion-workspace';
import { ofSchool } from '@/features/adhesion/utils/wording';
import { useCooperative } from '@/features/cooperative/api/get-cooperative';
import { isStaff } from '@/lib/auth';
import { formatSchoolYear } from '@/lib/format';
import { CoopPageHeader, useCooperativeId, useDepartmentName } from './coop-context';
import { useAccount } from './root';

/** "Adhésion": the class lines, declarations, fee and submission of the current school year. */
export function CoopAdhesionRoute() {
  const id = useCooperativeId();
  return id === null ? <NotFoundContent /> : <CoopAdhesion id={id} />;
}

function CoopAdhesion({ id }: { id: number }) {
  useDocumentTitle('Adhésion — Coopérative en ligne');
  const me = useAccount();
  const year = me.schoolYear;
  const cooperative = useCooperative(id);
  const adhesion = useAdhesion(id, year);
  const departmentName = useDepartmentName(me, cooperative.data?.departmentCode);

  if (cooperative.isPending || adhesion.isPending) return <PageLoader />;
  if (cooperative.isError) return <QueryError error={cooperative.error} onRetry={() => cooperative.refetch()} />;
  if (adhesion.isError) return <QueryError error={adhesion.error} onRetry={() => adhesion.refetch()} />;
  const coop = cooperative.data;

  return (
    <>
      <CoopPageHeader
        me={me}
        coop={coop}
        page="Adhésion"
        title="Adhésion"
        subtitle={
          <>
            Adhésion de la Coopérative Scolaire {ofSchool(coop.schoolName ?? '')}, à {coop.city}.
            <Text span inherit display="block">
              {coop.mandataireName && `Mandataire : ${coop.mandataireName}. `}
              {!isStaff(me) && `Saisissez ci-dessous les informations demandées pour l'année ${formatSchoolYear(year ?? '')}.`}
            </Text>
          </>
        }
        aside={
          <Group gap="xs">
            <Badge size="lg" variant="light" radius="sm" leftSection={<IconCalendar size={16} aria-hidden />} tt="none">
              Année scolaire {formatSchoolYear(year ?? '')}
            </Badge>
            <StatusBadge adhesion={adhesion.data} />
          </Group>
        }
      />
      <AdhesionWorkspace
        adhesion={adhesion.data}
        departmentName={departmentName}
        onReload={() => void adhesion.refetch()}
        forStaff={isStaff(me)}
      />
    </>
  );
}
