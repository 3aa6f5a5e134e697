import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { DownloadButton } from '@/components/ui/download-button';
import { NotFoundContent } from '@/components/ui/not-found-content';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { useCooperative } from '@/features/cooperative/api/get-cooperative';
import { fetchChangeForm, useCooperativeChanges, type MandataireChange } from '@/features/mandataire/api/mandataire-change';
import { ChangeRequestForm } from '@/features/mandataire/components/change-request-form';
import { formatDate } from '@/lib/format';
import { CoopPageHeader, useCooperativeId, useDepartmentName } from './coop-context';
import { useAccount } from './root';
import { occeOf } from '@/lib/wording';

const STATUS: Record<string, { label: string; color: string }> = {
  PENDING: { label: "En attente de l'OCCE", color: 'orange' },
  ACCEPTED: { label: 'Acceptée', color: 'teal' },
  REFUSED: { label: 'Refusée', color: 'red' },
};

/** "Changement de mandataire et/ou de signataire(s)": the form to print, the papers to send, the answers. */
export function CoopMandataireChangeRoute() {
  const id = useCooperativeId();
  return id === null ? <NotFoundContent /> : <CoopMandataireChange id={id} />;
}

function CoopMandataireChange({ id }: { id: number }) {
  useDocumentTitle('Changement de mandataire — Coopérative en ligne');
  const me = useAccount();
  const cooperative = useCooperative(id);
  const changes = useCooperativeChanges(id);
  const departmentName = useDepartmentName(me, cooperative.data?.departmentCode);

  if (cooperative.isPending) return <PageLoader />;
  if (cooperative.isError) return <QueryError error={cooperative.error} onRetry={() => cooperative.refetch()} />;
  const coop = cooperative.data;
  const { occe } = occeOf(departmentName);
  const pending = (changes.data?.items ?? []).some((c) => c.status === 'PENDING');
  const account = [coop.bankAccount, coop.bankName ? `(${coop.bankName})` : null].filter(Boolean).join(' ');

  return (
    <>
      <CoopPageHeader
        me={me}
        coop={coop}
        page="Changement de mandataire"
        title="Changement de mandataire et/ou de signataire(s)"
      />
      <Stack gap="lg">
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="change-how-title">
          <Stack gap="sm">
            <Title order={2} size="h3" id="change-how-title">
              Comment faire
            </Title>
            <Text size="sm">
              Mandataire actuel : <strong>{coop.mandataireName ?? '—'}</strong>
              {coop.coSignatories ? ` · co-signataires : ${coop.coSignatories.replace(/\n/g, ', ')}` : ''}.
            </Text>
            <Text size="sm">
              1. Imprimez le formulaire pré-rempli, pour le compte bancaire n° {account || '—'}, et faites-le remplir et signer.
              <br />
              2. Joignez une copie recto/verso de la pièce d'identité du nouveau mandataire et un justificatif de domicile de moins
              de 3 mois (facture d'énergie, abonnement internet).
              <br />
              3. Envoyez le tout à {occe} ci-dessous. Une fois la demande acceptée, le nouveau mandataire reçoit par courriel un
              mot de passe provisoire, et l'accès de l'ancien mandataire est fermé.
            </Text>
            <DownloadButton variant="light" fetchFile={() => fetchChangeForm(id)} fileName={`changement-mandataire-${coop.code}.pdf`}>
              Changement pour le compte bancaire n° {account || '—'}
            </DownloadButton>
          </Stack>
        </Paper>
        <ChangeRequestForm cooperativeId={id} disabled={pending} />
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="change-history-title">
          <Title order={2} size="h3" id="change-history-title" mb="sm">
            Demandes envoyées
          </Title>
          {changes.isError && <QueryError error={changes.error} onRetry={() => changes.refetch()} />}
          {changes.isSuccess && (changes.data.items ?? []).length === 0 && (
            <Text size="sm" c="dimmed">
              Aucune demande de changement n'a été envoyée.
            </Text>
          )}
          {changes.isSuccess && (changes.data.items ?? []).length > 0 && (
            <Table.ScrollContainer minWidth={560}>
              <Table aria-label="Demandes de changement de mandataire">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Envoyée le</Table.Th>
                    <Table.Th>Nouveau mandataire</Table.Th>
                    <Table.Th>État</Table.Th>
                    <Table.Th>Réponse</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {(changes.data.items ?? []).map((c: MandataireChange) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>{c.createdAt ? formatDate(c.createdAt) : ''}</Table.Td>
                      <Table.Td>
                        {c.newMandataireName}
                        <Text size="xs" c="dimmed">
                          {c.newMandataireEmail}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" tt="none" color={STATUS[c.status ?? 'PENDING'].color}>
                          {STATUS[c.status ?? 'PENDING'].label}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {c.decidedAt ? `${formatDate(c.decidedAt)}${c.refusalReason ? ` — ${c.refusalReason}` : ''}` : '—'}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Paper>
      </Stack>
    </>
  );
}
