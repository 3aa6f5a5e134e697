import { Checkbox, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { MoneyInput } from '@/components/ui/amount-inputs';
import { DateField } from '@/components/ui/date-field';
import { FormActions } from '@/components/ui/form-actions';
import { formatDate, formatMoney } from '@/lib/format';
import { isApiError, violationsByField } from '@/lib/problem';
import { useLedger } from '../api/ledger';
import { FUNDER_LABELS, useCreateSubsidy, useUpdateSubsidy, type FunderType, type Subsidy } from '../api/subsidies';

type Props = {
  cooperativeId: number;
  year: string;
  subsidy?: Subsidy;
  /** Income entries already received for another subsidy: not offered. */
  taken: Set<number>;
  today: string;
  onDone: () => void;
  onCancel: () => void;
};

/**
 * A subsidy: who grants it, for what, how much, when; and the income entries that received it, of its year or of the
 * next one (a grant decided in June is often paid after the summer).
 */
export function SubsidyForm({ cooperativeId, year, subsidy, taken, today, onDone, onCancel }: Props) {
  const book = useLedger(cooperativeId, year);
  const following = `${year.slice(5, 9)}-${Number(year.slice(5, 9)) + 1}`;
  const nextBook = useLedger(cooperativeId, following);
  const create = useCreateSubsidy(cooperativeId);
  const update = useUpdateSubsidy(cooperativeId);
  const save = subsidy ? update : create;
  const [funderType, setFunderType] = useState<FunderType>(subsidy?.funderType ?? 'COMMUNE');
  const [funderName, setFunderName] = useState(subsidy?.funderName ?? '');
  const [purpose, setPurpose] = useState(subsidy?.purpose ?? '');
  const [amount, setAmount] = useState<number | ''>(subsidy?.amountGranted != null ? Number(subsidy.amountGranted) : '');
  const [decidedOn, setDecidedOn] = useState<string | null>(subsidy?.decidedOn ?? today);
  const [entryIds, setEntryIds] = useState<number[]>((subsidy?.receipts ?? []).map((r) => r.entryId!));
  const [local, setLocal] = useState<Record<string, string>>({});
  const server = isApiError(save.error) ? violationsByField(save.error.violations) : {};
  const errors = { ...server, ...local };
  const incomes = [...(book.data?.lines ?? []), ...(nextBook.data?.lines ?? [])]
    .map((l) => l.entry!)
    .filter((e) => e.kind === 'INCOME' && (!taken.has(e.id!) || entryIds.includes(e.id!)));
  const received = incomes.filter((e) => entryIds.includes(e.id!)).reduce((sum, e) => sum + Math.round(Number(e.amountIn ?? 0) * 100), 0);
  const entryError = Object.entries(errors).find(([field]) => field.startsWith('entryIds'))?.[1];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!funderName.trim()) problems.funderName = 'Indiquez le nom du financeur (par exemple « Mairie de Vienne »).';
    if (!purpose.trim()) problems.purpose = "Indiquez l'objet de la subvention.";
    if (amount === '' || Number(amount) <= 0) problems.amountGranted = 'Indiquez le montant accordé.';
    if (!decidedOn) problems.decidedOn = 'Indiquez la date de la décision.';
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const request = { funderType, funderName: funderName.trim(), purpose: purpose.trim(), amountGranted: Number(amount), decidedOn: decidedOn!, entryIds };
    if (subsidy) update.mutate({ id: subsidy.id!, version: subsidy.version ?? 0, subsidy: request }, { onSuccess: onDone });
    else create.mutate(request, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={subsidy ? 'Modifier la subvention' : 'Nouvelle subvention'}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NativeSelect
            label="Financeur"
            value={funderType}
            onChange={(e) => setFunderType(e.currentTarget.value as FunderType)}
            data={(Object.keys(FUNDER_LABELS) as FunderType[]).map((f) => ({ value: f, label: FUNDER_LABELS[f] }))}
            error={errors.funderType}
          />
          <TextInput label="Nom du financeur" value={funderName} onChange={(e) => setFunderName(e.currentTarget.value)} error={errors.funderName} withAsterisk />
        </SimpleGrid>
        <TextInput label="Objet" value={purpose} onChange={(e) => setPurpose(e.currentTarget.value)} error={errors.purpose} withAsterisk />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <MoneyInput label="Montant accordé" value={amount} onChange={(v) => setAmount(v === '' ? '' : Number(v))} error={errors.amountGranted} withAsterisk />
          <DateField label="Date de la décision" value={decidedOn} onChange={setDecidedOn} error={errors.decidedOn} withAsterisk />
        </SimpleGrid>
        <Checkbox.Group
          label="Versements reçus (recettes du cahier)"
          description={incomes.length === 0 ? "Aucune recette au cahier de l'année ni de la suivante : cochez-la quand le versement sera écrit." : undefined}
          value={entryIds.map(String)}
          onChange={(values) => setEntryIds(values.map(Number))}
          error={entryError}
        >
          <Stack gap={6} mt={6}>
            {incomes.map((e) => (
              <Checkbox
                key={e.id}
                value={String(e.id)}
                label={`n° ${e.voucherNumber} du ${formatDate(e.date!)} : ${e.label} — ${formatMoney(Number(e.amountIn ?? 0))}`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        {amount !== '' && (
          <Text size="sm" aria-live="polite">
            Reçu : {formatMoney(received / 100)} · reste attendu : {formatMoney(Math.max(0, Math.round(Number(amount) * 100) - received) / 100)}
          </Text>
        )}
        <FormActions failure={save.isError && Object.keys(server).length === 0 ? save.error : null} saving={save.isPending} onCancel={onCancel}>
          {subsidy ? 'Enregistrer les modifications' : 'Enregistrer la subvention'}
        </FormActions>
      </Stack>
    </form>
  );
}
