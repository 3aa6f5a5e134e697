import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { Grid, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useMemo, useState } from 'react';
import { EngagementPanel } from '@/features/documents/components/engagement-panel';
import { errorMessage } from '@/lib/problem';
import { isEditable, type Adhesion } from '../api/get-adhesion';
import { useQuote, type QuoteRequest } from '../api/quote';
import { declarationsRequest, declarationsValues, type DeclarationsRequest } from '../api/update-declarations';
import { AdhesionStatusPanel } from './adhesion-status';
import { CampaignNotice } from './campaign-notice';
import { ClassLines, type PendingLines } from './class-lines';
import { DeclarationsForm } from './declarations-form';
import { DeclarationsSummary } from './declarations-summary';
import { FeeSummary } from './fee-summary';
import { StartAdhesion } from './start-adhesion';
import { SubmissionPanel } from './submission-panel';

type AdhesionWorkspaceProps = {
  adhesion: Adhesion;
  departmentName?: string;
  /** Reads the adhesion again (after a 409 "stale-version"). */
  onReload: () => void;
  /** Staff (or the admin) open the cooperative's page: the texts speak of the cooperative, not to it. */
  forStaff?: boolean;
};

const NOTHING_PENDING: PendingLines = { adults: 0, pupils: 0, unsaved: null };
const PREVIEW_DELAY_MS = 350;

/**
 * The adhesion of one year: its lines, declarations, fee and submission. The fee follows every change at once:
 * what is being typed (a line, the declarations) is priced by the server without saving (the preview), and
 * every save answers the adhesion re-priced.
 */
export function AdhesionWorkspace({ adhesion, departmentName, onReload, forStaff = false }: AdhesionWorkspaceProps) {
  const [pendingLines, setPendingLines] = useState<PendingLines>(NOTHING_PENDING);
  const [draft, setDraft] = useState<DeclarationsRequest | null>(null);
  const onPendingChange = useCallback(
    (pending: PendingLines) =>
      setPendingLines((previous) =>
        previous.adults === pending.adults && previous.pupils === pending.pupils && previous.unsaved === pending.unsaved
          ? previous
          : pending,
      ),
    [],
  );
  const onDraftChange = useCallback((value: DeclarationsRequest | null) => setDraft(value), []);

  const editable = isEditable(adhesion);
  const campaign = adhesion.campaign ?? {};
  const totals = adhesion.totals ?? {};
  const declarations = draft ?? declarationsRequest(declarationsValues(adhesion));

  const previewing =
    editable && campaign.tariffDefined === true && (pendingLines.adults !== 0 || pendingLines.pupils !== 0 || draft !== null);
  const requestKey = previewing
    ? JSON.stringify({
        adults: Math.max(0, (totals.adults ?? 0) + pendingLines.adults),
        pupils: Math.max(0, (totals.pupils ?? 0) + pendingLines.pupils),
        insured: declarations.insured || campaign.insuranceMandatory === true,
        propertyValue: declarations.propertyValue,
        instrumentValue: declarations.instrumentValue,
        subscriptionIds: declarations.subscriptionIds ?? [],
        voluntaryParticipation: declarations.voluntaryParticipation,
      } satisfies QuoteRequest)
    : null;
  const [debouncedKey] = useDebouncedValue(requestKey, PREVIEW_DELAY_MS);
  const quoteRequest = useMemo(() => (debouncedKey ? (JSON.parse(debouncedKey) as QuoteRequest) : null), [debouncedKey]);
  const quote = useQuote(adhesion.id ?? undefined, previewing ? quoteRequest : null);

  if (adhesion.status === 'NOT_STARTED' || adhesion.id == null) {
    return (
      <Stack gap="md">
        <CampaignNotice adhesion={adhesion} departmentName={departmentName} />
        <StartAdhesion adhesion={adhesion} />
      </Stack>
    );
  }

  const showPreview = previewing && quote.data !== undefined && !quote.isError;
  const fee = showPreview ? quote.data! : adhesion.fee;
  const computing = previewing && (debouncedKey !== requestKey || quote.isFetching);
  const blockers = [
    pendingLines.unsaved,
    draft !== null
      ? "Vos informations (assurance, abonnements, paiement) ne sont pas enregistrées : cliquez sur « Mettre à jour les informations »."
      : null,
  ].filter((reason): reason is string => reason !== null);
  const unsaved = [pendingLines.unsaved ? 'une ligne de classe' : null, draft !== null ? 'assurance, abonnements, paiement' : null]
    .filter((part) => part !== null)
    .join(' ; ');

  return (
    <Stack gap="lg">
      <UnsavedChangesGuard when={editable && unsaved !== ''} what={unsaved} />
      <AdhesionStatusPanel adhesion={adhesion} departmentName={departmentName} />
      <CampaignNotice adhesion={adhesion} departmentName={departmentName} />
      <ClassLines adhesion={adhesion} editable={editable} onPendingChange={onPendingChange} onReload={onReload} />
      <Grid gutter="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 7 }}>
          {editable ? (
            <DeclarationsForm adhesion={adhesion} fee={fee} onDraftChange={onDraftChange} onReload={onReload} />
          ) : (
            <DeclarationsSummary adhesion={adhesion} />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }} className="sticky-from-md">
          <FeeSummary
            fee={fee}
            preview={showPreview}
            computing={computing}
            savedTotal={adhesion.fee?.total}
            previewError={previewing && quote.isError ? errorMessage(quote.error) : null}
            insured={declarations.insured || campaign.insuranceMandatory === true}
            forStaff={forStaff}
          />
        </Grid.Col>
      </Grid>
      <EngagementPanel adhesion={adhesion} departmentName={departmentName} forStaff={forStaff} />
      {editable && (
        <SubmissionPanel adhesion={adhesion} blockers={blockers} departmentName={departmentName} onReload={onReload} />
      )}
    </Stack>
  );
}
