import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatMoney } from '@/lib/format';
import type { Adhesion } from '../api/get-adhesion';
import { PAYMENT_MEANS_LABELS } from '@/lib/wording';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={600}>
        {children}
      </Text>
    </div>
  );
}

/** The declarations of an adhesion that can no longer change (sent, validated). */
export function DeclarationsSummary({ adhesion }: { adhesion: Adhesion }) {
  const d = adhesion.declarations ?? {};
  const insured = d.insured || adhesion.campaign?.insuranceMandatory;
  const chosen = (adhesion.campaign?.subscriptions ?? []).filter((s) => d.subscriptionIds?.includes(s.id!));
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
      <Title order={2} size="h3" mb="md">
        Assurance, abonnements et paiement
      </Title>
      <SimpleGrid component="dl" cols={1} spacing="sm" m={0}>
        <Fact label="Assurance">{insured ? 'oui' : 'non'}</Fact>
        {insured && (
          <>
            <Fact label="Valeur déclarée des biens de la coopérative">{formatMoney(d.propertyValue ?? 0)}</Fact>
            <Fact label="Valeur déclarée des instruments de musique">{formatMoney(d.instrumentValue ?? 0)}</Fact>
          </>
        )}
        <Fact label="Abonnements">{chosen.length > 0 ? chosen.map((s) => s.name).join(', ') : 'aucun'}</Fact>
        <Fact label="Participation volontaire">{formatMoney(d.voluntaryParticipation ?? 0)}</Fact>
        <Fact label="Moyen de paiement">{d.paymentMeans ? PAYMENT_MEANS_LABELS[d.paymentMeans] : '—'}</Fact>
      </SimpleGrid>
    </Paper>
  );
}
