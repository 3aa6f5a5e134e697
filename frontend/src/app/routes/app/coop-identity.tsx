import { Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { NotFoundContent } from '@/components/ui/not-found-content';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { ResetMandatairePassword } from '@/features/auth/components/reset-mandataire-password';
import { useCooperative } from '@/features/cooperative/api/get-cooperative';
import { IdentityFacts } from '@/features/cooperative/components/identity-facts';
import { IdentityForm } from '@/features/cooperative/components/identity-form';
import { SepaMandateSection } from '@/features/sepa/components/sepa-mandate-section';
import { isStaff } from '@/lib/auth';
import { CoopPageHeader, useCooperativeId, useDepartmentName } from './coop-context';
import { useAccount } from './root';

/** "Identité de la coopérative": what the cooperative is, and the contact details it keeps up to date. */
export function CoopIdentityRoute() {
  const id = useCooperativeId();
  return id === null ? <NotFoundContent /> : <CoopIdentity id={id} />;
}

function CoopIdentity({ id }: { id: number }) {
  useDocumentTitle('Identité de la coopérative — Coopérative en ligne');
  const me = useAccount();
  const cooperative = useCooperative(id);
  const departmentName = useDepartmentName(me, cooperative.data?.departmentCode);

  if (cooperative.isPending) return <PageLoader />;
  if (cooperative.isError) return <QueryError error={cooperative.error} onRetry={() => cooperative.refetch()} />;
  const coop = cooperative.data;

  return (
    <>
      <CoopPageHeader
        me={me}
        coop={coop}
        page="Identité de la coop."
        title="Identité de la coopérative"
      />
      <Stack gap="md">
        <IdentityFacts cooperative={coop} departmentName={departmentName} />
        <IdentityForm
          cooperative={coop}
          canEditSchool={isStaff(me)}
          onReload={async () => (await cooperative.refetch()).data}
        />
        {isStaff(me) && <ResetMandatairePassword cooperative={coop} />}
        <SepaMandateSection cooperativeId={id} canEdit={isStaff(me)} />
      </Stack>
    </>
  );
}
