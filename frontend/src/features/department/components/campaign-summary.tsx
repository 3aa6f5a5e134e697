import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useTariff } from '@/features/tariff/api/get-tariff';
import { Section } from '@/features/tariff/components/tariff-form';
import { PAYMENT_MEANS, PAYMENT_MEANS_LABELS } from '@/lib/wording';
import { formatDate, formatSchoolYear } from '@/lib/format';

/** The year's campaign, read-only: it lives in the barème of the year (one place to change it). */
export function CampaignSummary({ departmentCode, year }: { departmentCode: string; year: string }) {
  const tariff = useTariff(departmentCode, year);
  const link = (
    <Anchor component={Link} to={paths.staff.tariff.getHref({ department: departmentCode, year })} fw={600}>
      <Group gap={4} component="span" wrap="nowrap">
        Modifier dans le barème {formatSchoolYear(year)}
        <IconArrowRight size={16} aria-hidden />
      </Group>
    </Anchor>
  );
  const t = tariff.data;
  return (
    <Section
      title={`Campagne ${formatSchoolYear(year)}`}
      description="La date d'ouverture, la date limite, les moyens de paiement et l'assurance obligatoire se règlent dans le barème de l'année."
    >
      {tariff.isPending ? (
        <Text size="sm" c="dimmed">
          Chargement du barème…
        </Text>
      ) : tariff.isError ? (
        <Text size="sm" c="red.8">
          Le barème de l'année n'a pas pu être lu.
        </Text>
      ) : !t ? (
        <Text size="sm">Le barème {formatSchoolYear(year)} n'est pas encore défini.</Text>
      ) : (
        <List size="sm" spacing={4} aria-label="La campagne de l'année">
          <List.Item>
            Saisie ouverte du <strong>{t.opensOn ? formatDate(t.opensOn) : '—'}</strong> au{' '}
            <strong>{t.deadline ? formatDate(t.deadline) : '—'}</strong> (date limite)
          </List.Item>
          <List.Item>
            Assurance : <strong>{t.insuranceMandatory ? 'obligatoire' : 'facultative'}</strong>
          </List.Item>
          <List.Item>
            Moyens de paiement :{' '}
            {PAYMENT_MEANS.filter((m) => (t.paymentMeans ?? []).includes(m)).map((m) => (
              <Badge key={m} variant="light" color="gray" mr={4} tt="none">
                {PAYMENT_MEANS_LABELS[m]}
              </Badge>
            ))}
          </List.Item>
        </List>
      )}
      <div>{link}</div>
    </Section>
  );
}
