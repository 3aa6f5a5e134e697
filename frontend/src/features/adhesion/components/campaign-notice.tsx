import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCalendarEvent, IconClockHour4, IconInfoCircle } from '@tabler/icons-react';
import { formatDate, formatSchoolYear } from '@/lib/format';
import type { Adhesion } from '../api/get-adhesion';
import { occeOf } from '@/lib/wording';

type CampaignNoticeProps = {
  adhesion: Adhesion;
  /** "OCCE du Lot", when known. */
  departmentName?: string;
};

/** Where the campaign stands: not open yet, open until its deadline, late, or without a tariff yet. */
export function CampaignNotice({ adhesion, departmentName }: CampaignNoticeProps) {
  const campaign = adhesion.campaign ?? {};
  const { occe, Occe } = occeOf(departmentName);
  const year = formatSchoolYear(adhesion.schoolYear ?? '');
  const entering = adhesion.status === 'NOT_STARTED' || adhesion.status === 'DRAFT' || adhesion.status === 'CORRECTION_REQUESTED';
  const opensOn = campaign.opensOn ? formatDate(campaign.opensOn) : '';
  const deadline = campaign.deadline ? formatDate(campaign.deadline) : '';
  if (!entering) return null;

  return (
    <Stack gap="xs">
      {!campaign.open ? (
        <Alert color="blue" variant="light" role="note" icon={<IconCalendarEvent aria-hidden />} title="Le module d'adhésion n'est pas encore ouvert">
          <Text size="sm">
            Le module d'adhésion {year} ouvrira le {opensOn}. L'adhésion à {occe} sera à renouveler avant le {deadline}.
          </Text>
        </Alert>
      ) : campaign.afterDeadline ? (
        <Alert color="orange" variant="light" role="note" icon={<IconClockHour4 aria-hidden />} title="Saisie en retard">
          <Text size="sm">
            La date limite du {deadline} est passée. Votre adhésion est toujours acceptée, mais elle sera marquée « saisie en
            retard ».
          </Text>
        </Alert>
      ) : (
        <Alert color="blue" variant="light" role="note" icon={<IconInfoCircle aria-hidden />}>
          <Text size="sm">
            Chaque année entre le {opensOn} et le {deadline}, l'adhésion à {occe} doit être renouvelée.
          </Text>
        </Alert>
      )}
      {!campaign.tariffDefined && (
        <Alert color="gray" variant="light" role="note" icon={<IconAlertTriangle aria-hidden />} title="Barème pas encore défini">
          <Text size="sm">
            {Occe} n'a pas encore défini le barème {year}. Vous pouvez déjà saisir vos
            classes ; le montant sera calculé, et l'adhésion pourra être envoyée, dès que le barème sera connu.
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
