import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { FormError } from '@/components/ui/form-error';
import { QueryError } from '@/components/ui/query-error';
import { ListLoader } from '@/components/ui/data-list-frame';
import { formatDate } from '@/lib/format';
import { errorMessage, isApiError, violationsByField } from '@/lib/problem';
import { useSaveSepaCreditor, useSepaCreditor, type SepaCreditor } from '../api/sepa';
import { bicProblem, creditorIdProblem, groupIban, ibanHint, normalizeSepa } from '../utils/sepa-checks';
import { SaveBar } from '@/components/ui/form-actions';

type CreditorInput = { name: string; identifier: string; iban: string; bic: string };
const FIELDS = ['name', 'identifier', 'iban', 'bic'] as const;

function values(c: SepaCreditor | undefined, departmentName?: string): CreditorInput {
  return {
    name: c?.name ?? departmentName ?? '',
    identifier: c?.identifier ?? '',
    iban: c?.iban ? groupIban(c.iban) : '',
    bic: c?.bic ?? '',
  };
}

/** "Créancier": the department's name, SEPA creditor identifier (ICS) and account, as the bank needs them. */
export function SepaCreditorForm({ code, departmentName }: { code: string; departmentName?: string }) {
  const creditor = useSepaCreditor(code);
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="sepa-creditor-title">
      <Title order={2} size="h4" mb="xs" id="sepa-creditor-title">
        Créancier
      </Title>
      {creditor.isPending ? (
        <ListLoader label="Chargement du créancier" size="sm" />
      ) : creditor.isError ? (
        <QueryError error={creditor.error} onRetry={() => creditor.refetch()} title="Le créancier n'a pas pu être lu" />
      ) : (
        <CreditorFields code={code} creditor={creditor.data} departmentName={departmentName} />
      )}
    </Paper>
  );
}

function CreditorFields({ code, creditor, departmentName }: { code: string; creditor: SepaCreditor; departmentName?: string }) {
  const save = useSaveSepaCreditor(code);
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isDirty },
  } = useForm<CreditorInput>({ defaultValues: values(creditor, departmentName) });
  const hint = ibanHint(useWatch({ control, name: 'iban' }) ?? '');
  useEffect(() => reset(values(creditor, departmentName)), [creditor, departmentName, reset]);

  const submit = handleSubmit((input) => {
    let invalid = false;
    const check = (field: keyof CreditorInput, problem: string | null) => {
      if (problem) {
        setError(field, { type: 'client', message: problem }, { shouldFocus: !invalid });
        invalid = true;
      }
    };
    check('name', input.name.trim() ? null : 'Indiquez le nom du créancier.');
    check('identifier', creditorIdProblem(input.identifier));
    check('iban', ibanHint(input.iban).valid ? null : ibanHint(input.iban).message);
    check('bic', bicProblem(input.bic));
    if (invalid) return;
    save.mutate(
      {
        version: creditor.version ?? undefined,
        name: input.name.trim(),
        identifier: normalizeSepa(input.identifier),
        iban: normalizeSepa(input.iban),
        bic: normalizeSepa(input.bic),
      },
      {
        onSuccess: () =>
          notifications.show({ color: 'teal', icon: <IconCheck size={18} aria-hidden />, message: 'Créancier enregistré.' }),
        onError: (error) => {
          if (!isApiError(error)) return;
          const byField = violationsByField(error.violations);
          for (const field of FIELDS) {
            if (byField[field]) setError(field, { type: 'server', message: byField[field] });
          }
        },
      },
    );
  });
  const fieldErrors = isApiError(save.error) && save.error.violations.length > 0;

  return (
    <form noValidate onSubmit={submit} aria-label="Créancier SEPA du département">
      <UnsavedChangesGuard when={isDirty} what="le créancier" />
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {creditor.version == null
            ? "À renseigner avant le premier fichier : la banque du département vous a donné l'identifiant créancier SEPA (ICS)."
            : `Enregistré le ${formatDate(creditor.updatedAt!)} par ${creditor.updatedBy ?? '—'}.`}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label="Nom du créancier" required description={!errors.name && 'Tel que les coopératives le liront sur leur relevé'} error={errors.name?.message} {...register('name')} />
          <TextInput
            label="Identifiant créancier SEPA (ICS)"
            required
            placeholder="FR72ZZZ123456"
            autoCapitalize="characters"
            spellCheck={false}
            error={errors.identifier?.message}
            {...register('identifier')}
          />
          <TextInput
            label="IBAN du département"
            required
            autoCapitalize="characters"
            spellCheck={false}
            error={errors.iban?.message}
            description={
              !errors.iban && (
                <Text span size="xs" c={hint.valid ? 'teal.9' : 'dimmed'} aria-live="polite">
                  {hint.message}
                </Text>
              )
            }
            {...register('iban')}
          />
          <TextInput label="BIC du département" required autoCapitalize="characters" spellCheck={false} error={errors.bic?.message} {...register('bic')} />
        </SimpleGrid>
        {save.isError && !fieldErrors && <FormError>{errorMessage(save.error)}</FormError>}
        <SaveBar dirty={isDirty} saving={save.isPending} status="">
          Enregistrer le créancier
        </SaveBar>
      </Stack>
    </form>
  );
}
