import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Controller, useFieldArray, useForm, useWatch, type Control, type FieldPath } from 'react-hook-form';
import { MoneyInput, PercentInput, RateInput } from '@/components/ui/amount-inputs';
import { DateController } from '@/components/ui/date-field';
import { FormError, StaleVersionError } from '@/components/ui/form-error';
import { formatSchoolYear } from '@/lib/format';
import { errorMessage, isApiError } from '@/lib/problem';
import type { Tariff } from '../api/get-tariff';
import {
  formField,
  tariffInputSchema,
  tariffRequest,
  useSaveTariff,
  type TariffInput,
  type TariffRequest,
} from '../api/save-tariff';
import { PAYMENT_MEANS, PAYMENT_MEANS_LABELS } from '@/lib/wording';
import { SaveBar } from '@/components/ui/form-actions';

const MODES = [
  { value: 'PER_MEMBER', label: 'Un tarif par coopérateur (élèves et adultes)' },
  { value: 'SPLIT', label: 'Un tarif par élève, un autre par adulte' },
];

/** The width of a short field (an amount, a rate, a date). */
const FIELD = 300;

export function Section({ title, children, description }: { title: string; description?: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} m={0} component="fieldset" style={{ minWidth: 0 }}>
      <Title order={2} size="h4" component="legend" style={{ float: 'left', width: '100%' }} mb={description ? 4 : 'md'}>
        {title}
      </Title>
      {description && (
        <Text size="sm" c="dimmed" mb="md" style={{ clear: 'both' }}>
          {description}
        </Text>
      )}
      <Stack gap="md" style={{ clear: 'both' }}>
        {children}
      </Stack>
    </Paper>
  );
}

type NumberField = FieldPath<TariffInput>;
type InputKind = typeof MoneyInput | typeof RateInput | typeof PercentInput;

function NumberController({
  control,
  name,
  label,
  description,
  input: Input,
  maw,
}: {
  control: Control<TariffInput>;
  name: NumberField;
  label: string;
  description?: string;
  input: InputKind;
  maw?: number;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Input
          label={label}
          description={description}
          name={field.name}
          ref={field.ref}
          value={field.value as number | string}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
          maw={maw}
        />
      )}
    />
  );
}

type TariffFormProps = {
  departmentCode: string;
  year: string;
  /** The tariff read; null to define the year's tariff. */
  tariff: Tariff | null;
  initialValues: TariffInput;
  /** Reads the tariff again (after a 409 "stale-version"). */
  onReload: () => void;
};

