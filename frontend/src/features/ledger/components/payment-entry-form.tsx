import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { IconBook2 } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { DateField } from '@/components/ui/date-field';
import { formatMoney } from '@/lib/format';
import { errorMessage, isApiError, violationsByField } from '@/lib/problem';
import type { PaymentMeans } from '@/lib/wording';
import {
  LEDGER_MEANS_LABELS,
  useLedgerNextNumbers,
  useRecordAdhesionPayment,
  type LedgerEntry,
  type LedgerMeans,
} from '../api/ledger';

/** The adhesion's way to pay, as the ledger names it: a cheque stays a cheque, a direct debit is a "prélèvement". */
function meansOf(means: PaymentMeans | undefined): LedgerMeans {
  if (means === 'CHEQUE') return 'CHEQUE';
  if (means === 'DIRECT_DEBIT_NOW' || means === 'DIRECT_DEBIT_DECEMBER') return 'DIRECT_DEBIT';
  return 'TRANSFER';
}

type PaymentEntryFormProps = {
  adhesionId: number;
  cooperativeId: number;
  year: string;
  amount: number | undefined;
  paymentMeans: PaymentMeans | undefined;
  paymentDate: string | undefined;
  onDone: (entry: LedgerEntry) => void;
  onCancel: () => void;
};

/**
 * The adhesion's payment written into the ledger once the mandataire confirms what seed 001 asks to note: the way
 * it was paid, the cheque's number, the voucher's number ("celui de la P.J."), the day.
 */
export function PaymentEntryForm({ adhesionId, cooperativeId, year, amount, paymentMeans, paymentDate, onDone, onCancel }: PaymentEntryFormProps) {
  const next = useLedgerNextNumbers(cooperativeId, year);
  const record = useRecordAdhesionPayment(cooperativeId, year);
  const [means, setMeans] = useState<LedgerMeans>(meansOf(paymentMeans));
  const [cheque, setCheque] = useState<string | null>(null);
  const [voucher, setVoucher] = useState<string | null>(null);
  const [date, setDate] = useState<string | null>(paymentDate ?? null);
  const [local, setLocal] = useState<Record<string, string>>({});
  // the suggestions fill the fields until the mandataire types over them
  const chequeValue = cheque ?? next.data?.chequeNumber ?? '';
  const voucherValue = voucher ?? (next.data ? String(next.data.voucherNumber) : '');
  const server = isApiError(record.error) ? violationsByField(record.error.violations) : {};
  const errors = { ...server, ...local };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (means === 'CHEQUE' && !/^\d{1,20}$/.test(chequeValue.trim())) {
      problems.chequeNumber = 'Indiquez le numéro du chèque, en chiffres.';
    }
    if (!/^\d{1,5}$/.test(voucherValue.trim()) || Number(voucherValue) < 1) {
      problems.voucherNumber = 'Le numéro de pièce est un nombre de 1 à 99999.';
    }
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    record.mutate(
      {
        adhesionId,
        entry: {
          means,
          chequeNumber: means === 'CHEQUE' ? chequeValue.trim() : undefined,
          voucherNumber: Number(voucherValue),
          date: date ?? undefined,
        },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={submit} aria-label="Écrire le paiement dans le cahier de comptes" noValidate>
      <Stack gap="sm">
        <Text size="sm">
          Cotisation OCCE{amount != null ? ` de ${formatMoney(amount)}` : ''}, en dépense sous la rubrique « Cotisations OCCE ».
          Notez le numéro du chèque et celui de la pièce justificative (P.J.) que vous classez.
        </Text>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <NativeSelect
            label="Moyen de paiement"
            value={means}
            onChange={(event) => setMeans(event.currentTarget.value as LedgerMeans)}
            data={Object.entries(LEDGER_MEANS_LABELS).map(([value, label]) => ({ value, label }))}
            style={{ flex: '1 1 160px' }}
          />
          {means === 'CHEQUE' && (
            <TextInput
              label="N° du chèque"
              inputMode="numeric"
              withAsterisk
              value={chequeValue}
              onChange={(event) => setCheque(event.currentTarget.value)}
              error={errors.chequeNumber}
              style={{ flex: '1 1 140px' }}
            />
          )}
          <TextInput
            label="N° de pièce (P.J.)"
            description={next.data ? `Prochain numéro libre : ${next.data.voucherNumber}` : undefined}
            inputMode="numeric"
            withAsterisk
            value={voucherValue}
            onChange={(event) => setVoucher(event.currentTarget.value)}
            error={errors.voucherNumber}
            style={{ flex: '1 1 140px' }}
          />
          <DateField label="Date" value={date} onChange={setDate} error={errors.date} style={{ flex: '1 1 150px' }} />
        </Group>
        {record.isError && Object.keys(server).length === 0 && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(record.error)}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" leftSection={<IconBook2 size={18} aria-hidden />} loading={record.isPending}>
            Écrire dans le cahier
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            Annuler
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
