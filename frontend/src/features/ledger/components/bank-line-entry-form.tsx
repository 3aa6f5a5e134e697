import { NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormActions } from '@/components/ui/form-actions';
import { formatDate, formatMoney } from '@/lib/format';
import { isApiError, violationsByField } from '@/lib/problem';
import { useCreateEntryFromBankLine, type BankLine } from '../api/bank-statements';
import { LEDGER_MEANS_LABELS, useLedgerHeadings, type EntryKind, type LedgerMeans } from '../api/ledger';

type Props = { cooperativeId: number; year: string; line: BankLine; onDone: () => void; onCancel: () => void };

/**
 * "Écrire l'opération" from a bank line: its date, amount and bank side are the line's; the mandataire says what it is
 * (the kind and means read from the line are proposed) and its heading. The entry is written and ticked at once.
 */
export function BankLineEntryForm({ cooperativeId, year, line, onDone, onCancel }: Props) {
  const headings = useLedgerHeadings(cooperativeId, year);
  const create = useCreateEntryFromBankLine(cooperativeId);
  const credit = Number(line.amount ?? 0) > 0;
  const [kind, setKind] = useState<EntryKind>(line.suggestedKind ?? (credit ? 'INCOME' : 'CHARGE'));
  const [label, setLabel] = useState(line.label ?? '');
  const [means, setMeans] = useState<LedgerMeans>(line.suggestedMeans && line.suggestedMeans !== 'CASH' ? line.suggestedMeans : 'TRANSFER');
  const [heading, setHeading] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const server = isApiError(create.error) ? violationsByField(create.error.violations) : {};
  const errors = { ...server, ...local };
  const kinds = credit
    ? [
        { value: 'INCOME', label: 'Recette' },
        { value: 'TRANSFER', label: 'Versement de la caisse à la banque' },
      ]
    : [
        { value: 'CHARGE', label: 'Dépense' },
        { value: 'TRANSFER', label: 'Retrait de la banque vers la caisse' },
      ];
  const options = (headings.data ?? [])
    .filter((h) => h.kind === (kind === 'INCOME' ? 'INCOME' : 'CHARGE'))
    .map((h) => ({ value: h.code ?? '', label: `${h.code} — ${h.label}` }));
  const meansOptions = (Object.keys(LEDGER_MEANS_LABELS) as LedgerMeans[])
    .filter((m) => m !== 'CASH')
    .map((m) => ({ value: m, label: LEDGER_MEANS_LABELS[m] }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!label.trim()) problems.label = "Écrivez le libellé de l'opération.";
    if (kind !== 'TRANSFER' && !heading) problems['parts[0].heading'] = 'Choisissez la rubrique.';
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    create.mutate(
      {
        line,
        entry: { kind, label: label.trim(), means: kind === 'TRANSFER' ? undefined : means, parts: kind === 'TRANSFER' ? [] : [{ heading }] },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Écrire l'opération de la ligne">
      <Stack gap="sm">
        <Text size="sm">
          Ligne du {formatDate(line.date!)} : <strong>{line.label}</strong>, {credit ? 'crédit' : 'débit'} de{' '}
          <strong>{formatMoney(Math.abs(Number(line.amount ?? 0)))}</strong>
          {line.chequeNumber ? ` (chèque n° ${line.chequeNumber})` : ''}.
        </Text>
        <NativeSelect label="Type" value={kind} onChange={(e) => setKind(e.currentTarget.value as EntryKind)} data={kinds} error={errors.kind} />
        <TextInput label="Libellé" value={label} onChange={(e) => setLabel(e.currentTarget.value)} error={errors.label} maxLength={200} />
        {kind !== 'TRANSFER' && (
          <>
            <NativeSelect
              label="Moyen de paiement"
              value={means}
              onChange={(e) => setMeans(e.currentTarget.value as LedgerMeans)}
              data={meansOptions}
              error={errors.means ?? errors.chequeNumber}
            />
            <NativeSelect
              label="Rubrique"
              value={heading}
              onChange={(e) => setHeading(e.currentTarget.value)}
              data={[{ value: '', label: 'Choisissez…' }, ...options]}
              error={errors['parts[0].heading'] ?? errors.parts}
            />
          </>
        )}
        <FormActions failure={create.isError && Object.keys(server).length === 0 ? create.error : null} saving={create.isPending} onCancel={onCancel}>
          Écrire et pointer
        </FormActions>
      </Stack>
    </form>
  );
}
