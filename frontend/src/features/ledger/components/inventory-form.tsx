import { NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { MoneyInput } from '@/components/ui/amount-inputs';
import { DateField } from '@/components/ui/date-field';
import { FormActions } from '@/components/ui/form-actions';
import { formatDate, formatMoney } from '@/lib/format';
import { isApiError, violationsByField } from '@/lib/problem';
import { useCreateInventoryItem, useUpdateInventoryItem, type InventoryItem } from '../api/inventory';
import { useLedger } from '../api/ledger';

type Props = { cooperativeId: number; year: string; item?: InventoryItem; today: string; onDone: () => void; onCancel: () => void };

/** An item of the inventory: bought when, what, for how much, by which charge of the year; and when it left, if it did. */
export function InventoryForm({ cooperativeId, year, item, today, onDone, onCancel }: Props) {
  const book = useLedger(cooperativeId, year);
  const create = useCreateInventoryItem(cooperativeId);
  const update = useUpdateInventoryItem(cooperativeId);
  const save = item ? update : create;
  const [acquiredOn, setAcquiredOn] = useState<string | null>(item?.acquiredOn ?? today);
  const [label, setLabel] = useState(item?.label ?? '');
  const [value, setValue] = useState<number | ''>(item?.value != null ? Number(item.value) : '');
  const [entryId, setEntryId] = useState(item?.entryId != null ? String(item.entryId) : '');
  const [disposedOn, setDisposedOn] = useState<string | null>(item?.disposedOn ?? null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const server = isApiError(save.error) ? violationsByField(save.error.violations) : {};
  const errors = { ...server, ...local };
  const charges = (book.data?.lines ?? []).map((l) => l.entry!).filter((e) => e.kind === 'CHARGE');
  const options = [
    { value: '', label: 'Aucune (acheté avant, ou donné)' },
    ...charges.map((e) => ({ value: String(e.id), label: `n° ${e.voucherNumber} du ${formatDate(e.date!)} : ${e.label} — ${formatMoney(Number(e.amountOut ?? 0))}` })),
  ];
  if (item?.entryId != null && !charges.some((e) => e.id === item.entryId)) {
    options.push({ value: String(item.entryId), label: `Pièce n° ${item.entryVoucherNumber ?? '?'} (autre année)` });
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!acquiredOn) problems.acquiredOn = "Indiquez la date d'achat.";
    if (!label.trim()) problems.label = 'Décrivez le bien (par exemple « Vidéoprojecteur »).';
    if (value === '' || Number(value) <= 0) problems.value = 'Indiquez la valeur du bien.';
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const request = { acquiredOn: acquiredOn!, label: label.trim(), value: Number(value), entryId: entryId ? Number(entryId) : undefined, disposedOn: disposedOn ?? undefined };
    if (item) update.mutate({ id: item.id!, version: item.version ?? 0, item: request }, { onSuccess: onDone });
    else create.mutate(request, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={item ? 'Modifier le bien' : "Ajouter un bien à l'inventaire"}>
      <Stack gap="sm">
        <TextInput label="Bien" value={label} onChange={(e) => setLabel(e.currentTarget.value)} error={errors.label} withAsterisk maxLength={200} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <DateField label="Date d'achat" value={acquiredOn} onChange={setAcquiredOn} error={errors.acquiredOn} withAsterisk />
          <MoneyInput label="Valeur" value={value} onChange={(v) => setValue(v === '' ? '' : Number(v))} error={errors.value} withAsterisk />
        </SimpleGrid>
        <NativeSelect
          label="Dépense du cahier qui l'a payé"
          value={entryId}
          onChange={(e) => {
            const id = e.currentTarget.value;
            setEntryId(id);
            const paid = charges.find((c) => String(c.id) === id);
            if (paid && value === '') setValue(Number(paid.amountOut ?? 0));
            if (paid && !label.trim()) setLabel(paid.label ?? '');
          }}
          data={options}
          error={errors.entryId}
        />
        {item && (
          <DateField
            label="Sorti de l'inventaire le"
            description="Cassé, donné ou vendu : il ne compte plus dans la valeur des biens."
            value={disposedOn}
            onChange={setDisposedOn}
            error={errors.disposedOn}
            clearable
          />
        )}
        <FormActions failure={save.isError && Object.keys(server).length === 0 ? save.error : null} saving={save.isPending} onCancel={onCancel}>
          {item ? 'Enregistrer les modifications' : "Ajouter à l'inventaire"}
        </FormActions>
      </Stack>
    </form>
  );
}
