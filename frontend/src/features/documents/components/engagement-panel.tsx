import type { CSSProperties } from 'react';
import { Badge, Box, Button, FileInput, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconUpload } from '@tabler/icons-react';
import { DownloadButton } from '@/components/ui/download-button';
import { useState } from 'react';
import type { components } from '@/api/generated/schema';
import { formatSize } from '@/lib/format';
import { ACCEPTED_FILES, fileProblem } from '@/lib/files';
import { formatDate } from '@/lib/format';
import { errorMessage } from '@/lib/problem';
import { DocumentButton } from '@/features/adhesion/components/document-button';
import { fetchEngagementForm, useEngagementUploads, useUploadEngagement } from '../api/engagement';
import { occeOf } from '@/lib/wording';

/** What this panel reads of the adhesion (the adhesion feature's own type adds its priced fee). */
type Adhesion = Omit<components['schemas']['Adhesion'], 'fee'>;

type EngagementPanelProps = {
  adhesion: Adhesion;
  departmentName?: string;
  /** Staff open the cooperative's page: the texts speak of the cooperative. */
  forStaff?: boolean;
};

/**
 * "Engagement du mandataire" (seeds 002, 003): download it pre-filled, sign it by hand, send its scan or photo.
 * Without it the OCCE cannot validate the adhesion; a newer file replaces the older one until validation.
 */
export function EngagementPanel({ adhesion, departmentName, forStaff = false }: EngagementPanelProps) {
  const adhesionId = adhesion.id!;
  const uploads = useEngagementUploads(adhesionId);
  const upload = useUploadEngagement(adhesionId, adhesion.cooperativeId ?? 0);
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const { occe, Occe } = occeOf(departmentName);
  const locked = adhesion.status === 'VALIDATED';
  const current = uploads.data?.find((d) => d.current);

  const send = () => {
    const problem = fileProblem(file);
    setLocalError(problem);
    if (problem || !file) return;
    upload.mutate(file, {
      onSuccess: () => {
        setFile(null);
        notifications.show({
          color: 'teal',
          icon: <IconCheck size={18} aria-hidden />,
          title: 'Engagement envoyé',
          message: `${Occe} le vérifiera avant de valider l'adhésion.`,
        });
      },
    });
  };

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="engagement-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="engagement-title">
          Engagement du mandataire
        </Title>
        {locked ? (
          <Text size="sm" data-testid="engagement-state">
            L'engagement signé a été vérifié par {occe} : l'adhésion est validée. Il reste téléchargeable ici.
          </Text>
        ) : current ? (
          <Text size="sm" data-testid="engagement-state">
            {forStaff ? 'L' : 'Votre e'}ngagement signé est bien reçu{current.uploadedAt ? ` (envoyé le ${formatDate(current.uploadedAt)})` : ''}.{' '}
            {Occe} le vérifiera avant de valider l'adhésion ; un fichier plus
            lisible peut encore le remplacer.
          </Text>
        ) : (
          <Text size="sm" data-testid="engagement-state">
            La signature manuscrite sur ce papier est <strong>obligatoire</strong> : téléchargez-le, datez-le, faites-le
            signer, puis déposez ici son scan ou sa photo (PDF, JPEG ou PNG, 10 Mo au plus). L'adhésion ne sera pas validée
            sans lui.
          </Text>
        )}
        <DownloadButton variant="light" fetchFile={() => fetchEngagementForm(adhesionId)}
          fileName={`engagement-mandataire-${adhesion.cooperativeCode}.pdf`}>
          Télécharger l'engagement du mandataire (PDF)
        </DownloadButton>
        {!locked && (
          <Group align="flex-end" gap="sm" wrap="wrap">
            <FileInput
              label={current ? "Remplacer l'engagement signé" : "Scan ou photo de l'engagement signé"}
              accept={ACCEPTED_FILES}
              value={file}
              onChange={(value) => {
                setFile(value);
                setLocalError(null);
                upload.reset();
              }}
              clearable
              style={{ flex: '1 1 280px' }}
              error={localError ?? (upload.isError ? errorMessage(upload.error) : undefined)}
            />
            <Button leftSection={<IconUpload size={18} aria-hidden />} onClick={send} loading={upload.isPending}>
              Envoyer le fichier
            </Button>
          </Group>
        )}
        {uploads.data && uploads.data.length > 0 ? (
          <Box className="stack-table-scroll" style={{ '--stack-table-min-width': '520px' } as CSSProperties}>
            <Table verticalSpacing="xs" aria-label="Engagements envoyés" className="stack-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Fichier</Table.Th>
                  <Table.Th>Taille</Table.Th>
                  <Table.Th>Envoyé le</Table.Th>
                  <Table.Th>État</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Ouvrir</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {uploads.data.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td data-label="Fichier" style={{ wordBreak: 'break-all' }}>{d.name}</Table.Td>
                    <Table.Td data-label="Taille">{formatSize(d.size)}</Table.Td>
                    <Table.Td data-label="Envoyé le">{d.uploadedAt ? formatDate(d.uploadedAt) : ''}</Table.Td>
                    <Table.Td data-label="État">
                      {d.current ? (
                        <Badge color="teal" variant="light" tt="none">
                          actuel
                        </Badge>
                      ) : (
                        <Badge color="gray" variant="light" c="gray.8" tt="none">
                          remplacé
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <DocumentButton document={d} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Box>
        ) : (
          uploads.isSuccess && (
            <Text size="sm" c="dimmed">
              Aucun engagement signé n'a encore été envoyé.
            </Text>
          )
        )}
      </Stack>
    </Paper>
  );
}
