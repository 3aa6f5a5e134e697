import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { Button, Code, Group, Paper, SimpleGrid, Stack, Switch, Table, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconCheck } from '@tabler/icons-react';
import { useForm, useWatch, type Control, type FieldPath, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import { FormError, StaleVersionError } from '@/components/ui/form-error';
import { Section } from '@/features/tariff/components/tariff-form';
import { formatDate } from '@/lib/format';
import { errorMessage, isApiError } from '@/lib/problem';
import type { DepartmentSettings, EmailKind, EmailTemplate } from '../api/get-settings';
import { settingsFormField, settingsRequest, settingsValues, useSaveSettings, type SettingsInput } from '../api/save-settings';
import { SaveBar } from '@/components/ui/form-actions';

type SettingsFormProps = {
  settings: DepartmentSettings;
  /** Reads the settings again (after a 409 "stale-version"). */
  onReload: () => void;
};

/** The contacts, the insurer contract and the text of the emails of a department. */
export function SettingsForm({ settings, onReload }: SettingsFormProps) {
  const code = settings.code ?? '';
  const save = useSaveSettings(code);
  const initialValues = settingsValues(settings);
  const kinds = initialValues.templates.map((t) => t.kind);
  const {
    control,
    register,
    handleSubmit,
    reset,
    setError,
    setValue,
    formState: { errors, isDirty },
  } = useForm<SettingsInput>({ defaultValues: initialValues });

  const submit = handleSubmit((values) =>
    save.mutate(settingsRequest(values, settings.version ?? 0), {
      onSuccess: (saved) => {
        reset(settingsValues(saved));
        notifications.show({
          color: 'teal',
          icon: <IconCheck size={18} aria-hidden />,
          title: 'Paramètres enregistrés',
          message: `Les paramètres de l'${saved.name} sont à jour.`,
        });
      },
      onError: (error) => {
        if (!isApiError(error)) return;
        let first = true;
        for (const v of error.violations) {
          if (!v.field) continue;
          setError(settingsFormField(v.field, kinds) as FieldPath<SettingsInput>, { type: 'server', message: v.message }, {
            shouldFocus: first,
          });
          first = false;
        }
      },
    }),
  );

  const stale = isApiError(save.error) && save.error.is('stale-version');
  const fieldErrors = isApiError(save.error) && save.error.violations.some((v) => v.field);
  const text = (name: keyof Omit<SettingsInput, 'templates'>, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput label={label} {...register(name)} error={errors[name]?.message} {...extra} />
  );

  return (
    <form noValidate onSubmit={submit} aria-label="Paramètres du département">
      <UnsavedChangesGuard when={isDirty} what="les paramètres" />
      <Stack gap="md">
        <Section title="Coordonnées" description="Affichées aux coopératives du département et sur les documents.">
          {text('addressLine', 'Adresse')}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('postalCode', 'Code postal', { maw: 200 })}
            {text('city', 'Ville')}
            {text('email', 'E-mail', { type: 'email' })}
            {text('phone', 'Téléphone', { type: 'tel' })}
          </SimpleGrid>
          {text('website', 'Site internet', { placeholder: 'https://www.occe38.fr' })}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('contactName', 'Personne à contacter', { placeholder: 'Ex. : Mme Claire MARTIN, comptabilité' })}
            {text('openingHours', "Horaires d'ouverture", { placeholder: 'Ex. : du lundi au jeudi, 9 h - 12 h' })}
          </SimpleGrid>
        </Section>

        <Section title="Contrat d'assurance" description="Le contrat qui assure les coopératives du département.">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('insurerName', 'Assureur')}
            {text('insurerContractNumber', 'Numéro de contrat')}
          </SimpleGrid>
          <Textarea
            label="Précisions sur le contrat"
            description="1 000 caractères au plus."
            autosize
            minRows={2}
            {...register('insurerDetails')}
            error={errors.insurerDetails?.message}
          />
        </Section>

        <Section
          title="Textes des courriels"
          description="Les courriels envoyés aux coopératives au nom du département. Les champs entre accolades, comme {cooperative}, sont remplacés à l'envoi."
        >
          {(settings.emailTemplates ?? []).map((template, index) => (
            <TemplateEditor
              key={template.kind}
              index={index}
              template={template}
              control={control}
              register={register}
              setValue={setValue}
              errors={errors.templates?.[index]}
            />
          ))}
        </Section>

        {save.isError && stale && (
          <StaleVersionError title="Paramètres modifiés entre-temps" error={save.error} onReload={onReload} />
        )}
        {save.isError && !stale && (
          <FormError>{fieldErrors ? 'Certains champs sont à corriger : voyez les messages sous ces champs.' : errorMessage(save.error)}</FormError>
        )}

        <SaveBar
          dirty={isDirty}
          saving={save.isPending}
          status={
            settings.updatedAt
              ? `Dernière modification le ${formatDate(settings.updatedAt)}${settings.updatedBy ? ` par ${settings.updatedBy}` : ''}.`
              : undefined
          }
          onCancel={() => {
            save.reset();
            reset(initialValues);
          }}
          cancelLabel="Annuler les modifications"
        >
          Enregistrer les paramètres
        </SaveBar>
      </Stack>
    </form>
  );
}

