import { Alert, Anchor, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { Dialog } from '@/components/ui/dialog';
import { FormError } from '@/components/ui/form-error';
import { paths } from '@/config/paths';
import { formatDate, formatSchoolYear } from '@/lib/format';
import { errorMessage, isApiError, violationsByField } from '@/lib/problem';
import { shiftSchoolYear } from '@/lib/school-year';
import { useRequestOpeningCorrection, type AnnualReport } from '../api/reports';

type Props = { cooperativeId: number; year: string; report: AnnualReport; canWrite: boolean };

/**
 * The opening carried from last year's validated report cannot be typed over: « Demander à l'OCCE de corriger le
 * report à nouveau », with the reason; once asked, everyone reading the report sees the request (staff correct it by
 * reopening last year's report).
 */
export function OpeningCorrection({ cooperativeId, year, report, canWrite }: Props) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const request = useRequestOpeningCorrection(cooperativeId, year);
  const previous = shiftSchoolYear(year, -1);
  const errors = isApiError(request.error) ? violationsByField(request.error.violations) : {};
  return (
    <Stack gap="xs" mt="sm">
      {report.openingCorrection && (
        <Alert color="yellow" variant="light" title="Correction du report à nouveau demandée" role="status">
          <Text size="sm">
            Le {formatDate(report.openingCorrectionAt!)} : « {report.openingCorrection} »
          </Text>
          {!canWrite && (
            <Anchor component={Link} to={paths.coop.report.getHref(cooperativeId, previous)} size="sm">
              Ouvrir le compte-rendu {formatSchoolYear(previous)} (le rouvrir corrige le report)
            </Anchor>
          )}
        </Alert>
      )}
      {canWrite && (
        <Group>
          <Button variant="subtle" size="compact-sm" onClick={() => setOpen(true)}>
            Demander à l'OCCE de corriger le report à nouveau
          </Button>
        </Group>
      )}
      <Dialog opened={open} onClose={() => setOpen(false)} title="Corriger le report à nouveau">
        <Stack gap="sm">
          <Text size="sm">
            Le report à nouveau vient du compte-rendu {formatSchoolYear(previous)} validé par l'OCCE. Expliquez ce qui est faux : l'OCCE le reçoit par
            courriel et peut rouvrir ce compte-rendu pour le corriger.
          </Text>
          <Textarea
            label="Ce qui est faux"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={2000}
            error={errors.reason}
          />
          {request.isError && !errors.reason && <FormError>{errorMessage(request.error)}</FormError>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              Annuler
            </Button>
            <Button loading={request.isPending} onClick={() => request.mutate(reason, { onSuccess: () => setOpen(false) })}>
              Envoyer la demande
            </Button>
          </Group>
        </Stack>
      </Dialog>
    </Stack>
  );
}
