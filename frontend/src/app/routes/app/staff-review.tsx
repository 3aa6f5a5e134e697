import { Anchor, Badge, Breadcrumbs, Group, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { IconCalendar } from '@tabler/icons-react';
import { Link, useLocation, useParams } from 'react-router';
import { NotFoundContent } from '@/components/ui/not-found-content';
import { PageHeader } from '@/components/ui/page-header';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { StatusBadge } from '@/features/adhesion/components/adhesion-status';
import { ofSchool } from '@/features/adhesion/utils/wording';
import { getCooperativeQueryOptions } from '@/features/cooperative/api/get-cooperative';
import { useReviewedAdhesion } from '@/features/adhesion/api/get-review';
import { ReviewWorkspace } from '@/features/adhesion/components/review-workspace';
import { isAdmin } from '@/lib/auth';
import { formatSchoolYear } from '@/lib/format';
import { useDepartmentName } from './coop-context';
import { RequireRole } from './require-role';
import { useAccount } from './root';

/** The review of one adhesion by the department's staff: figures, signed engagement, checklist, decisions. */
export function StaffReviewRoute() {
  useDocumentTitle("Validation d'une adhésion — Coopérative en ligne");
  const { adhesionId } = useParams();
  const id = Number(adhesionId);
  return (
    <RequireRole roles={['staff', 'admin']}>
      {Number.isSafeInteger(id) && id > 0 ? <StaffReview key={id} adhesionId={id} /> : <NotFoundContent />}
    </RequireRole>
  );
}

function StaffReview({ adhesionId }: { adhesionId: number }) {
  const me = useAccount();
  const location = useLocation();
  const adhesion = useReviewedAdhesion(adhesionId);
  const cooperativeId = adhesion.data?.cooperativeId;
  const cooperative = useQuery({ ...getCooperativeQueryOptions(cooperativeId ?? 0), enabled: cooperativeId != null });
  const departmentName = useDepartmentName(me, cooperative.data?.departmentCode);

  if (adhesion.isError) return <QueryError error={adhesion.error} onRetry={() => adhesion.refetch()} />;
  if (cooperative.isError) return <QueryError error={cooperative.error} onRetry={() => cooperative.refetch()} />;
  if (adhesion.isPending || cooperative.isPending) return <PageLoader label="Chargement de l'adhésion…" />;
  const current = adhesion.data;
  const coop = cooperative.data;

  // back to the list it was opened from (its filters and page), or to the department's queue
  const from = (location.state as { backTo?: unknown } | null)?.backTo;
  const backTo =
    typeof from === 'string' && from.startsWith(paths.staff.reviewQueue.path)
      ? from
      : paths.staff.reviewQueue.getHref(isAdmin(me) && coop.departmentCode ? { department: coop.departmentCode } : undefined);

  return (
    <>
      <PageHeader
        above={
          <nav aria-label="Fil d'Ariane">
            <Breadcrumbs separator="›" separatorMargin={6} style={{ flexWrap: 'wrap' }}>
              <Anchor component={Link} to={backTo} size="sm">
                Validation des adhésions
              </Anchor>
              <Text size="sm" c="dimmed" aria-current="page">
                {coop.code}
              </Text>
            </Breadcrumbs>
          </nav>
        }
        title={`Adhésion de ${coop.code}`}
        subtitle={
          <>
            Coopérative Scolaire {ofSchool(coop.schoolName ?? '')}, à {coop.city}.
            {coop.mandataireName && (
              <Text span inherit display="block">
                Mandataire : {coop.mandataireName}.
              </Text>
            )}
          </>
        }
        aside={
          <Group gap="xs">
            <Badge size="lg" variant="light" radius="sm" leftSection={<IconCalendar size={16} aria-hidden />} tt="none">
              Année scolaire {formatSchoolYear(current.schoolYear ?? '')}
            </Badge>
            <StatusBadge adhesion={current} />
          </Group>
        }
      />
      <ReviewWorkspace
        adhesion={current}
        cooperative={coop}
        departmentName={departmentName}
        onReload={() => void adhesion.refetch()}
      />
    </>
  );
}
