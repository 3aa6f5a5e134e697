import { Alert, Button, FileInput, Group, NativeSelect, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { formatDate, formatMoney } from '@/lib/format';
import { errorMessage, isApiError, violationsByField } from '@/lib/problem';
import { useImportStatement, type BankStatementImport, type StatementColumns } from '../api/bank-statements';

const FORMAT_LABELS: Record<string, string> = { CSV: 'CSV', OFX: 'OFX', CAMT053: 'camt.053' };

/** What an import brought: the lines read, those new, and the balance the statement states. */
export function importSummary(i: BankStatementImport): string {
  const read = i.lineCount ?? 0;
  const added = i.addedCount ?? 0;
  const known = read - added;
  const lines = `${read} ligne${read > 1 ? 's' : ''} lue${read > 1 ? 's' : ''}`;
  const news =
    added === 0
      ? 'aucune nouvelle (déjà importées)'
      : `${added} nouvelle${added > 1 ? 's' : ''}` + (known > 0 ? `, ${known} déjà importée${known > 1 ? 's' : ''}` : '');
  const balance =
    i.closingBalance != null && i.closingDate ? ` Solde du relevé au ${formatDate(i.closingDate)} : ${formatMoney(Number(i.closingBalance))}.` : '';
  return `${FORMAT_LABELS[i.format ?? ''] ?? i.format} : ${lines}, ${news}.${balance}`;
}

/**
 * "Importer un relevé": the statement as the bank gives it (CSV, OFX, camt.053). A CSV whose columns are not
 * recognised asks once which is the date, the label and the amount (or debit and credit); the server remembers them.
 */
export function StatementImport({ cooperativeId, onImported }: { cooperativeId: number; onImported?: (i: BankStatementImport) => void }) {
  const upload = useImportStatement(cooperativeId);
  const [file, setFile] = useState<File | null>(null);
  const [columns, setColumns] = useState<StatementColumns>({ dateColumn: '', labelColumn: '' });
  const [done, setDone] = useState<BankStatementImport | null>(null);
  const askColumns = isApiError(upload.error) && upload.error.is('statement-columns') ? (upload.error.problem.affected ?? []) : null;
  const [names, setNames] = useState<string[] | null>(null);
  const shownNames = askColumns ?? names;
  const server = isApiError(upload.error) ? violationsByField(upload.error.violations) : {};

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setDone(null);
    upload.mutate(
      { file, columns: shownNames ? columns : undefined },
      {
        onSuccess: (i) => {
          setDone(i);
          setFile(null);
          setNames(null);
          onImported?.(i);
        },
        onError: (e) => {
          if (isApiError(e) && e.is('statement-columns')) setNames(e.problem.affected ?? []);
        },
      },
    );
  };
  const options = [{ value: '', label: 'Choisissez…' }, ...(shownNames ?? []).map((n) => ({ value: n, label: n }))];
  const column = (key: keyof StatementColumns, label: string) => (
    <NativeSelect
      key={key}
      label={label}
      aria-label={`Colonne ${label}`}
      value={columns[key] ?? ''}
      onChange={(e) => {
        // read now: the event's target is gone when the state updater runs
        const value = e.currentTarget.value;
        setColumns((c) => ({ ...c, [key]: value }));
      }}
      data={options}
      error={server[key]}
    />
  );

  return (
    <Paper withBorder radius="md" p="md">
      <form onSubmit={send} noValidate aria-label="Importer un relevé de banque">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Téléchargez le relevé depuis le site de la banque (CSV, OFX ou camt.053) : chaque ligne est rapprochée de l'opération du cahier
            qu'elle montre. Un relevé déjà importé, ou qui chevauche le précédent, n'ajoute aucune ligne en double.
          </Text>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <FileInput
              label="Relevé de banque"
              accept=".csv,.txt,.ofx,.qfx,.xml,text/csv,application/xml,application/x-ofx"
              value={file}
              onChange={(f) => {
                setFile(f);
                setNames(null);
                upload.reset();
              }}
              leftSection={<IconFileUpload size={18} aria-hidden />}
              error={server.file}
              clearable
              clearButtonProps={{ 'aria-label': 'Retirer le fichier' }}
              w={{ base: '100%', xs: 320 }}
            />
            <Button type="submit" disabled={!file} loading={upload.isPending}>
              Importer le relevé
            </Button>
          </Group>
          {shownNames && (
            <Stack gap="xs" role="group" aria-label="Colonnes du relevé">
              <Alert color="blue" variant="light">
                Les colonnes de ce relevé ne sont pas reconnues : indiquez-les une fois, elles seront retenues pour cette banque. Un montant
                signé, ou bien une colonne Débit et une colonne Crédit.
              </Alert>
              <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="xs">
                {column('dateColumn', 'Date')}
                {column('labelColumn', 'Libellé')}
                {column('amountColumn', 'Montant')}
                {column('debitColumn', 'Débit')}
                {column('creditColumn', 'Crédit')}
              </SimpleGrid>
            </Stack>
          )}
          {upload.isError && !askColumns && Object.keys(server).length === 0 && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(upload.error)}
            </Alert>
          )}
          {done && (
            <Alert color="teal" variant="light" role="status" title="Relevé importé">
              {importSummary(done)}
            </Alert>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
