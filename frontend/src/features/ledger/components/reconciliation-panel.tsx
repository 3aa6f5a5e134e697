import { Alert, Anchor, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { MoneyInput } from '@/components/ui/amount-inputs';
import { DateField } from '@/components/ui/date-field';
import { paths } from '@/config/paths';
import { formatDate, formatMoney } from '@/lib/format';
import { errorMessage } from '@/lib/problem';
import { useReconciliation } from '../api/ledger';

type ReconciliationPanelProps = {
  cooperativeId: number;
  year: string;
  /** The statement's date; the ticks of the ledger are made with it. */
  date: string | null;
  onDateChange: (date: string | null) => void;
  balance: number | '';
  onBalanceChange: (balance: number | '') => void;
};

/**
 * "Tableau de rapprochement": at a statement's date, the book's bank balance, what is written but not yet on the
 * statement (cheques not debited, receipts not credited), the balance the statement should show, and the gap.
 */
export function ReconciliationPanel({ cooperativeId, year, date, onDateChange, balance, onBalanceChange }: ReconciliationPanelProps) {
  const table = useReconciliation(cooperativeId, year, date, balance);
  const r = table.data;
  const gap = r?.gap;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="reconciliation-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="reconciliation-title">
          Rapprochement bancaire
        </Title>
        <Text size="sm" c="dimmed">
          Cochez « Pointé » les opérations que vous voyez sur le relevé : elles sont pointées à la date du relevé. Ou{' '}
          <Anchor component={Link} to={paths.coop.bank.getHref(cooperativeId)} underline="always">
            importez le relevé de la banque
          </Anchor>{' '}
          : chaque ligne retrouve son opération.
        </Text>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <DateField label="Date du relevé" value={date} onChange={onDateChange} w={180} />
          <MoneyInput label="Solde du relevé" value={balance} allowNegative onChange={(v) => onBalanceChange(v === '' ? '' : Number(v))} w={180} />
        </Group>
        {table.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(table.error)}
          </Alert>
        )}
        {r && (
          <Table verticalSpacing={4} aria-label="Tableau de rapprochement" maw={560}>
            <Table.Tbody>
              <Row label={`Solde du cahier (banque) au ${date ? formatDate(date) : ''}`} value={r.bookBalance} />
              <Row
                label={`+ chèques et paiements non débités (${r.notDebitedEntries?.length ?? 0})`}
                value={r.notDebited}
                detail={(r.notDebitedEntries ?? []).map((e) => `${e.label}${e.chequeNumber ? ` (chèque n° ${e.chequeNumber})` : ''}`).join(' · ')}
              />
              <Row
                label={`− recettes non créditées (${r.notCreditedEntries?.length ?? 0})`}
                value={r.notCredited}
                detail={(r.notCreditedEntries ?? []).map((e) => e.label).join(' · ')}
              />
              <Row label="= solde attendu sur le relevé" value={r.expectedStatementBalance} strong />
              {r.statementBalance != null && <Row label="Solde du relevé" value={r.statementBalance} />}
            </Table.Tbody>
          </Table>
        )}
        {gap != null &&
          (Number(gap) === 0 ? (
            <Alert color="teal" variant="light" role="status">
              Le rapprochement est juste : le relevé et le cahier concordent.
            </Alert>
          ) : (
            <Alert color="orange" variant="light" role="status">
              Écart de {formatMoney(Number(gap))} : une opération manque au cahier ou au pointage, ou un montant diffère.
            </Alert>
          ))}
      </Stack>
    </Paper>
  );
}

function Row({ label, value, detail, strong }: { label: string; value?: number; detail?: string; strong?: boolean }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={strong ? 700 : 400}>
        {label}
        {detail && (
          <Text size="xs" c="dimmed">
            {detail}
          </Text>
        )}
      </Table.Th>
      <Table.Td ta="right" fw={strong ? 700 : 400} style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
        {formatMoney(Number(value ?? 0))}
      </Table.Td>
    </Table.Tr>
  );
}
