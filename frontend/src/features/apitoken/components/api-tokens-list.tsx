import { Alert, Badge, Button, Code, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconApi, IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { FormError } from '@/components/ui/form-error';
import { DataListFrame } from '@/components/ui/data-list-frame';
import { Dialog } from '@/components/ui/dialog';
import { CELL_BADGE_STYLE, CountText, urlPagination } from '@/components/ui/list-tools';
import { AdminDepartmentPanel, useDepartmentList } from '@/features/department/components/department-choice';
import { formatDateTime } from '@/lib/format';
import type { Me } from '@/lib/auth';
import { errorMessage } from '@/lib/problem';
import { useApiTokens, useRevokeApiToken, type ApiToken } from '../api/api-tokens';
import { CreateTokenModal } from './create-token-modal';

function StatusBadge({ token }: { token: ApiToken }) {
  return token.active ? (
    <Badge color="teal" variant="light" radius="sm" tt="none" style={CELL_BADGE_STYLE}>
      actif
    </Badge>
  ) : (
    <Badge color="gray" variant="light" radius="sm" tt="none" style={CELL_BADGE_STYLE}>
      révoqué le {formatDateTime(token.revokedAt!).split(' à ')[0]}
    </Badge>
  );
}

/** "Accès API": the department's read-only tokens for third-party software; create one (secret shown once), revoke one. */
export function ApiTokensList({ me }: { me: Me }) {
  const { update, department, page } = useDepartmentList(me);
  const tokens = useApiTokens(department.code, page);
  const revoke = useRevokeApiToken(department.code);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const data = tokens.data;
  const items = data?.items ?? [];

  const closeRevoke = () => {
    setRevoking(null);
    revoke.reset();
  };

  return (
    <Stack gap="md">
      <AdminDepartmentPanel department={department} onChange={(code) => update({ department: code, page: null })} />

      <Alert color="blue" variant="light" role="note" icon={<IconInfoCircle aria-hidden />}>
        <Text size="sm">
          Un jeton donne à un logiciel un accès en lecture seule aux coopératives (données publiques de l'école), aux
          adhésions (effectifs, cotisations, statuts) et aux attestations du département, par l'API documentée dans{' '}
          <Code>openapi.yaml</Code>. Il ne donne accès ni aux coordonnées des mandataires, ni aux comptes bancaires, ni aux
          documents envoyés.
        </Text>
      </Alert>

      {!department.code ? (
        <Text c="dimmed">Choisissez un département pour voir ses jetons d'API.</Text>
      ) : (
        <>
          <Group justify="space-between" wrap="wrap">
            <CountText count={data?.totalItems ?? 0} one="jeton" many="jetons" fetching={tokens.isFetching && !tokens.isPending} />
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              Nouveau jeton
            </Button>
          </Group>
          <DataListFrame
            query={tokens}
            empty={items.length === 0}
            errorTitle="Les jetons n'ont pas pu être lus"
            loadingLabel="Chargement des jetons"
            emptyIcon={<IconApi size={26} />}
            emptyTitle="Aucun jeton d'API pour l'instant."
            emptyHint="Créez-en un pour chaque logiciel qui doit lire les données du département."
            pagination={urlPagination(data?.totalPages, page, update)}
          >
            <Table.ScrollContainer minWidth={720} type="native">
              <Table verticalSpacing="sm" horizontalSpacing="sm" aria-label="Jetons d'API">
                <Table.Thead bg="gray.0">
                  <Table.Tr>
                    <Table.Th scope="col">Nom</Table.Th>
                    <Table.Th scope="col">Créé</Table.Th>
                    <Table.Th scope="col">Dernière utilisation</Table.Th>
                    <Table.Th scope="col">État</Table.Th>
                    <Table.Th scope="col">Action</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((token) => (
                    <Table.Tr key={token.id}>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {token.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          <Code>{token.prefix}…</Code>
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {token.createdAt ? formatDateTime(token.createdAt) : '—'}
                        </Text>
                        <Text size="xs" c="dimmed">
                          par {token.createdBy}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'jamais'}
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge token={token} />
                      </Table.Td>
                      <Table.Td>
                        {token.active && (
                          <Button size="xs" color="red" variant="light" onClick={() => setRevoking(token)}>
                            Révoquer<VisuallyHidden> le jeton {token.name}</VisuallyHidden>
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </DataListFrame>
        </>
      )}

      <CreateTokenModal departmentCode={department.code} opened={creating} onClose={() => setCreating(false)} />

      <Dialog opened={revoking !== null} onClose={closeRevoke} title="Révoquer ce jeton ?">
        {revoking && (
          <Stack gap="md">
            <Text size="sm">
              Le jeton « {revoking.name} » ne sera plus accepté, dès maintenant : le logiciel qui l'utilise ne pourra plus
              lire les données du département. Cette action est définitive.
            </Text>
            {revoke.isError && <FormError>{errorMessage(revoke.error)}</FormError>}
            <Group justify="flex-end">
              <Button variant="default" onClick={closeRevoke}>
                Annuler
              </Button>
              <Button
                color="red"
                loading={revoke.isPending}
                onClick={() => revoke.mutate({ token: revoking }, { onSuccess: closeRevoke })}
              >
                Révoquer le jeton
              </Button>
            </Group>
          </Stack>
        )}
      </Dialog>
    </Stack>
  );
}
