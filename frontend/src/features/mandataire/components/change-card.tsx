import { Anchor, Badge, Box, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { DocumentButton } from '@/features/adhesion/components/document-button';
import { formatDateTime, formatSize } from '@/lib/format';
import type { MandataireChange } from '../api/get-department-changes';
import { CHANGE_STATUS_LABELS } from '../utils/wording';
import { Fact } from '@/components/ui/fact';

type ChangeCardProps = {
  change: MandataireChange;
  onAccept: (change: MandataireChange) => void;
  onRefuse: (change: MandataireChange) => void;
  /** A decision on this request is under way. */
  busy: boolean;
};

/** One request: the new mandataire and co-signatories, the three papers, and the decision (or the one taken). */
export function ChangeCard({ change, onAccept, onRefuse, busy }: ChangeCardProps) {
  const status = change.status ?? 'PENDING';
  const badge = CHANGE_STATUS_LABELS[status];
  const titleId = `change-${change.id}-title`;
  const documents = change.documents ?? [];

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="article" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap" mb="md">
        <Box>
          <Title order={2} size="h4" id={titleId}>
            {change.cooperativeId != null ? (
              <Anchor component={Link} to={paths.coop.home.getHref(change.cooperativeId)} inherit>
                {change.cooperativeCode}
              </Anchor>
            ) : (
              change.cooperativeCode
            )}{' '}
            : {change.newMandataireName ?? 'nouveau mandataire'}
          </Title>
          <Text size="sm" c="dimmed">
            Demande du {change.createdAt ? formatDateTime(change.createdAt) : '—'}
            {change.createdBy ? `, par ${change.createdBy}` : ''}
          </Text>
        </Box>
        <Badge color={badge.color} variant="light" radius="sm" tt="none" size="lg">
          {badge.label}
        </Badge>
      </Group>

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Box>
          <Title order={3} size="h5" mb="xs">
            Nouveau mandataire
          </Title>
          <Stack component="dl" gap="xs" m={0}>
            <Fact label="Nom">{change.newMandataireName}</Fact>
            <Fact label="E-mail">{change.newMandataireEmail}</Fact>
            <Fact label="Téléphone">{change.newMandatairePhone}</Fact>
            <Fact label="Nouveaux co-signataires">{change.newCoSignatories}</Fact>
          </Stack>
        </Box>
        <Box>
          <Title order={3} size="h5" mb="xs">
            Pièces jointes
          </Title>
          {documents.length === 0 ? (
            <Text size="sm" c="dimmed">
              Aucune pièce jointe.
            </Text>
          ) : (
            <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
              {documents.map((document) => (
                <Group component="li" key={document.id} justify="space-between" gap="xs" wrap="nowrap">
                  <Box style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600}>
                      {document.kindLabel ?? document.name}
                    </Text>
                    <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
                      {document.name} · {formatSize(document.size)}
                    </Text>
                  </Box>
                  <DocumentButton document={document} label={document.kindLabel ?? document.name} />
                </Group>
              ))}
            </Stack>
          )}
        </Box>
      </SimpleGrid>

      {status === 'PENDING' ? (
        <Group justify="flex-end" gap="sm" mt="lg" wrap="wrap">
          <Button
            variant="light"
            color="red"
            leftSection={<IconX size={18} aria-hidden />}
            onClick={() => onRefuse(change)}
            disabled={busy}
            aria-label={`Refuser la demande de ${change.cooperativeCode}`}
          >
            Refuser
          </Button>
          <Button
            leftSection={<IconCheck size={18} aria-hidden />}
            onClick={() => onAccept(change)}
            disabled={busy}
            aria-label={`Accepter la demande de ${change.cooperativeCode}`}
          >
            Accepter
          </Button>
        </Group>
      ) : (
        <Text size="sm" mt="lg" c={status === 'REFUSED' ? 'red.9' : undefined} style={{ whiteSpace: 'pre-line' }}>
          {status === 'ACCEPTED' ? 'Acceptée' : 'Refusée'}
          {change.decidedAt ? ` le ${formatDateTime(change.decidedAt)}` : ''}
          {change.decidedBy ? ` par ${change.decidedBy}` : ''}
          {status === 'REFUSED' && change.refusalReason ? ` : « ${change.refusalReason} »` : '.'}
        </Text>
      )}
    </Paper>
  );
}
