import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { DateController } from '@/components/ui/date-field';
import { FormError, StaleVersionError } from '@/components/ui/form-error';
import { QueryError } from '@/components/ui/query-error';
import { ListLoader } from '@/components/ui/data-list-frame';
import { todayIso } from '@/features/adhesion/api/update-review';
import { formatDate } from '@/lib/format';
import { errorMessage, isApiError, violationsByField } from '@/lib/problem';
import { useSaveSepaMandate, useSepaMandate, type SepaMandate } from '../api/sepa';
import { bicProblem, groupIban, ibanHint, normalizeSepa } from '../utils/sepa-checks';
import { Fact } from '@/components/ui/fact';
import { SaveBar } from '@/components/ui/form-actions';

type MandateInput = { iban: string; bic: string; reference: string; signatureDate: string };
const FIELDS = ['iban', 'bic', 'reference', 'signatureDate'] as const;

function values(m: SepaMandate | undefined): MandateInput {
  return {
    iban: m?.iban ? groupIban(m.iban) : '',
    bic: m?.bic ?? '',
    reference: m?.reference ?? '',
    signatureDate: m?.signatureDate ?? '',
  };
}

/**
 * "Mandat de prélèvement SEPA" of a cooperative's identity: staff (and the admin) record it; the mandataire reads it
 * (a change of bank account goes through a change-of-mandataire request).
 */
export function SepaMandateSection({ cooperativeId, canEdit }: { cooperativeId: number; canEdit: boolean }) {
  const mandate = useSepaMandate(cooperativeId);
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="sepa-mandate-title">
      <Title order={2} size="h4" mb="xs" id="sepa-mandate-title">
        Mandat de prélèvement SEPA
      </Title>
      {mandate.isPending ? (
        <ListLoader label="Chargement du mandat" size="sm" />
      ) : mandate.isError ? (
        <QueryError error={mandate.error} onRetry={() => mandate.refetch()} title="Le mandat n'a pas pu être lu" />
      ) : canEdit ? (
        <MandateForm cooperativeId={cooperativeId} mandate={mandate.data} onReload={async () => (await mandate.refetch()).data} />
      ) : (
        <MandateFacts mandate={mandate.data} />
      )}
    </Paper>
  );
}

function MandateFacts({ mandate }: { mandate: SepaMandate }) {
  if (mandate.version == null) {
    return (
      <Text size="sm" c="dimmed">
        Aucun mandat enregistré. Pour payer par prélèvement, signez le mandat que vous remet votre OCCE : elle l'enregistre ici.
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} spacing="md" m={0}>
        <Fact label="IBAN">{groupIban(mandate.iban ?? '')}</Fact>
        <Fact label="BIC">{mandate.bic}</Fact>
        <Fact label="Référence (RUM)">{mandate.reference}</Fact>
        <Fact label="Signé le">{mandate.signatureDate ? formatDate(mandate.signatureDate) : null}</Fact>
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        Pour changer de compte, faites une demande de changement de mandataire : votre OCCE enregistrera le nouveau mandat.
      </Text>
    </Stack>
  );
}

function MandateForm({
  cooperativeId,
  mandate,
  onReload,
}: {
  cooperativeId: number;
  mandate: SepaMandate;
  onReload: () => Promise<SepaMandate | undefined>;
}) {
  const save = useSaveSepaMandate(cooperativeId);
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isDirty },
  } = useForm<MandateInput>({ defaultValues: values(mandate) });
  const iban = useWatch({ control, name: 'iban' });
  const hint = ibanHint(iban ?? '');

  useEffect(() => reset(values(mandate)), [mandate, reset]);

  const submit = handleSubmit((input) => {
    let invalid = false;
    const check = (field: keyof MandateInput, problem: string | null) => {
      if (problem) {
        setError(field, { type: 'client', message: problem }, { shouldFocus: !invalid });
        invalid = true;
      }
    };
    check('iban', ibanHint(input.iban).valid ? null : ibanHint(input.iban).message);
    check('bic', bicProblem(input.bic));
    check('signatureDate', input.signatureDate ? null : 'Indiquez la date de signature du mandat.');
    if (invalid) return;
    save.mutate(
      {
        version: mandate.version ?? undefined,
        iban: normalizeSepa(input.iban),
        bic: normalizeSepa(input.bic),
        reference: input.reference.trim() || undefined,
        signatureDate: input.signatureDate,
      },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            icon: <IconCheck size={18} aria-hidden />,
            title: 'Mandat enregistré',
            message: 'Le mandat de prélèvement SEPA de la coopérative est à jour.',
          }),
        onError: (error) => {
          if (!isApiError(error)) return;
          const byField = violationsByField(error.violations);
          let focus = true;
          for (const field of FIELDS) {
            if (byField[field]) {
              setError(field, { type: 'server', message: byField[field] }, { shouldFocus: focus });
              focus = false;
            }
          }
        },
      },
    );
  });

  const stale = isApiError(save.error) && save.error.is('stale-version');
  const fieldErrors = isApiError(save.error) && save.error.violations.length > 0;

  return (
    <form noValidate onSubmit={submit} aria-label="Mandat de prélèvement SEPA">
      <UnsavedChangesGuard when={isDirty} what="le mandat de prélèvement" />
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {mandate.version == null
            ? 'Aucun mandat enregistré : saisissez celui que la coopérative a signé (IBAN et BIC du RIB de la coopérative).'
            : `Enregistré le ${formatDate(mandate.updatedAt!)} par ${mandate.updatedBy ?? '—'}.`}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label="IBAN"
            required
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="FR76 3000 6000 0112 3456 7890 189"
            error={errors.iban?.message}
            description={
              !errors.iban && (
                <Text span size="xs" c={hint.valid ? 'teal.9' : 'dimmed'} aria-live="polite">
                  {hint.valid ? <IconCheck size={12} aria-hidden /> : null} {hint.message}
                </Text>
              )
            }
            {...register('iban')}
          />
          <TextInput
            label="BIC"
            required
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="AGRIFRPP882"
            description={!errors.bic && '8 ou 11 caractères, sur le RIB'}
            error={errors.bic?.message}
            {...register('bic')}
          />
          <TextInput
            label="Référence du mandat (RUM)"
            placeholder={mandate.proposedReference}
            description={!errors.reference && `Laissée vide : ${mandate.proposedReference}`}
            error={errors.reference?.message}
            {...register('reference')}
          />
          <DateController control={control} name="signatureDate" label="Date de signature" maxDate={todayIso()} required />
        </SimpleGrid>
        {save.isError && stale && (
          <StaleVersionError
            title="Mandat modifié entre-temps"
            error={save.error}
            onReload={async () => {
              save.reset();
              const fresh = await onReload();
              if (fresh) reset(values(fresh));
            }}
          />
        )}
        {save.isError && !stale && !fieldErrors && <FormError>{errorMessage(save.error)}</FormError>}
        <SaveBar dirty={isDirty} saving={save.isPending}>
          Enregistrer le mandat
        </SaveBar>
      </Stack>
    </form>
  );
}
