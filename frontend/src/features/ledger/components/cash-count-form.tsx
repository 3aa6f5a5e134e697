import { NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { DateField } from '@/components/ui/date-field';
import { FormActions } from '@/components/ui/form-actions';
import { formatMoney } from '@/lib/format';
import { isApiError, violationsByField } from '@/lib/problem';
import { useCreateCashCount, useUpdateCashCount, type CashCount } from '../api/cash-counts';

type CashCountFormProps = {
  cooperativeId: number;
  year: string;
  /** The values a count lists, 500 € first (the API's list). */
  values: number[];
  /** The count to correct; none for a new one. */
  count?: CashCount;
  /** The day proposed for a new count (today). */
  today: string;
  onDone: (saved: CashCount) => void;
  onCancel: () => void;
};

/** "20 €", "0,50 €": a note's or coin's value as it is printed on it. */
export const denomination = (value: number) => (Number.isInteger(value) ? `${value} €` : formatMoney(value));

/**
 * "L'arrêté de caisse": the number of each note and coin, from 500 € down to 0,01 €, and the total as it is typed.
 * Notes from 5 € up, coins below; two columns on a phone, so that the thumb reaches every field.
 */
export function CashCountForm({ cooperativeId, year, values, count, today, onDone, onCancel }: CashCountFormProps) {
  const create = useCreateCashCount(cooperativeId, year);
  const update = useUpdateCashCount(cooperativeId, year);
  const save = count ? update : create;
  const [date, setDate] = useState<string | null>(count?.countedOn ?? today);
  const [quantities, setQuantities] = useState<Record<number, number | ''>>(() =>
    Object.fromEntries((count?.quantities ?? []).filter((q) => (q.quantity ?? 0) > 0).map((q) => [Number(q.value), q.quantity ?? 0])),
  );
  const [local, setLocal] = useState<Record<string, string>>({});
  const server = isApiError(save.error) ? violationsByField(save.error.violations) : {};
  const errors = { ...server, ...local };
  // in cents, so that 3 × 0,10 € is 0,30 €
  const totalCents = values.reduce((sum, v) => sum + Math.round(v * 100) * Number(quantities[v] || 0), 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!date) problems.countedOn = "Indiquez la date de l'arrêté de caisse.";
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const request = {
      countedOn: date!,
      // every value, 0 included: a refused line's index is the value's index in the form
      quantities: values.map((v) => ({ value: v, quantity: Number(quantities[v] || 0) })),
    };
    if (count) update.mutate({ id: count.id!, version: count.version ?? 0, count: request }, { onSuccess: onDone });
    else create.mutate(request, { onSuccess: onDone });
  };

  const field = (v: number, kind: 'Billets' | 'Pièces') => {
    const index = values.indexOf(v);
    const n = Number(quantities[v] || 0);
    return (
      <NumberInput
        key={v}
        label={denomination(v)}
        aria-label={`${kind} de ${denomination(v)}`}
        description={n > 0 ? `= ${formatMoney((Math.round(v * 100) * n) / 100)}` : undefined}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        value={quantities[v] ?? ''}
        onChange={(x) => setQuantities((all) => ({ ...all, [v]: x === '' ? '' : Number(x) }))}
        allowNegative={false}
        allowDecimal={false}
        min={0}
        max={100000}
        hideControls
        inputMode="numeric"
        placeholder="0"
        error={errors[`quantities[${index}].value`] ?? errors[`quantities[${index}].quantity`]}
      />
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={count ? "Corriger l'arrêté de caisse" : 'Nouvel arrêté de caisse'}>
      <Stack gap="md">
        <DateField label="Date du comptage" value={date} onChange={setDate} error={errors.countedOn} withAsterisk maw={220} />
        <div role="group" aria-label="Billets">
          <Title order={3} size="h5" mb={4}>
            Billets
          </Title>
          <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="xs" verticalSpacing={4}>
            {values.filter((v) => v >= 5).map((v) => field(v, 'Billets'))}
          </SimpleGrid>
        </div>
        <div role="group" aria-label="Pièces">
          <Title order={3} size="h5" mb={4}>
            Pièces
          </Title>
          <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="xs" verticalSpacing={4}>
            {values.filter((v) => v < 5).map((v) => field(v, 'Pièces'))}
          </SimpleGrid>
        </div>
        <Text fw={700} size="lg" aria-live="polite" data-testid="cash-total">
          Total compté : {formatMoney(totalCents / 100)}
        </Text>
        <FormActions failure={save.isError && Object.keys(server).length === 0 ? save.error : null} saving={save.isPending} onCancel={onCancel}>
          {count ? 'Enregistrer la correction' : "Enregistrer l'arrêté de caisse"}
        </FormActions>
      </Stack>
    </form>
  );
}
