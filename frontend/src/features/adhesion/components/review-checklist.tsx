import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconCheck, IconCircleCheck, IconDeviceFloppy, IconMessageCircle } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { MoneyInput } from '@/components/ui/amount-inputs';
import { DateController } from '@/components/ui/date-field';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { amountDue, type Adhesion } from '../api/get-adhesion';
import { ChangeError } from './change-error';
import { PAYMENT_MEANS, PAYMENT_MEANS_LABELS, occeOf } from '@/lib/wording';
import { formatMoney } from '@/lib/format';
import { isApiError } from '@/lib/problem';
import { useRequestCorrection, useValidateAdhesion } from '../api/decide-adhesion';
import {
  REVIEW_FIELDS,
  reviewInputSchema,
  reviewRequest,
  reviewValues,
  todayIso,
  useUpdateReview,
  type ReviewInput,
} from '../api/update-review';
import { CHANGE_FORM_LABELS } from '../utils/review-wording';
import { ReasonModal } from './reason-modal';

type ReviewChecklistProps = {
  adhesion: Adhesion;
  /** "OCCE du Lot", when known: the seeds' "À valider par l'OCCE 38". */
  departmentName?: string;
  /** Reads the adhesion again (after a 409 "stale-version"). */
  onReload: () => void;
};

const CHECKLIST_FORM = 'review-checklist';

/** The checklist can be recorded once the adhesion was sent; a validated one still records a late direct debit. */
function canRecord(adhesion: Adhesion): boolean {
  return adhesion.status === 'SUBMITTED' || adhesion.status === 'CORRECTION_REQUESTED' || adhesion.status === 'VALIDATED';
}

/**
 * "À valider par l'OCCE" (seeds 001 and 003): 1. the payment, 2. the signed engagement, 3. the change-of-mandataire
 * form; then "Demander une correction" or "Valider l'adhésion".
 */
