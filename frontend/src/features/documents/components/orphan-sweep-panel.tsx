import { Alert, Button, Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { FormError } from '@/components/ui/form-error';
import { formatDateTime } from '@/lib/format';
import { errorMessage } from '@/lib/problem';
import { useSweepOrphans } from '../api/orphan-sweep';

/**
 * The national admin's "Nettoyer le stockage": removes the uploaded files that no document names any more (the bytes
 * of an upload whose saving failed half-way). Each server also does it every 6 hours; this is for after an incident.
 */
export function OrphanSweepPanel() {
  const [minutes, setMinutes] = useState<number | string>(60);
  const sweep = useSweepOrphans();
  const valid = typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= 0 && minutes <= 10080;
  return (
    <Card withBorder component="section" aria-labelledby="orphan-sweep-title" mt="xl">
      <Stack gap="sm">
        <Title order={2} size="h4" id="orphan-sweep-title">
          Stockage des documents
        </Title>
        <Text size="sm" c="dimmed">
          Supprime les fichiers envoyés dont l’enregistrement n’a pas abouti (aucun document ne les désigne). Chaque
          serveur le fait seul toutes les 6 heures ; après un incident, vous pouvez le demander tout de suite. Les
          fichiers plus récents que l’âge choisi sont laissés : un envoi peut être en cours.
        </Text>
        <Group align="flex-end">
          <NumberInput
            label="Âge minimal des fichiers (minutes)"
            min={0}
            max={10080}
            allowDecimal={false}
            value={minutes}
            onChange={setMinutes}
            error={valid ? undefined : 'Entre 0 et 10080 minutes (une semaine).'}
            w={260}
          />
          <Button
            leftSection={<IconTrash size={18} aria-hidden />}
            variant="light"
            loading={sweep.isPending}
            disabled={!valid}
            onClick={() => valid && sweep.mutate(minutes)}
          >
            Nettoyer le stockage
          </Button>
        </Group>
        {sweep.isError && <FormError title="Nettoyage impossible">{errorMessage(sweep.error)}</FormError>}
        {sweep.data && <SweepOutcome examined={sweep.data.examined ?? 0} removed={sweep.data.removed ?? 0} before={sweep.data.storedBefore} />}
      </Stack>
    </Card>
  );
}

function SweepOutcome({ examined, removed, before }: { examined: number; removed: number; before?: string }) {
  const s = (n: number) => (n > 1 ? 's' : '');
  return (
    <Alert color={removed > 0 ? 'orange' : 'green'} variant="light" role="status">
      {examined} fichier{s(examined)} enregistré{s(examined)}
      {before ? ` avant le ${formatDateTime(before)}` : ''} examiné{s(examined)} :{' '}
      {removed === 0
        ? 'aucun fichier sans document.'
        : `${removed} fichier${s(removed)} sans document supprimé${s(removed)} (inscrit au journal).`}
    </Alert>
  );
}
