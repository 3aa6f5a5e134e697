import { Code, List, NativeSelect, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { FigureTh } from '@/components/ui/table-cells';
import { formatSchoolYear } from '@/lib/format';
import { schoolYearsAround } from '@/lib/school-year';
import { HISTORY_COLUMNS, useImportAdhesionHistory, type HistoryReport } from '../api/import-cooperatives';
import { CsvImport, plural } from './csv-import';

function Preview({ report }: { report: HistoryReport }) {
  const preview = report.preview ?? [];
  if (preview.length === 0) return null;
  return (
    <Table.ScrollContainer minWidth={420} type="native">
      <Table verticalSpacing="xs" horizontalSpacing="sm" aria-label="Adhésions du fichier">
        <Table.Thead bg="gray.0">
          <Table.Tr>
            <Table.Th scope="col">Coopérative</Table.Th>
            <FigureTh>Classes</FigureTh>
            <FigureTh>Adultes</FigureTh>
            <FigureTh>Élèves</FigureTh>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.map((a) => (
            <Table.Tr key={a.code}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{a.code}</Table.Td>
              <Table.Td ta="right">{a.lines}</Table.Td>
              <Table.Td ta="right">{a.adults}</Table.Td>
              <Table.Td ta="right">{a.pupils}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * « Reprendre les adhésions d'une année passée »: the department's adhesions of a past year, from the former site's
 * export (one row per class line), so that each cooperative's next adhesion carries its classes over.
 */
export function ImportAdhesionHistory({ departmentCode, currentYear }: { departmentCode: string; currentYear: string }) {
  // the years before the current one, the last one first
  const years = currentYear ? schoolYearsAround(currentYear, 5, 0).filter((y) => y !== currentYear).reverse() : [];
  const [year, setYear] = useState(years[0] ?? '');
  const mutation = useImportAdhesionHistory(departmentCode, year);
  return (
    <CsvImport
      // another year: the file is checked again
      key={year}
      title="Reprendre les adhésions d'une année passée"
      columns={HISTORY_COLUMNS}
      rules={
        <List size="sm" spacing={4}>
          <List.Item>
            Une ligne par classe, comme l'export de l'ancien site : <Code>numero</Code> de la coopérative (déjà importée),
            nom de la <Code>classe</Code>, <Code>enseignants</Code> (facultatif), nombres d'adultes (<Code>adultes</Code>)
            et d'élèves (<Code>eleves</Code>).
          </List.Item>
          <List.Item>
            Chaque coopérative reçoit son adhésion de l'année choisie, validée : à sa prochaine adhésion, ses classes sont
            reprises, à confirmer. Une coopérative qui a déjà une adhésion de cette année-là n'est pas reprise deux fois.
          </List.Item>
        </List>
      }
      fields={
        <NativeSelect
          label="Année des adhésions"
          value={year}
          onChange={(e) => {
            setYear(e.currentTarget.value);
            mutation.reset();
          }}
          data={years.map((y) => ({ value: y, label: formatSchoolYear(y) }))}
          style={{ flex: '0 1 200px' }}
        />
      }
      ready={!!departmentCode && !!year}
      mutation={mutation}
      checked={(checked: HistoryReport) => (
        <>
          <Text size="sm">
            {plural(checked.cooperatives ?? 0, 'coopérative recevra', 'coopératives recevront')} son adhésion{' '}
            {formatSchoolYear(checked.schoolYear ?? year)} ({plural(checked.lines ?? 0, 'classe', 'classes')}).
            {(checked.cooperatives ?? 0) > (checked.preview?.length ?? 0) && ` Les ${checked.preview?.length} premières :`}
          </Text>
          <Preview report={checked} />
        </>
      )}
      applyLabel={(checked) => `Reprendre ${plural(checked.cooperatives ?? 0, 'adhésion', 'adhésions')}`}
      done={(done) => (
        <Text size="sm">
          {plural(done.created ?? 0, 'adhésion reprise', 'adhésions reprises')} de {formatSchoolYear(done.schoolYear ?? year)}{' '}
          depuis « {done.fileName} » : les classes seront reprises à la prochaine adhésion de chaque coopérative.
        </Text>
      )}
    />
  );
}
