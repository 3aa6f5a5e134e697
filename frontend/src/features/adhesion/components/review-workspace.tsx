import { Alert, Anchor, Grid, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconHourglass, IconMessageCircle } from '@tabler/icons-react';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { Adhesion } from '../api/get-adhesion';
import { ClassLines } from './class-lines';
import { DeclarationsSummary } from './declarations-summary';
import { FeeSummary } from './fee-summary';
import type { Cooperative } from '@/features/cooperative/api/get-cooperative';
import { formatDate, formatMoney } from '@/lib/format';
import { EngagementUploads } from './engagement-uploads';
import { RegistrationPanel } from './registration-panel';
import { ReviewChecklist } from './review-checklist';
import { Fact } from '@/components/ui/fact';

function CooperativeFacts({ cooperative }: { cooperative: Cooperative }) {
  const mandataire = [cooperative.mandataireName, cooperative.mandataireEmail, cooperative.mandatairePhone]
    .filter(Boolean)
    .join('\n');
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="cooperative-title">
      <Title order={2} size="h3" id="cooperative-title" mb="md">
        La coopérative
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="md" m={0}>
        <Fact label="École">{cooperative.schoolName}</Fact>
        <Fact label="Commune">{[cooperative.postalCode, cooperative.city].filter(Boolean).join(' ')}</Fact>
        <Fact label="Numéro">{cooperative.code}</Fact>
        <Fact label="UAI">{cooperative.uai}</Fact>
        <Fact label="Mandataire">{mandataire}</Fact>
        <Fact label="E-mail de l'école">{cooperative.schoolEmail}</Fact>
      </SimpleGrid>
      {cooperative.id != null && (
        <Anchor component={Link} to={paths.coop.home.getHref(cooperative.id)} size="sm" mt="md" display="inline-block">
          Voir la fiche de la coopérative
        </Anchor>
      )}
    </Paper>
  );
}

function StatusNotice({ adhesion }: { adhesion: Adhesion }) {
  const sentOn = adhesion.submittedAt ? formatDate(adhesion.submittedAt) : null;
  switch (adhesion.status) {
    case 'SUBMITTED':
      return (
        <Alert color="orange" variant="light" role="note" icon={<IconHourglass aria-hidden />} title="Envoyée à l'OCCE, à vérifier">
          <Text size="sm">
            {sentOn ? `Envoyée le ${sentOn}` : 'Envoyée'}
            {adhesion.late ? ', après la date limite (saisie en retard)' : ''}. Vérifiez les papiers ci-dessous, puis
            validez l'adhésion ou demandez une correction.
          </Text>
        </Alert>
      );
    case 'CORRECTION_REQUESTED':
      return (
        <Alert
          color="red"
          variant="light"
          role="note"
          icon={<IconMessageCircle aria-hidden />}
          title="Correction demandée à la coopérative"
        >
          {adhesion.review?.reopenReason && (
            <Text size="sm">L'adhésion validée a été rouverte.</Text>
          )}
          {adhesion.correctionMessage && (
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              Message envoyé : « {adhesion.correctionMessage} »
            </Text>
          )}
          <Text size="sm" mt={4}>
            L'adhésion reviendra dans la file « Envoyées à l'OCCE » quand la coopérative l'aura renvoyée.
          </Text>
        </Alert>
      );
    case 'DRAFT':
    case 'NOT_STARTED':
      return (
        <Alert color="gray" variant="light" role="note" title="Pas encore envoyée">
          <Text size="sm">La coopérative n'a pas encore envoyé cette adhésion à l'OCCE.</Text>
        </Alert>
      );
    default:
      return null;
  }
}

type ReviewWorkspaceProps = {
  adhesion: Adhesion;
  cooperative: Cooperative;
  departmentName?: string;
  onReload: () => void;
};

const noPendingLines = () => {};

/**
 * The review of one adhesion: the cooperative, the fee and what it declared, the engagement it uploaded and the
 * checklist with the decisions side by side; its classes below.
 */
export function ReviewWorkspace({ adhesion, cooperative, departmentName, onReload }: ReviewWorkspaceProps) {
  const due = adhesion.submittedAmount;
  const reload = useCallback(() => onReload(), [onReload]);
  const insured = adhesion.declarations?.insured === true || adhesion.campaign?.insuranceMandatory === true;

  return (
    <Stack gap="lg">
      {adhesion.status === 'VALIDATED' ? (
        <RegistrationPanel adhesion={adhesion} departmentName={departmentName} onReload={reload} />
      ) : (
        <StatusNotice adhesion={adhesion} />
      )}
      {adhesion.repricingNeeded && (
        <Alert color="yellow" variant="light" role="note" icon={<IconAlertTriangle aria-hidden />} title="Le barème a changé depuis l'envoi">
          <Text size="sm">
            Le calcul avec le barème actuel donne {formatMoney(adhesion.fee?.total ?? 0)} ; le montant dû reste celui de
            l'envoi{due != null ? ` (${formatMoney(due)})` : ''}.
          </Text>
        </Alert>
      )}

      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <CooperativeFacts cooperative={cooperative} />
            <FeeSummary fee={adhesion.fee} preview={false} insured={insured} title="Calcul de l'adhésion" forStaff />
            {due != null && (
              <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
                <Text fz="lg" fw={700}>
                  Montant dû :{' '}
                  <Text span inherit c="blue.9" style={{ whiteSpace: 'nowrap' }} data-testid="amount-due">
                    {formatMoney(due)}
                  </Text>
                </Text>
                <Text size="sm" c="dimmed">
                  Le montant de l'envoi à l'OCCE.
                </Text>
              </Paper>
            )}
            <DeclarationsSummary adhesion={adhesion} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <EngagementUploads adhesionId={adhesion.id!} />
            <ReviewChecklist adhesion={adhesion} departmentName={departmentName} onReload={reload} />
          </Stack>
        </Grid.Col>
      </Grid>

      {/* the whole width: the table of the classes needs it */}
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <ClassLines adhesion={adhesion} editable={false} onPendingChange={noPendingLines} onReload={reload} />
      </Paper>
    </Stack>
  );
}