type TemplateEditorProps = {
  index: number;
  template: EmailTemplate;
  control: Control<SettingsInput>;
  register: UseFormRegister<SettingsInput>;
  setValue: UseFormSetValue<SettingsInput>;
  errors?: { subject?: { message?: string }; body?: { message?: string } };
};

/** One email: its default text, or the department's own, with the placeholders it accepts. */
function TemplateEditor({ index, template, control, register, setValue, errors }: TemplateEditorProps) {
  const custom = useWatch({ control, name: `templates.${index}.custom` });
  const id = `template-${template.kind as EmailKind}`;
  const backToDefault = () => {
    setValue(`templates.${index}.custom`, false, { shouldDirty: true });
    setValue(`templates.${index}.subject`, template.defaultSubject ?? '', { shouldDirty: true });
    setValue(`templates.${index}.body`, template.defaultBody ?? '', { shouldDirty: true });
  };
  return (
    <Paper withBorder radius="sm" p="md" bg="gray.0" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Title order={2} size="h5" id={id}>
            {template.label}
          </Title>
          <Switch
            label="Texte propre au département"
            checked={custom}
            onChange={(event) => {
              if (event.currentTarget.checked) setValue(`templates.${index}.custom`, true, { shouldDirty: true });
              else backToDefault();
            }}
          />
        </Group>
        <TextInput
          label={`Objet — ${template.label}`}
          readOnly={!custom}
          variant={custom ? 'default' : 'filled'}
          {...register(`templates.${index}.subject`)}
          error={errors?.subject?.message}
        />
        <Textarea
          label={`Texte — ${template.label}`}
          readOnly={!custom}
          variant={custom ? 'default' : 'filled'}
          autosize
          minRows={5}
          maxRows={16}
          {...register(`templates.${index}.body`)}
          error={errors?.body?.message}
          description={custom ? undefined : 'Texte par défaut de la plateforme. Activez « Texte propre au département » pour le modifier.'}
        />
        {custom && (
          <Group>
            <Button size="xs" variant="subtle" leftSection={<IconArrowBackUp size={16} aria-hidden />} onClick={backToDefault}>
              Revenir au texte par défaut
            </Button>
          </Group>
        )}
        <Table withRowBorders={false} verticalSpacing={2} fz="sm" aria-label={`Champs possibles — ${template.label}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Champ</Table.Th>
              <Table.Th scope="col">Remplacé par</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(template.placeholders ?? []).map((p) => (
              <Table.Tr key={p.name}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Code>{p.name}</Code>
                </Table.Td>
                <Table.Td>{p.description}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
