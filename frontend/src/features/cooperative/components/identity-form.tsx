import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { zodResolver } from '@hookform/resolvers/zod';
import { Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import { FormError, StaleVersionError } from '@/components/ui/form-error';
import { errorMessage, isApiError, violationsByField } from '@/lib/problem';
import type { Cooperative } from '../api/get-cooperative';
import {
  IDENTITY_FIELDS,
  STAFF_ONLY_FIELDS,
  identityInputSchema,
  identityUpdate,
  identityValues,
  useUpdateIdentity,
  type IdentityField,
  type IdentityInput,
} from '../api/update-identity';
import { SaveBar } from '@/components/ui/form-actions';

type IdentityFormProps = {
  cooperative: Cooperative;
  /** Staff and the admin also change the school's name, type, UAI and district. */
  canEditSchool: boolean;
  /** Reads the cooperative again from the server (after a 409). */
  onReload: () => Promise<Cooperative | undefined>;
};

const STAFF_ONLY_HINT = 'Modifiable par votre OCCE départementale';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} m={0} component="fieldset" style={{ minWidth: 0 }}>
      <Title order={2} size="h4" mb="md" component="legend" style={{ float: 'left', width: '100%' }}>
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" style={{ clear: 'both' }}>
        {children}
      </SimpleGrid>
    </Paper>
  );
}

export function IdentityForm({ cooperative, canEditSchool, onReload }: IdentityFormProps) {
  const editable = useMemo<readonly IdentityField[]>(
    () => (canEditSchool ? IDENTITY_FIELDS : IDENTITY_FIELDS.filter((f) => !STAFF_ONLY_FIELDS.includes(f))),
    [canEditSchool],
  );
  const mutation = useUpdateIdentity();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isDirty },
  } = useForm<IdentityInput>({
    resolver: zodResolver(identityInputSchema),
    defaultValues: identityValues(cooperative),
  });

  // a new version read from the server (after saving or reloading) becomes the form's starting point
  useEffect(() => {
    reset(identityValues(cooperative));
  }, [cooperative, reset]);

  const submit = handleSubmit((values) => {
    const update = identityUpdate(cooperative, values, editable);
    if (Object.keys(update).length === 1) {
      notifications.show({ color: 'gray', message: 'Aucune modification à enregistrer.' });
      return;
    }
    mutation.mutate(
      { id: cooperative.id!, update },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            icon: <IconCheck size={18} aria-hidden />,
            title: 'Modifications enregistrées',
            message: 'La fiche identité de la coopérative est à jour.',
          });
        },
        onError: (error) => {
          if (!isApiError(error)) return;
          const byField = violationsByField(error.violations);
          let focus = true;
          for (const field of IDENTITY_FIELDS) {
            if (byField[field]) {
              setError(field, { type: 'server', message: byField[field] }, { shouldFocus: focus });
              focus = false;
            }
          }
        },
      },
    );
  });

  const reload = async () => {
    mutation.reset();
    const fresh = await onReload();
    if (fresh) reset(identityValues(fresh));
  };

  const stale = isApiError(mutation.error) && mutation.error.is('stale-version');
  const onlyFieldErrors =
    isApiError(mutation.error) &&
    mutation.error.violations.length > 0 &&
    mutation.error.violations.every((v) => (IDENTITY_FIELDS as readonly string[]).includes(v.field ?? ''));

  const field = (name: IdentityField, label: string, extra: Partial<Parameters<typeof TextInput>[0]> = {}) => {
    const locked = !editable.includes(name);
    const registration: UseFormRegisterReturn = register(name);
    return (
      <TextInput
        label={label}
        error={errors[name]?.message}
        readOnly={locked}
        variant={locked ? 'filled' : 'default'}
        description={locked ? STAFF_ONLY_HINT : extra.description}
        {...extra}
        {...registration}
      />
    );
  };

  return (
    <form noValidate onSubmit={submit} aria-label="Coordonnées de la coopérative">
      <UnsavedChangesGuard when={isDirty} what="coordonnées de la coopérative" />
      <Stack gap="md">
        <Section title="École">
          {field('schoolName', "Nom de l'école", { autoComplete: 'organization' })}
          {field('schoolType', "Type d'école", { placeholder: 'École primaire publique' })}
          {field('uai', 'UAI (ancien RNE)', { placeholder: '0460410N', autoCapitalize: 'characters' })}
          {field('district', 'Circonscription', {
            placeholder: 'Cahors 2',
            description: "Celle de l'inspection (IEN) ; le contrôle des comptes peut en tirer au moins une par circonscription.",
          })}
        </Section>
        <Section title="Adresse de l'école">
          {field('addressLine', 'Adresse', { autoComplete: 'street-address' })}
          {field('postalCode', 'Code postal', { autoComplete: 'postal-code', inputMode: 'numeric', maw: 200 })}
          {field('city', 'Commune', { autoComplete: 'address-level2' })}
        </Section>
        <Section title="Contacts">
          {field('schoolEmail', "E-mail de l'école", { type: 'email', autoComplete: 'email' })}
          {field('schoolPhone', "Téléphone de l'école", { type: 'tel', autoComplete: 'tel' })}
          {field('mandataireEmail', 'E-mail du mandataire', { type: 'email' })}
          {field('mandatairePhone', 'Téléphone du mandataire', { type: 'tel' })}
        </Section>

        {mutation.isError && stale && (
          <StaleVersionError title="Fiche modifiée entre-temps" error={mutation.error} onReload={reload} />
        )}
        {mutation.isError && !stale && !onlyFieldErrors && <FormError>{errorMessage(mutation.error)}</FormError>}
        {mutation.isError && onlyFieldErrors && (
          <FormError>Certains champs sont à corriger : voyez les messages sous ces champs.</FormError>
        )}

        <SaveBar
          dirty={isDirty}
          saving={mutation.isPending}
          onCancel={() => {
            mutation.reset();
            reset(identityValues(cooperative));
          }}
        >
          Enregistrer
        </SaveBar>
      </Stack>
    </form>
  );
}
