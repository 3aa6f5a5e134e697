import { Anchor, Code, List, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { IMPORT_COLUMNS, useImportCooperatives, type ImportReport } from '../api/import-cooperatives';
import { CsvImport, plural } from './csv-import';

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

/** "Importer des coopératives": the department's cooperatives and their mandataires' accounts, from a CSV file. */
export function ImportCooperatives({ departmentCode }: { departmentCode: string }) {
  const mutation = useImportCooperatives(departmentCode);
  return (
    <CsvImport
      title="Importer des coopératives"
      columns={IMPORT_COLUMNS}
      rules={
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
      }
      ready={!!departmentCode}
      mutation={mutation}
      checked={(checked: ImportReport) => (
        <>
          <Text size="sm">
            {plural(checked.rows ?? 0, 'coopérative sera créée', 'coopératives seront créées')} dans le département,
            chacune avec le compte de son mandataire.
            {(checked.rows ?? 0) > (checked.preview?.length ?? 0) && ` Les ${checked.preview?.length} premières :`}
          </Text>
          <Preview report={checked} />
        </>
      )}
      applyLabel={(checked) => `Importer ${plural(checked.rows ?? 0, 'coopérative', 'coopératives')}`}
      done={(done) => (
        <Text size="sm">
          {plural(done.created ?? 0, 'coopérative créée', 'coopératives créées')} depuis « {done.fileName} ».{' '}
          <Anchor component={Link} to={paths.staff.cooperatives.getHref()} size="sm" c="blue.9" fw={600}>
            Voir les coopératives
          </Anchor>
        </Text>
      )}
    />
  );
}