/** Every component of a department's barème for a school year, the campaign's dates and payment means. */
export function TariffForm({ departmentCode, year, tariff, initialValues, onReload }: TariffFormProps) {
  const save = useSaveTariff();
  const [inUse, setInUse] = useState<{ request: TariffRequest; codes: string[]; detail: string } | null>(null);
  const form = useForm<TariffInput>({ resolver: zodResolver(tariffInputSchema), defaultValues: initialValues });
  const {
    control,
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isDirty },
  } = form;
  const subscriptions = useFieldArray({ control, name: 'subscriptions' });
  const [membershipMode, insuranceMode] = useWatch({ control, name: ['membershipMode', 'insuranceMode'] });

  const send = (request: TariffRequest, acknowledge: boolean) =>
    save.mutate(
      { departmentCode, year, request, acknowledge },
      {
        onSuccess: () => {
          setInUse(null);
          notifications.show({
            color: 'teal',
            icon: <IconCheck size={18} aria-hidden />,
            title: 'Barème enregistré',
            message: `Le barème ${formatSchoolYear(year)} est à jour.`,
          });
        },
        onError: (error) => {
          if (!isApiError(error)) return;
          if (error.is('tariff-in-use')) {
            setInUse({ request, codes: error.problem.affected ?? [], detail: error.message });
            return;
          }
          let first = true;
          for (const v of error.violations) {
            if (!v.field) continue;
            setError(formField(v.field) as FieldPath<TariffInput>, { type: 'server', message: v.message }, { shouldFocus: first });
            first = false;
          }
        },
      },
    );

  const submit = handleSubmit((values) => {
    setInUse(null);
    send(tariffRequest(values, tariff?.version), false);
  });

  const stale = isApiError(save.error) && save.error.is('stale-version');
  const fieldErrors = isApiError(save.error) && save.error.violations.some((v) => v.field);

  return (
    <form noValidate onSubmit={submit} aria-label={`Barème ${formatSchoolYear(year)}`}>
      <UnsavedChangesGuard when={isDirty} what="le barème" />
      <Stack gap="md">
        <Section title="Adhésion">
          <NumberController control={control} name="cooperativeFee" label="Forfait par coopérative" input={MoneyInput} maw={FIELD} />
          <NativeSelect label="Calcul de l'adhésion" data={MODES} maw={2 * FIELD} {...register('membershipMode')} />
          {membershipMode === 'SPLIT' ? (
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" maw={2 * FIELD}>
              <NumberController control={control} name="membershipPupilRate" label="Tarif par élève" input={RateInput} />
              <NumberController control={control} name="membershipAdultRate" label="Tarif par adulte" input={RateInput} />
            </SimpleGrid>
          ) : (
            <NumberController control={control} name="membershipRate" label="Tarif par coopérateur" input={RateInput} maw={FIELD} />
          )}
        </Section>

        <Section title="Assurance">
          <Checkbox
            label="Assurance obligatoire pour toutes les coopératives du département"
            {...register('insuranceMandatory')}
          />
          <NativeSelect label="Calcul de l'assurance" data={MODES} maw={2 * FIELD} {...register('insuranceMode')} />
          {insuranceMode === 'SPLIT' ? (
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" maw={2 * FIELD}>
              <NumberController control={control} name="insurancePupilRate" label="Assurance par élève" input={RateInput} />
              <NumberController control={control} name="insuranceAdultRate" label="Assurance par adulte" input={RateInput} />
            </SimpleGrid>
          ) : (
            <NumberController control={control} name="insuranceRate" label="Assurance par coopérateur" input={RateInput} maw={FIELD} />
          )}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" maw={2 * FIELD}>
            <NumberController
              control={control}
              name="propertyThreshold"
              label="Biens de la coopérative : seuil"
              description="Couverts d'office jusqu'à cette valeur"
              input={MoneyInput}
            />
            <NumberController
              control={control}
              name="propertyRatePercent"
              label="Biens : taux au-delà du seuil"
              description="En % de la valeur déclarée au-delà du seuil"
              input={PercentInput}
            />
            <NumberController
              control={control}
              name="instrumentThreshold"
              label="Instruments de musique : seuil"
              description="Couverts d'office jusqu'à cette valeur"
              input={MoneyInput}
            />
            <NumberController
              control={control}
              name="instrumentRatePercent"
              label="Instruments : taux au-delà du seuil"
              description="En % de la valeur déclarée au-delà du seuil"
              input={PercentInput}
            />
          </SimpleGrid>
        </Section>

        <Section title="Campagne d'adhésion">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" maw={2 * FIELD}>
            {(
              [
                ['opensOn', 'Ouverture de la saisie', "Le module d'adhésion s'ouvre ce jour-là"],
                ['deadline', 'Date limite', 'Après elle, une saisie est acceptée « en retard »'],
              ] as const
            ).map(([name, label, description]) => (
              <DateController key={name} control={control} name={name} label={label} description={description} />
            ))}
          </SimpleGrid>
          <Controller
            control={control}
            name="paymentMeans"
            render={({ field, fieldState }) => (
              <Checkbox.Group
                label="Moyens de paiement proposés"
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error?.message}
              >
                <Stack gap="xs" mt="xs">
                  {PAYMENT_MEANS.map((means) => (
                    <Checkbox key={means} value={means} label={PAYMENT_MEANS_LABELS[means]} />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
          />
        </Section>

        <Section title="Abonnements" description="Les revues que les coopératives peuvent choisir avec leur adhésion.">
          {subscriptions.fields.length === 0 && (
            <Text size="sm" c="dimmed">
              Aucun abonnement proposé.
            </Text>
          )}
          {subscriptions.fields.map((item, index) => (
            <Group key={item.id} align="flex-start" gap="sm" maw={2 * FIELD + 60}>
              <TextInput
                label={`Abonnement ${index + 1}`}
                placeholder="Animation & Éducation"
                style={{ flex: '1 1 220px', minWidth: 0 }}
                error={errors.subscriptions?.[index]?.name?.message}
                {...register(`subscriptions.${index}.name`)}
              />
              <Controller
                control={control}
                name={`subscriptions.${index}.price`}
                render={({ field, fieldState }) => (
                  <MoneyInput
                    label="Prix"
                    aria-label={`Prix de l'abonnement ${index + 1}`}
                    w={140}
                    name={field.name}
                    ref={field.ref}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mt={26}
                aria-label={`Retirer l'abonnement ${index + 1}`}
                title="Retirer"
                onClick={() => subscriptions.remove(index)}
              >
                <IconTrash size={20} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          {errors.subscriptions?.message && (
            <Text size="sm" c="var(--mantine-color-error)">
              {errors.subscriptions.message}
            </Text>
          )}
          <Group>
            <Button
              variant="light"
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => subscriptions.append({ name: '', price: 0 })}
              disabled={subscriptions.fields.length >= 10}
            >
              Ajouter un abonnement
            </Button>
          </Group>
        </Section>

        {inUse && (
          <Alert color="orange" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />} title="Ce barème a déjà servi">
            <Stack gap="xs">
              <Text size="sm">{inUse.detail}</Text>
              <Text size="sm" fw={600}>
                Coopératives concernées ({inUse.codes.length}) :
              </Text>
              <Group gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Coopératives concernées">
                {inUse.codes.map((code) => (
                  <li key={code}>
                    <Badge variant="default" radius="sm" size="lg" tt="none">
                      {code}
                    </Badge>
                  </li>
                ))}
              </Group>
              <Group gap="sm" mt="xs">
                <Button loading={save.isPending} onClick={() => send(inUse.request, true)}>
                  Enregistrer quand même
                </Button>
                <Button variant="default" onClick={() => setInUse(null)}>
                  Ne pas enregistrer
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        {save.isError && stale && (
          <StaleVersionError title="Barème modifié entre-temps" error={save.error} onReload={onReload} />
        )}
        {save.isError && !stale && !inUse && !(isApiError(save.error) && save.error.is('tariff-in-use')) && (
          <FormError>
            {fieldErrors ? 'Certains champs sont à corriger : voyez les messages sous ces champs.' : errorMessage(save.error)}
          </FormError>
        )}

        <SaveBar
          dirty={isDirty}
          saving={save.isPending && !inUse}
          status={tariff ? undefined : 'Nouveau barème.'}
          onCancel={() => {
            save.reset();
            setInUse(null);
            reset(initialValues);
          }}
        >
          Enregistrer le barème
        </SaveBar>
      </Stack>
    </form>
  );
}
