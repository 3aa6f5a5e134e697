import { zodResolver } from '@hookform/resolvers/zod';
import { Box, Button, Checkbox, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Controller, useForm, useWatch, type Control } from 'react-hook-form';
import { formatMoney } from '@/lib/format';
import { isApiError, violationsByField } from '@/lib/problem';
import type { Adhesion, FeeBreakdown } from '../api/get-adhesion';
import {
  DECLARATION_FIELDS,
  declarationsInputSchema,
  declarationsRequest,
  declarationsValues,
  useUpdateDeclarations,
  type DeclarationsInput,
  type DeclarationsRequest,
} from '../api/update-declarations';
import { PAYMENT_MEANS, PAYMENT_MEANS_LABELS } from '@/lib/wording';
import { ChangeError } from './change-error';
import { MoneyInput } from '@/components/ui/amount-inputs';
import { useInventory } from '@/features/ledger/api/inventory';
import { SaveBar } from '@/components/ui/form-actions';

type DeclarationsFormProps = {
  adhesion: Adhesion;
  /** The fee shown (saved or preview): its notes say how the declared values compare with the thresholds. */
  fee: FeeBreakdown | null;
  /** What is typed and not saved yet (null when it is what the server has), for the preview. */
  onDraftChange: (draft: DeclarationsRequest | null) => void;
  onReload: () => void;
};

const key = (request: DeclarationsRequest) => JSON.stringify(request);