export function ReviewChecklist({ adhesion, departmentName, onReload }: ReviewChecklistProps) {
  const { occe } = occeOf(departmentName);
  const due = amountDue(adhesion);
  const chosenMeans = adhesion.declarations?.paymentMeans;
  const directDebit = chosenMeans === 'DIRECT_DEBIT_NOW' || chosenMeans === 'DIRECT_DEBIT_DECEMBER';
  const uploaded = adhesion.review?.engagementUploaded === true;
  const recordable = canRecord(adhesion);
  const submitted = adhesion.status === 'SUBMITTED';

  const update = useUpdateReview();
  const validate = useValidateAdhesion();
  const correction = useRequestCorrection();
  const [correcting, setCorrecting] = useState(false);
  // "Valider l'adhésion" with a modified checklist: recorded first, then validated
  const [validatingAfterSave, setValidatingAfterSave] = useState(false);
  const [confirmingValidation, setConfirmingValidation] = useState(false);

  const saved = useMemo(() => reviewValues(adhesion), [adhesion]);
  const form = useForm<ReviewInput>({ resolver: zodResolver(reviewInputSchema), defaultValues: saved });
  const {
    control,
    register,
    handleSubmit,
    reset,
    setError,
    clearErrors,
    subscribe,
    formState: { errors, isDirty },
  } = form;

  // what the server has (after a decision, or reloading) becomes the form's starting point
  useEffect(() => reset(saved), [saved, reset]);

  const [received, amount] = useWatch({ control, name: ['paymentReceived', 'paymentAmount'] });
  const typedAmount = typeof amount === 'number' ? amount : Number.NaN;
  const differs = received === 'oui' && due != null && Number.isFinite(typedAmount) && Math.abs(typedAmount - due) >= 0.005;

  const resetErrors = () => {
    update.reset();
    validate.reset();
    correction.reset();
  };

  // a refusal speaks of the values it was given: once staff change a field, its message (and the refusal's
  // list) no longer holds and goes, instead of contradicting what is now ticked
  const { reset: resetUpdate } = update;
  const { reset: resetValidate } = validate;
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ name, type }) => {
          if (type !== 'change' || !name) return;
          clearErrors(name as FieldPath<ReviewInput>);
          resetUpdate();
          resetValidate();
        },
      }),
    [subscribe, clearErrors, resetUpdate, resetValidate],
  );

  const showViolations = (error: unknown) => {
    if (!isApiError(error)) return;
    let first = true;
    for (const v of error.violations) {
      if (!v.field || !(REVIEW_FIELDS as readonly string[]).includes(v.field)) continue;
      setError(v.field as FieldPath<ReviewInput>, { type: 'server', message: v.message }, { shouldFocus: first });
      first = false;
    }
  };

  const runValidation = (current: Adhesion) =>
    validate.mutate(
      { adhesion: current },
      {
        onSuccess: (validated) =>
          notifications.show({
            color: 'teal',
            icon: <IconCircleCheck size={18} aria-hidden />,
            title: 'Adhésion validée',
            message: `Code d'enregistrement : ${validated.review?.registrationCode ?? '—'}. L'école est prévenue par courriel.`,
          }),
      },
    );

  /** Records the checklist; then, when asked, validates with the version the recording returned. */
  const record = (then?: 'validate') =>
    handleSubmit((values) => {
      resetErrors();
      setValidatingAfterSave(then === 'validate');
      update.mutate(
        { adhesion, review: reviewRequest(values) },
        {
          onSuccess: (updated) => {
            if (then === 'validate') {
              runValidation(updated);
              return;
            }
            notifications.show({
              color: 'teal',
              icon: <IconCheck size={18} aria-hidden />,
              title: 'Vérification enregistrée',
              message: `La vérification de l'adhésion ${adhesion.cooperativeCode} est à jour.`,
            });
          },
          onError: showViolations,
          onSettled: () => setValidatingAfterSave(false),
        },
      );
    });

  const onValidate = () => {
    setConfirmingValidation(false);
    if (isDirty) {
      void record('validate')();
      return;
    }
    resetErrors();
    runValidation(adhesion);
  };

  const sendCorrection = (message: string) =>
    correction.mutate(
      { adhesion, message },
      {
        onSuccess: () => {
          setCorrecting(false);
          notifications.show({
            color: 'teal',
            icon: <IconMessageCircle size={18} aria-hidden />,
            title: 'Correction demandée',
            message: `L'adhésion est renvoyée à la coopérative ${adhesion.cooperativeCode}, prévenue par courriel.`,
          });
        },
      },
    );

  const reload = () => {
    resetErrors();
    onReload();
  };

  const validationRefused = isApiError(validate.error) && validate.error.is('validation-refused');

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="checklist-title">
      <UnsavedChangesGuard when={isDirty} what="la vérification" />
      <Title order={2} size="h3" id="checklist-title" mb={4}>
        À valider par {occe}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        L'adhésion et l'assurance ne sont effectives qu'à la réception du paiement par {occe}.
      </Text>

      {!recordable && (
        <Alert color="gray" variant="light" role="note" mb="md">
          <Text size="sm">L'adhésion n'est pas encore envoyée à l'OCCE : il n'y a rien à vérifier.</Text>
        </Alert>
      )}

      <form id={CHECKLIST_FORM} noValidate onSubmit={record()} aria-labelledby="checklist-title">
        <Box component="fieldset" disabled={!recordable} m={0} p={0} style={{ border: 0, minWidth: 0 }}>
          <Stack gap="lg">
            <Stack gap="sm">
              <Text fw={600}>
                1. Le paiement de {due != null ? formatMoney(due) : '—'}
                {chosenMeans ? ` (${PAYMENT_MEANS_LABELS[chosenMeans].toLowerCase()})` : ''}
              </Text>
              {directDebit && (
                <Text size="sm" c="dimmed">
                  Prélèvement : l'adhésion peut être validée avant que le paiement ne soit reçu.
                </Text>
              )}
              <Controller
                control={control}
                name="paymentReceived"
                render={({ field }) => (
                  <Radio.Group label="Paiement reçu" value={field.value} onChange={field.onChange} error={errors.paymentReceived?.message}>
                    <Group gap="xl" mt="xs">
                      <Radio value="oui" label="oui" />
                      <Radio value="non" label="non" />
                    </Group>
                  </Radio.Group>
                )}
              />
              {received === 'oui' && (
                <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
                  <Controller
                    control={control}
                    name="paymentAmount"
                    render={({ field, fieldState }) => (
                      <MoneyInput
                        label="Montant reçu"
                        name={field.name}
                        ref={field.ref}
                        value={field.value}
                        onChange={field.onChange}
                        onBlur={field.onBlur}
                        error={fieldState.error?.message}
                        description={differs && due != null ? `Différent du montant dû (${formatMoney(due)})` : undefined}
                        required
                      />
                    )}
                  />
                  <NativeSelect
                    label="Moyen de paiement"
                    data={[
                      { value: '', label: 'Choisissez…' },
                      ...PAYMENT_MEANS.map((means) => ({ value: means, label: PAYMENT_MEANS_LABELS[means] })),
                    ]}
                    error={errors.paymentMethod?.message}
                    required
                    {...register('paymentMethod')}
                  />
                  <TextInput
                    label="Référence"
                    description="N° de chèque, de virement…"
                    maxLength={80}
                    error={errors.paymentReference?.message}
                    {...register('paymentReference')}
                  />
                  <DateController
                    control={control}
                    name="paymentDate"
                    label="Date de réception"
                    description="Le jour où le paiement est arrivé"
                    maxDate={todayIso()}
                    required
                  />
                </SimpleGrid>
              )}
            </Stack>

            <Stack gap="xs">
              <Text fw={600}>2. L'engagement du mandataire daté et signé</Text>
              <Checkbox
                label="Engagement vérifié (daté et signé)"
                description={
                  uploaded
                    ? "Cochez après avoir ouvert l'engagement déposé et vérifié ses date et signatures."
                    : "La coopérative n'a pas encore déposé l'engagement signé : il ne peut pas encore être vérifié."
                }
                disabled={!uploaded}
                error={errors.engagementReceived?.message}
                {...register('engagementReceived')}
              />
            </Stack>

            <Controller
              control={control}
              name="mandataireChangeForm"
              render={({ field }) => (
                <Radio.Group
                  label="3. Et, éventuellement, le formulaire de changement de mandataire et/ou de signataires"
                  value={field.value}
                  onChange={field.onChange}
                  error={errors.mandataireChangeForm?.message}
                  styles={{ label: { fontWeight: 600 } }}
                >
                  <Stack gap="xs" mt="xs">
                    {(['NONE', 'RECEIVED', 'PENDING'] as const).map((status) => (
                      <Radio key={status} value={status} label={CHANGE_FORM_LABELS[status]} />
                    ))}
                  </Stack>
                </Radio.Group>
              )}
            />
          </Stack>
        </Box>
      </form>

      <Stack gap="sm" mt="lg">
        {update.isError && !update.isPending && (
          <ChangeError error={update.error} onReload={reload} fieldsShown={REVIEW_FIELDS} />
        )}
        {validate.isError &&
          (validationRefused && isApiError(validate.error) && validate.error.violations.length > 0 ? (
            <Alert
              color="red"
              variant="light"
              role="alert"
              icon={<IconAlertCircle aria-hidden />}
              title="L'adhésion ne peut pas encore être validée"
            >
              <List size="sm" withPadding aria-label="Ce qui manque">
                {validate.error.violations.map((v) => (
                  <List.Item key={`${v.field}-${v.message}`}>{v.message}</List.Item>
                ))}
              </List>
            </Alert>
          ) : (
            <ChangeError error={validate.error} onReload={reload} />
          ))}

        {recordable && (
          <Group gap="sm" justify="flex-end" wrap="wrap">
            <Button
              type="submit"
              form={CHECKLIST_FORM}
              variant={submitted ? 'default' : 'filled'}
              leftSection={<IconDeviceFloppy size={18} aria-hidden />}
              loading={update.isPending && !validatingAfterSave}
              disabled={validate.isPending || validatingAfterSave}
            >
              Enregistrer la vérification
            </Button>
          </Group>
        )}
        {submitted && (
          <Group gap="sm" justify="flex-end" wrap="wrap" pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
            <Button
              variant="light"
              color="red"
              leftSection={<IconMessageCircle size={18} aria-hidden />}
              onClick={() => {
                resetErrors();
                setCorrecting(true);
              }}
              disabled={update.isPending || validate.isPending}
            >
              Demander une correction
            </Button>
            <Button
              leftSection={<IconCircleCheck size={18} aria-hidden />}
              onClick={() => {
                resetErrors();
                setConfirmingValidation(true);
              }}
              loading={validate.isPending || validatingAfterSave}
            >
              Valider l'adhésion
            </Button>
          </Group>
        )}
        {submitted && isDirty && (
          <Text size="sm" c="dimmed" ta="right">
            « Valider l'adhésion » enregistre d'abord la vérification modifiée.
          </Text>
        )}
      </Stack>

      <ConfirmDialog
        opened={confirmingValidation}
        title={`Valider l'adhésion ${adhesion.cooperativeCode} ?`}
        confirmLabel="Confirmer la validation"
        onConfirm={onValidate}
        onCancel={() => setConfirmingValidation(false)}
      >
        {due != null && (
          <Text>
            Montant de l'adhésion : <strong>{formatMoney(due)}</strong>
            {received === 'oui' && Number.isFinite(typedAmount) ? (
              <>
                , paiement reçu : <strong>{formatMoney(typedAmount)}</strong>.
              </>
            ) : (
              '.'
            )}
          </Text>
        )}
        <Text size="sm">
          Un code d'enregistrement sera attribué, les attestations seront disponibles et l'école sera prévenue par
          courriel.{isDirty ? ' La vérification modifiée sera enregistrée d\'abord.' : ''}
        </Text>
      </ConfirmDialog>

      <ReasonModal
        opened={correcting}
        onClose={() => setCorrecting(false)}
        title="Demander une correction"
        intro={`L'adhésion repassera « à corriger » : la coopérative ${adhesion.cooperativeCode} pourra la modifier puis la renvoyer. Le message lui est envoyé par courriel.`}
        label="Message à la coopérative"
        description="Ce qui est à corriger ou à compléter"
        requiredMessage="Écrivez le message destiné à la coopérative."
        submitLabel="Envoyer la demande"
        submitIcon={<IconMessageCircle size={18} aria-hidden />}
        pending={correction.isPending}
        error={
          correction.isError ? (
            <ChangeError
              error={correction.error}
              onReload={() => {
                setCorrecting(false);
                reload();
              }}
            />
          ) : null
        }
        onSubmit={sendCorrection}
      />
    </Paper>
  );
}

