import { Alert, Button, Code, FileInput, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { IconAlertTriangle, IconCircleCheck, IconFileTypeCsv, IconUpload } from '@tabler/icons-react';
import { useId, useState, type ReactNode } from 'react';
import { errorMessage, isApiError } from '@/lib/problem';
import { importFileProblem, type RowError } from '../api/import-cooperatives';

function RowErrors({ rows }: { rows: RowError[] }) {
  return (
    <Table.ScrollContainer minWidth={520} type="native">
      <Table verticalSpacing="xs" horizontalSpacing="sm" aria-label="Erreurs du fichier" striped>
        <Table.Thead bg="gray.0">
          <Table.Tr>
            <Table.Th scope="col">Ligne</Table.Th>
            <Table.Th scope="col">Colonne</Table.Th>
            <Table.Th scope="col">Problème</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr key={`${r.row}-${r.column ?? ''}-${i}`}>
              <Table.Td>{r.row}</Table.Td>
              <Table.Td>{r.column ? <Code>{r.column}</Code> : '—'}</Table.Td>
              <Table.Td>{r.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

type CsvImportProps<R> = {
  title: string;
  /** the columns of the file's first line, as the template gives them */
  columns: readonly string[];
  /** what each column must hold, and what the import does */
  rules: ReactNode;
  /** other fields the import needs, beside the file (a school year) */
  fields?: ReactNode;
  /** false while something the import needs is not chosen (a department) */
  ready: boolean;
  /** sends the file: only checked when `dryRun`, else imported (every row, or none) */
  mutation: UseMutationResult<R, Error, { file: File; dryRun: boolean }>;
  /** what the checked file will do, and its first rows */
  checked: (report: R) => ReactNode;
  /** the words of the button that imports a checked file */
  applyLabel: (report: R) => string;
  /** what the import did */
  done: (report: R) => ReactNode;
};

/**
 * An import from a CSV file, in two steps: choose the file and have it checked (nothing written), read the row errors
 * or what it will do, then confirm. Nothing is half-imported: the server writes every row or none.
 */
export function CsvImport<R>({ title, columns, rules, fields, ready, mutation, checked: describe, applyLabel, done: describeDone }: CsvImportProps<R>) {
  const titleId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [checked, setChecked] = useState<R | null>(null);
  const [done, setDone] = useState<R | null>(null);
  const error = mutation.error;
  const rows = isApiError(error) ? (error.problem.rows ?? []) : [];

  const choose = (value: File | null) => {
    setFile(value);
    setFileError(null);
    setChecked(null);
    setDone(null);
    mutation.reset();
  };

  const check = () => {
    const problem = importFileProblem(file);
    setFileError(problem);
    if (problem || !file) return;
    setDone(null);
    mutation.mutate({ file, dryRun: true }, { onSuccess: (report) => setChecked(report) });
  };

  const apply = () => {
    if (!file) return;
    mutation.mutate(
      { file, dryRun: false },
      {
        onSuccess: (report) => {
          setDone(report);
          setChecked(null);
          setFile(null);
        },
      },
    );
  };

  return (
    <Paper component="section" aria-labelledby={titleId} withBorder radius="md" p="md">
      <Stack gap="md">
        <Title order={2} size="h3" id={titleId}>
          {title}
        </Title>
        <Text size="sm">
          Un fichier CSV en UTF-8 (« CSV UTF-8 » dans le tableur), colonnes séparées par des points-virgules, dont la
          première ligne donne les colonnes (dans cet ordre ou un autre) :
        </Text>
        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {columns.join(';')}
        </Code>
        {rules}

        <Group align="flex-end" gap="md" wrap="wrap">
          {fields}
          <FileInput
            label="Fichier CSV"
            accept=".csv,text/csv"
            value={file}
            onChange={choose}
            error={fileError}
            clearable
            clearButtonProps={{ 'aria-label': 'Retirer le fichier' }}
            leftSection={<IconFileTypeCsv size={18} aria-hidden />}
            style={{ flex: '1 1 280px' }}
          />
          <Button
            variant="light"
            onClick={check}
            loading={mutation.isPending && mutation.variables?.dryRun}
            disabled={!ready || (mutation.isPending && !mutation.variables?.dryRun)}
          >
            Vérifier le fichier
          </Button>
        </Group>

        {error && (
          <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />} title="Fichier refusé">
            <Stack gap="sm">
              <Text size="sm">{errorMessage(error)}</Text>
              {rows.length > 0 && <RowErrors rows={rows} />}
            </Stack>
          </Alert>
        )}

        {checked && !error && (
          <Alert color="blue" variant="light" title="Fichier vérifié : rien n'a encore été importé" role="status">
            <Stack gap="sm">
              {describe(checked)}
              <Group>
                <Button leftSection={<IconUpload size={18} aria-hidden />} onClick={apply} loading={mutation.isPending}>
                  {applyLabel(checked)}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}

        {done && (
          <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title="Import terminé" role="status">
            {describeDone(done)}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