/** Insurance, declared values, subscriptions, voluntary participation and payment: "Mettre à jour les informations". */
export function DeclarationsForm({ adhesion, fee, onDraftChange, onReload }: DeclarationsFormProps) {
  const campaign = adhesion.campaign ?? {};
  const mandatory = campaign.insuranceMandatory === true;
  const savedValues = declarationsValues(adhesion);
  const savedKey = key(declarationsRequest(savedValues));
  // the saved values change identity only when the adhesion's declarations change (not at every refetch)
  const [savedState, setSavedState] = useState({ key: savedKey, values: savedValues });
  if (savedState.key !== savedKey) {
    setSavedState({ key: savedKey, values: savedValues });
  }
  const saved = savedState.values;

  const mutation = useUpdateDeclarations();
  const form = useForm<DeclarationsInput>({
    resolver: zodResolver(declarationsInputSchema),
    defaultValues: saved,
  });
  const {
    control,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = form;

  // what the server has (after saving, or reloading) becomes the form's starting point
  useEffect(() => reset(saved), [saved, reset]);

  const values = useWatch({ control }) as DeclarationsInput;
  const current = declarationsRequest({ ...saved, ...values });
  const currentKey = key(current);
  const dirty = currentKey !== savedKey;
  useEffect(() => {
    onDraftChange(dirty ? (JSON.parse(currentKey) as DeclarationsRequest) : null);
  }, [dirty, currentKey, onDraftChange]);

  const insured = mandatory || values.insured === 'oui';
  const note = (code: string) => fee?.lines.find((line) => line.code === code)?.note;
  const enabledMeans = PAYMENT_MEANS.filter((means) => campaign.paymentMeans?.includes(means));
  const subscriptions = campaign.subscriptions ?? [];

  const submit = handleSubmit((input) =>
    mutation.mutate(
      { adhesion, declarations: declarationsRequest(input) },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            icon: <IconCheck size={18} aria-hidden />,
            title: 'Informations mises à jour',
            message: 'Le montant de votre adhésion est recalculé.',
          }),
        onError: (error) => {
          if (!isApiError(error)) return;
          const byField = violationsByField(error.violations);
          let first = true;
          for (const field of DECLARATION_FIELDS) {
            if (!byField[field]) continue;
            setError(field, { type: 'server', message: byField[field] }, { shouldFocus: first });
            first = false;
          }
        },
      },
    ),
  );

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="form" noValidate onSubmit={submit} aria-labelledby="declarations-title">
      <Title order={2} size="h3" mb="md" id="declarations-title">
        Assurance, abonnements et paiement
      </Title>
      <Stack gap="lg">
        {mandatory ? (
          <Box>
            <Text size="sm" fw={500}>
              Assurance
            </Text>
            <Text fw={700}>oui</Text>
            <Text size="sm" c="dimmed">
              L'assurance est obligatoire dans votre département : elle est comprise dans l'adhésion.
            </Text>
          </Box>
        ) : (
          <Controller
            control={control}
            name="insured"
            render={({ field }) => (
              <Radio.Group
                label="Assurance"
                description="La coopérative s'assure-t-elle auprès de l'OCCE ?"
                value={field.value}
                onChange={field.onChange}
                error={errors.insured?.message}
              >
                <Group gap="xl" mt="xs">
                  <Radio value="oui" label="oui" />
                  <Radio value="non" label="non" />
                </Group>
              </Radio.Group>
            )}
          />
        )}

        {insured && (
          <Stack gap="md" maw={480}>
            <DeclaredValueField
              control={control}
              name="propertyValue"
              label="Valeur déclarée des biens de la coopérative"
              intro="Seulement ce que la coopérative a acheté ; "
              threshold={campaign.propertyThreshold}
              note={note('PROPERTY')}
              error={errors.propertyValue?.message}
            />
            <InventoryHint
              cooperativeId={adhesion.cooperativeId}
              onUse={(value) => form.setValue('propertyValue', value, { shouldDirty: true, shouldValidate: true })}
            />
            <DeclaredValueField
              control={control}
              name="instrumentValue"
              label="Valeur déclarée des instruments de musique"
              threshold={campaign.instrumentThreshold}
              note={note('INSTRUMENTS')}
              error={errors.instrumentValue?.message}
            />
          </Stack>
        )}

        {subscriptions.length > 0 && (
          <Controller
            control={control}
            name="subscriptionIds"
            render={({ field }) => (
              <Checkbox.Group
                label="Abonnements"
                description="Les revues proposées par votre OCCE, au prix indiqué."
                value={field.value}
                onChange={field.onChange}
                error={errors.subscriptionIds?.message}
              >
                <Stack gap="xs" mt="xs">
                  {subscriptions.map((s) => (
                    <Checkbox key={s.id} value={String(s.id)} label={`${s.name} (${formatMoney(s.price ?? 0)})`} />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
          />
        )}

        <Controller
          control={control}
          name="voluntaryParticipation"
          render={({ field }) => (
            <MoneyInput
              label="Participation volontaire"
              description="Un don libre à l'OCCE, en plus de l'adhésion (0 si rien)."
              name={field.name}
              ref={field.ref}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={errors.voluntaryParticipation?.message}
              maw={480}
            />
          )}
        />

        {enabledMeans.length > 0 ? (
          <Controller
            control={control}
            name="paymentMeans"
            render={({ field }) => (
              <Radio.Group
                label="Moyen de paiement"
                description="Comment allez-vous payer l'adhésion ?"
                value={field.value}
                onChange={field.onChange}
                error={errors.paymentMeans?.message}
              >
                <Stack gap="xs" mt="xs">
                  {enabledMeans.map((means) => (
                    <Radio key={means} value={means} label={PAYMENT_MEANS_LABELS[means]} />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          />
        ) : (
          <Text size="sm" c="dimmed">
            Votre OCCE n'a pas encore indiqué les moyens de paiement de l'année.
          </Text>
        )}

        {mutation.isError && !mutation.isPending && (
          <ChangeError error={mutation.error} onReload={onReload} fieldsShown={DECLARATION_FIELDS} />
        )}

        <SaveBar dirty={dirty} saving={mutation.isPending} status="Informations à jour.">
          Mettre à jour les informations
        </SaveBar>
      </Stack>
    </Paper>
  );
}

type DeclaredValueFieldProps = {
  control: Control<DeclarationsInput>;
  name: 'propertyValue' | 'instrumentValue';
  label: string;
  /** What counts, before the threshold ("Seulement ce que la coopérative a acheté ; "). */
  intro?: string;
  /** The value insured without declaring it (the campaign's). */
  threshold: number | undefined;
  /** How the declared value compares with it, from the fee ("1 000,00 € est inférieur à 2 000,00 €"). */
  note: string | null | undefined;
  error: string | undefined;
};

/** A declared value (property, instruments) with its threshold and what the fee says of it. */
function DeclaredValueField({ control, name, label, intro, threshold, note, error }: DeclaredValueFieldProps) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <MoneyInput
          label={label}
          description={
            <>
              {intro}
              {threshold != null ? formatMoney(threshold) : '—'} sont couverts d'office.
              {note && (
                <Text span inherit fw={600} c="var(--mantine-color-text)">
                  {' '}⇒ {note}.
                </Text>
              )}
            </>
          }
          name={field.name}
          ref={field.ref}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={error}
        />
      )}
    />
  );
}

/** « Cahier d'inventaire »: the value of what the cooperative holds, offered as its declared property value. */
function InventoryHint({ cooperativeId, onUse }: { cooperativeId: number | undefined; onUse: (value: number) => void }) {
  const inventory = useInventory(cooperativeId);
  const held = Number(inventory.data?.heldValue ?? 0);
  if (!inventory.data || held <= 0) return null;
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm">Votre cahier d'inventaire : {formatMoney(held)} de biens détenus.</Text>
      <Button size="compact-sm" variant="light" onClick={() => onUse(held)}>
        Reprendre ce montant
      </Button>
    </Group>
  );
}
