import { ActionIcon, Alert, Button, FileInput, Group, NativeSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCamera, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { MoneyInput } from '@/components/ui/amount-inputs';
import { DateField } from '@/components/ui/date-field';
import { formatMoney } from '@/lib/format';
import { errorMessage, isApiError, violationsByField } from '@/lib/problem';
import {
  ENTRY_KIND_LABELS,
  LEDGER_MEANS_LABELS,
  useCreateLedgerEntry,
  useLedgerHeadings,
  useLedgerNextNumbers,
  useUpdateLedgerEntry,
  type EntryKind,
  type LedgerEntry,
  type LedgerMeans,
  type Treasury,
} from '../api/ledger';
import { useAttachVoucher } from '../api/vouchers';
import { useLedgerActions } from '../api/actions';
import { useClassLedgers } from '../api/classes';

type Part = { heading: string; amount: number | '' };

type EntryFormProps = {
  cooperativeId: number;
  year: string;
  /** The entry to change; none for a new one. */
  entry?: LedgerEntry;
  /** The day proposed for a new entry (today, within the year). */
  today: string;
  onDone: () => void;
  onCancel: () => void;
};

/** In cents, so that the parts' sum is exact. */
const cents = (amount: number | '' | undefined) => Math.round(Number(amount || 0) * 100);

/**
 * "Écrire une opération": recette, dépense or virement interne; date, label, amount, means, cheque and voucher
 * numbers (suggested), one heading or a split over several whose parts make the amount.
 */
export function EntryForm({ cooperativeId, year, entry, today, onDone, onCancel }: EntryFormProps) {
  const headings = useLedgerHeadings(cooperativeId, year);
  const next = useLedgerNextNumbers(cooperativeId, year, !entry);
  const create = useCreateLedgerEntry(cooperativeId, year);
  const update = useUpdateLedgerEntry(cooperativeId, year);
  const save = entry ? update : create;

  const [kind, setKind] = useState<EntryKind>(entry?.kind ?? 'CHARGE');
  const [date, setDate] = useState<string | null>(entry?.date ?? today);
  const [label, setLabel] = useState(entry?.label ?? '');
  const [amount, setAmount] = useState<number | ''>(entry ? Number((entry.amountIn || entry.amountOut) ?? 0) : '');
  const [means, setMeans] = useState<LedgerMeans>(entry?.paymentMeans ?? 'CHEQUE');
  const [treasury, setTreasury] = useState<Treasury>(entry?.treasury ?? 'CASH');
  const [cheque, setCheque] = useState<string | null>(entry?.chequeNumber ?? null);
  const [voucher, setVoucher] = useState<string | null>(entry?.voucherNumber != null ? String(entry.voucherNumber) : null);
  const [parts, setParts] = useState<Part[]>(
    entry?.parts?.length ? entry.parts.map((p) => ({ heading: p.heading ?? '', amount: Number(p.amount) })) : [{ heading: '', amount: '' }],
  );
  const [local, setLocal] = useState<Record<string, string>>({});
  const [voucherFile, setVoucherFile] = useState<File | null>(null);
  const actions = useLedgerActions(cooperativeId, year);
  const [actionId, setActionId] = useState(entry?.actionId != null ? String(entry.actionId) : '');
  const classes = useClassLedgers(cooperativeId, year);
  const [classLineId, setClassLineId] = useState(entry?.classLineId != null ? String(entry.classLineId) : '');
  const attach = useAttachVoucher(cooperativeId, year);

  const chequeValue = cheque ?? (kind === 'CHARGE' ? (next.data?.chequeNumber ?? '') : '');
  const voucherValue = voucher ?? (next.data ? String(next.data.voucherNumber) : '');
  const server = isApiError(save.error) ? violationsByField(save.error.violations) : {};
  const errors = { ...server, ...local };
  const options = (headings.data ?? [])
    .filter((h) => h.kind === (kind === 'INCOME' ? 'INCOME' : 'CHARGE'))
    .map((h) => ({ value: h.code ?? '', label: `${h.code} — ${h.label}` }));
  const split = parts.length > 1;
  const rest = cents(amount) - parts.reduce((sum, p) => sum + cents(p.amount), 0);

  const setPart = (i: number, change: Partial<Part>) => setParts((all) => all.map((p, j) => (j === i ? { ...p, ...change } : p)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!label.trim()) problems.label = "Écrivez le libellé de l'opération.";
    if (cents(amount) <= 0) problems.amount = 'Indiquez le montant.';
    if (!date) problems.date = "Indiquez la date de l'opération.";
    if (means === 'CHEQUE' && kind === 'CHARGE' && !/^\d{1,20}$/.test(chequeValue.trim())) {
      problems.chequeNumber = 'Indiquez le numéro du chèque, en chiffres.';
    }
    if (voucherValue && !/^\d{1,5}$/.test(voucherValue.trim())) problems.voucherNumber = 'Le numéro de pièce est un nombre de 1 à 99999.';
    if (kind !== 'TRANSFER') {
      parts.forEach((p, i) => {
        if (!p.heading) problems[`parts[${i}].heading`] = 'Choisissez la rubrique.';
      });
      if (split && rest !== 0) problems.parts = `Les rubriques font ${formatMoney((cents(amount) - rest) / 100)} : il faut ${formatMoney(cents(amount) / 100)}.`;
    }
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const request = {
      kind,
      date: date!,
      label: label.trim(),
      amount: Number(amount),
      means: kind === 'TRANSFER' ? ('CASH' as LedgerMeans) : means,
      treasury: kind === 'TRANSFER' ? treasury : undefined,
      chequeNumber: means === 'CHEQUE' && chequeValue.trim() ? chequeValue.trim() : undefined,
      voucherNumber: voucherValue ? Number(voucherValue) : undefined,
      parts: kind === 'TRANSFER' ? [] : parts.map((p) => ({ heading: p.heading, amount: split ? Number(p.amount) : undefined })),
      actionId: kind !== 'TRANSFER' && actionId ? Number(actionId) : undefined,
      classLineId: kind !== 'TRANSFER' && classLineId ? Number(classLineId) : undefined,
    };
    // the entry first, then its voucher: a voucher that cannot be attached does not lose the entry
    const attachThenClose = (saved: LedgerEntry) => {
      if (!voucherFile || saved.id == null) return onDone();
      attach.mutate(
        { entryId: saved.id, file: voucherFile },
        {
          onSettled: (_data, error) => {
            if (error) {
              notifications.show({
                color: 'red',
                title: `L'opération n° ${saved.voucherNumber} est écrite, sans sa pièce`,
                message: `${errorMessage(error)} Joignez-la de nouveau en modifiant l'opération.`,
              });
            }
            onDone();
          },
        },
      );
    };
    if (entry) update.mutate({ id: entry.id!, version: entry.version ?? 0, entry: request }, { onSuccess: attachThenClose });
    else create.mutate(request, { onSuccess: attachThenClose });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={entry ? "Modifier l'opération" : 'Écrire une opération'}>
      <Stack gap="sm">
        <SegmentedControl
          fullWidth
          value={kind}
          onChange={(value) => {
            setKind(value as EntryKind);
            setParts([{ heading: '', amount: '' }]);
          }}
          data={(Object.keys(ENTRY_KIND_LABELS) as EntryKind[]).map((k) => ({ value: k, label: ENTRY_KIND_LABELS[k] }))}
          aria-label="Type d'opération"
        />
        <Group grow align="flex-start" wrap="wrap">
          <DateField label="Date" value={date} onChange={setDate} error={errors.date} withAsterisk style={{ minWidth: 150 }} />
          <MoneyInput label="Montant" value={amount} onChange={(v) => setAmount(v === '' ? '' : Number(v))} error={errors.amount} withAsterisk style={{ minWidth: 130 }} />
        </Group>
        <TextInput label="Libellé" value={label} onChange={(e) => setLabel(e.currentTarget.value)} error={errors.label} withAsterisk maxLength={200} />
        {kind === 'TRANSFER' ? (
          <NativeSelect
            label="Sens"
            value={treasury}
            onChange={(e) => setTreasury(e.currentTarget.value as Treasury)}
            data={[
              { value: 'CASH', label: 'De la caisse vers la banque (dépôt d’espèces)' },
              { value: 'BANK', label: 'De la banque vers la caisse (retrait)' },
            ]}
            error={errors.treasury}
          />
        ) : (
          <Group grow align="flex-start" wrap="wrap">
            <NativeSelect
              label="Moyen de paiement"
              value={means}
              onChange={(e) => setMeans(e.currentTarget.value as LedgerMeans)}
              data={Object.entries(LEDGER_MEANS_LABELS).map(([value, l]) => ({ value, label: l }))}
              style={{ minWidth: 150 }}
            />
            {means === 'CHEQUE' && (
              <TextInput
                label="N° du chèque"
                inputMode="numeric"
                value={chequeValue}
                onChange={(e) => setCheque(e.currentTarget.value)}
                error={errors.chequeNumber}
                withAsterisk={kind === 'CHARGE'}
                style={{ minWidth: 130 }}
              />
            )}
          </Group>
        )}
        <TextInput
          label="N° de pièce (P.J.)"
          description={!entry && next.data ? `Prochain numéro libre : ${next.data.voucherNumber}` : undefined}
          inputMode="numeric"
          value={voucherValue}
          onChange={(e) => setVoucher(e.currentTarget.value)}
          error={errors.voucherNumber}
          maw={220}
        />
        {kind !== 'TRANSFER' && (actions.data?.actions ?? []).length > 0 && (
          <NativeSelect
            label="Action pédagogique"
            value={actionId}
            onChange={(e) => setActionId(e.currentTarget.value)}
            data={[{ value: '', label: 'Aucune' }, ...(actions.data?.actions ?? []).map((a) => ({ value: String(a.id), label: a.name ?? '' }))]}
            error={errors.actionId}
          />
        )}
        {kind !== 'TRANSFER' && (classes.data?.classes ?? []).length > 0 && (
          <NativeSelect
            label="Classe"
            description="Pour le cahier de compta. de la classe"
            value={classLineId}
            onChange={(e) => setClassLineId(e.currentTarget.value)}
            data={[
              { value: '', label: 'Toute la coopérative' },
              ...(classes.data?.classes ?? []).map((c) => ({ value: String(c.classLineId), label: c.className ?? '' })),
            ]}
            error={errors.classLineId}
          />
        )}
        {kind !== 'TRANSFER' && (
          <Stack gap={6} role="group" aria-label="Rubriques">
            {parts.map((p, i) => (
              <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
                <NativeSelect
                  label={i === 0 ? (split ? 'Rubriques' : 'Rubrique') : undefined}
                  aria-label={`Rubrique ${i + 1}`}
                  value={p.heading}
                  onChange={(e) => setPart(i, { heading: e.currentTarget.value })}
                  data={[{ value: '', label: 'Choisissez…' }, ...options]}
                  error={errors[`parts[${i}].heading`]}
                  style={{ flex: 1, minWidth: 0 }}
                />
                {split && (
                  <>
                    <MoneyInput
                      label={i === 0 ? 'Montant' : undefined}
                      aria-label={`Montant de la rubrique ${i + 1}`}
                      value={p.amount}
                      onChange={(v) => setPart(i, { amount: v === '' ? '' : Number(v) })}
                      error={errors[`parts[${i}].amount`]}
                      w={120}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      mt={i === 0 ? 26 : 4}
                      aria-label={`Retirer la rubrique ${i + 1}`}
                      onClick={() => setParts((all) => all.filter((_, j) => j !== i))}
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  </>
                )}
              </Group>
            ))}
            {errors.parts && (
              <Text size="sm" c="red" role="alert">
                {errors.parts}
              </Text>
            )}
            <Group gap="xs">
              <Button
                variant="subtle"
                size="compact-sm"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() =>
                  setParts((all) => [
                    ...all.map((q, j) => (j === 0 && all.length === 1 && q.amount === '' ? { ...q, amount } : q)),
                    { heading: '', amount: '' },
                  ])
                }
              >
                Ventiler sur une autre rubrique
              </Button>
              {split && (
                <Text size="xs" c={rest === 0 ? 'teal.9' : 'dimmed'}>
                  {rest === 0 ? 'La ventilation fait le total.' : `Reste à ventiler : ${formatMoney(rest / 100)}`}
                </Text>
              )}
            </Group>
          </Stack>
        )}
        <FileInput
          label="Pièce justificative"
          description="Photo du ticket ou de la facture, ou un PDF : elle est jointe à l'opération."
          placeholder="Prendre une photo ou choisir un fichier"
          accept="image/jpeg,image/png,application/pdf"
          capture="environment"
          value={voucherFile}
          onChange={setVoucherFile}
          clearable
          clearButtonProps={{ 'aria-label': 'Retirer la pièce' }}
          leftSection={<IconCamera size={18} aria-hidden />}
          styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
        />
        {save.isError && Object.keys(server).length === 0 && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(save.error)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="subtle" onClick={onCancel}>
            Annuler
          </Button>
          <Button type="submit" loading={save.isPending || attach.isPending}>
            {entry ? 'Enregistrer' : "Écrire l'opération"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
