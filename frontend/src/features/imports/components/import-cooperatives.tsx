import { Alert, Anchor, Button, Code, FileInput, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileTypeCsv, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { errorMessage, isApiError } from '@/lib/problem';
import {
  IMPORT_COLUMNS,
  importFileProblem,
  useImportCooperatives,
  type ImportReport,
  type RowError,
} from '../api/import-cooperatives';

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

function Preview({ report }: { report: ImportReport }) {
  const preview = report.preview ?? [];
  if (preview.length === 0) return null;
  return (
    <Table.ScrollContainer minWidth={520} type="native">
      <Table verticalSpacing="xs" horizontalSpacing="sm" aria-label="Coopératives du fichier">
        <Table.Thead bg="gray.0">
          <Table.Tr>
            <Table.Th scope="col">Code</Table.Th>
            <Table.Th scope="col">École</Table.Th>
            <Table.Th scope="col">Commune</Table.Th>
            <Table.Th scope="col">UAI</Table.Th>
            <Table.Th scope="col">Mandataire</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.map((c) => (
            <Table.Tr key={c.code}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.code}</Table.Td>
              <Table.Td>{c.schoolName}</Table.Td>
              <Table.Td>{c.city}</Table.Td>
              <Table.Td>{c.uai ?? '—'}</Table.Td>
              <Table.Td>{c.mandataireName ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/**
 * "Importer des coopératives": choose a CSV, have it checked (nothing written), read the row errors or the
 * summary, then confirm. Nothing is half-imported: the server creates every row or none.
 */
export function ImportCooperatives({ departmentCode }: { departmentCode: string }) {
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [checked, setChecked] = useState<ImportReport | null>(null);
  const [done, setDone] = useState<ImportReport | null>(null);
  const mutation = useImportCooperatives(departmentCode);
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
    <Paper withBorder radius="md" p="md">
      <Stack gap="md">
        <Title order={2} size="h3">
          Importer des coopératives
        </Title>
        <Text size="sm">
          Un fichier CSV en UTF-8 (« CSV UTF-8 » dans le tableur), colonnes séparées par des points-virgules, dont la
          première ligne donne les colonnes (dans cet ordre ou un autre) :
        </Text>
        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {IMPORT_COLUMNS.join(';')}
        </Code>
        <List size="sm" spacing={4}>
          <List.Item>
            <Code>numero</Code>, <Code>ecole</Code> et <Code>commune</Code> sont obligatoires ; le numéro a 1 à 4 chiffres
            (410 devient 0410) et ne doit pas déjà exister.
          </List.Item>
          <List.Item>
            Une colonne <Code>circonscription</Code> peut s'ajouter : elle donne à chaque école sa circonscription (pour le
            contrôle des comptes).
          </List.Item>
          <List.Item>
            <Code>uai</Code> : 7 chiffres et la lettre de contrôle (par exemple 0460410W).
          </List.Item>
          <List.Item>
            Chaque coopérative reçoit le compte de son mandataire (département-numéro, par exemple {departmentCode || '038'}
            -0410) avec le mot de passe initial <Code>coop</Code> + numéro, à changer à la première connexion.
          </List.Item>
        </List>

        <Group align="flex-end" gap="md" wrap="wrap">
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
            disabled={!departmentCode || (mutation.isPending && !mutation.variables?.dryRun)}
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
              <Text size="sm">
                {plural(checked.rows ?? 0, 'coopérative sera créée', 'coopératives seront créées')} dans le département,
                chacune avec le compte de son mandataire.
                {(checked.rows ?? 0) > (checked.preview?.length ?? 0) && ` Les ${checked.preview?.length} premières :`}
              </Text>
              <Preview report={checked} />
              <Group>
                <Button leftSection={<IconUpload size={18} aria-hidden />} onClick={apply} loading={mutation.isPending}>
                  {`Importer ${plural(checked.rows ?? 0, 'coopérative', 'coopératives')}`}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}

        {done && (
          <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title="Import terminé" role="status">
            <Text size="sm">
              {plural(done.created ?? 0, 'coopérative créée', 'coopératives créées')} depuis « {done.fileName} ».{' '}
              <Anchor component={Link} to={paths.staff.cooperatives.getHref()} size="sm" c="blue.9" fw={600}>
                Voir les coopératives
              </Anchor>
            </Text>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
