import { Button, Center, Group, Loader, Paper, Stack, Text, ThemeIcon, Title, VisuallyHidden } from '@mantine/core';
import { IconCopy, IconPencilPlus, IconReceiptOff } from '@tabler/icons-react';
import { useState } from 'react';
import { FormError } from '@/components/ui/form-error';
import { QueryError } from '@/components/ui/query-error';
import { formatDate, formatSchoolYear } from '@/lib/format';
import { errorMessage } from '@/lib/problem';
import { shiftSchoolYear } from '@/lib/school-year';
import { useCopyPreviousTariff } from '../api/copy-tariff';
import { useTariff } from '../api/get-tariff';
import { useTariffDefaults } from '../api/get-tariff-defaults';
import { defaultTariffValues, tariffValues } from '../api/save-tariff';
import { TariffForm } from './tariff-form';

type TariffEditorProps = {
  departmentCode: string;
  year: string;
  /** "OCCE du Lot", when known. */
  departmentName?: string;
};

/** The barème of a department's year: the form, or a way to start one (copy last year's, or from scratch). */
export function TariffEditor({ departmentCode, year, departmentName }: TariffEditorProps) {
  const tariff = useTariff(departmentCode, year);
  const defaults = useTariffDefaults(departmentCode, year, tariff.data === null);
  const copy = useCopyPreviousTariff();
  const [creating, setCreating] = useState(false);
  const occe = departmentName ? `de l'${departmentName}` : `du département ${departmentCode}`;

  if (tariff.isPending || (tariff.data === null && creating && defaults.isPending)) {
    return (
      <Center py="xl" role="status">
        <span role="status"><Loader aria-hidden /><VisuallyHidden>Chargement du barème</VisuallyHidden></span>
      </Center>
    );
  }
  if (tariff.isError) return <QueryError error={tariff.error} onRetry={() => tariff.refetch()} />;
  if (tariff.data === null && creating && defaults.isError) {
    return <QueryError error={defaults.error} onRetry={() => defaults.refetch()} />;
  }

  const current = tariff.data;
  if (current === null && !creating) {
    return (
      <Paper withBorder radius="md" p="xl">
        <Stack align="center" gap="sm" ta="center">
          <ThemeIcon size={48} radius="xl" variant="light" color="gray" aria-hidden>
            <IconReceiptOff size={26} />
          </ThemeIcon>
          <Title order={2} size="h4">
            Le barème {formatSchoolYear(year)} {occe} n'est pas encore défini.
          </Title>
          <Text size="sm" c="dimmed" maw={520}>
            Tant qu'il ne l'est pas, les coopératives peuvent saisir leurs classes, mais leur adhésion n'est ni calculée ni
            envoyée. Partez du barème {formatSchoolYear(shiftSchoolYear(year, -1))}, ou saisissez-en un nouveau.
          </Text>
          {copy.isError && <FormError>{errorMessage(copy.error)}</FormError>}
          <Group gap="sm" justify="center">
            <Button
              leftSection={<IconCopy size={18} aria-hidden />}
              loading={copy.isPending}
              onClick={() => copy.mutate({ departmentCode, year })}
            >
              Copier le barème de l'an dernier
            </Button>
            <Button variant="default" leftSection={<IconPencilPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
              Saisir un nouveau barème
            </Button>
          </Group>
        </Stack>
      </Paper>
    );
  }

  return (
    <Stack gap="sm">
      {current && (
        <Text size="sm" c="dimmed">
          Campagne du {current.opensOn ? formatDate(current.opensOn) : '—'} au{' '}
          {current.deadline ? formatDate(current.deadline) : '—'}
        </Text>
      )}
      <TariffForm
        // a new version read (saved, reloaded, copied) starts the form again
        key={`${departmentCode}-${year}-${current?.version ?? 'new'}`}
        departmentCode={departmentCode}
        year={year}
        tariff={current}
        initialValues={current ? tariffValues(current) : defaultTariffValues(defaults.data!)}
        onReload={() => void tariff.refetch()}
      />
    </Stack>
  );
}
