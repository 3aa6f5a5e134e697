import { Badge, Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { QueryError } from '@/components/ui/query-error';
import { useEngagementUploads } from '../api/get-engagements';
import { formatDateTime, formatSize } from '@/lib/format';
import { DocumentButton } from './document-button';
import { ListLoader } from '@/components/ui/data-list-frame';

/** The signed engagements the cooperative uploaded, newest first; "Voir" opens one in a new tab. */
export function EngagementUploads({ adhesionId }: { adhesionId: number }) {
  const uploads = useEngagementUploads(adhesionId);
  const items = uploads.data ?? [];

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="engagements-title">
      <Title order={2} size="h3" id="engagements-title" mb="sm">
        Engagement du mandataire signé
      </Title>
      {uploads.isPending ? (
        <ListLoader label="Chargement des engagements déposés" size="sm" />
      ) : uploads.isError ? (
        <QueryError error={uploads.error} onRetry={() => uploads.refetch()} title="Les engagements déposés n'ont pas pu être lus" />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          La coopérative n'a pas encore déposé l'engagement signé.
        </Text>
      ) : (
        <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }} aria-labelledby="engagements-title">
          {items.map((document, index) => (
            <Group
              component="li"
              key={document.id}
              justify="space-between"
              align="center"
              gap="sm"
              wrap="nowrap"
              py="xs"
              style={index > 0 ? { borderTop: '1px solid var(--mantine-color-gray-3)' } : undefined}
            >
              <Box style={{ minWidth: 0 }}>
                <Group gap={6} wrap="wrap">
                  <Text size="sm" fw={600} style={{ wordBreak: 'break-word' }}>
                    {document.name}
                  </Text>
                  {document.current ? (
                    <Badge color="teal" variant="light" radius="sm" tt="none" size="sm">
                      actuel
                    </Badge>
                  ) : (
                    <Badge color="gray" variant="light" radius="sm" tt="none" size="sm">
                      remplacé
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {formatSize(document.size)}
                  {document.uploadedAt ? ` · déposé le ${formatDateTime(document.uploadedAt)}` : ''}
                </Text>
              </Box>
              <DocumentButton document={document} />
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
