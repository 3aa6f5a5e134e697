import { ActionIcon, Anchor, Button, Group, NativeSelect, Paper, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { MoneyInput } from '@/components/ui/amount-inputs';
import { paths } from '@/config/paths';
import { FUNDER_LABELS, type FunderType } from '@/features/ledger/api/subsidies';
import { formatMoney } from '@/lib/format';
import type { components } from '@/api/generated/schema';
import { FigureTh, MoneyTd } from '@/components/ui/table-cells';

export type SubsidyLine = components['schemas']['ReportSubsidy'];

type Props = {
  cooperativeId: number;
  lines: SubsidyLine[];
  /** A paper ledger's table is typed here; the books' comes from « Subventions ». */
  editable: boolean;
  fromBooks: boolean;
  onChange: (lines: SubsidyLine[]) => void;
  errors: Record<string, string>;
};

const EMPTY: SubsidyLine = { funderType: 'COMMUNE', funderName: '', purpose: '', amountGranted: 0, amountReceived: 0 };

/** The financial report's subsidies table (« les subventions »): public money must be traceable. */
export function ReportSubsidies({ cooperativeId, lines, editable, fromBooks, onChange, errors }: Props) {
  const set = (i: number, change: Partial<SubsidyLine>) => onChange(lines.map((l, j) => (j === i ? { ...l, ...change } : l)));
  const granted = lines.reduce((sum, l) => sum + Number(l.amountGranted ?? 0), 0);
  const received = lines.reduce((sum, l) => sum + Number(l.amountReceived ?? 0), 0);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Subventions">
      <Title order={3} size="h5" mb={4}>
        Subventions
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {fromBooks ? (
          <>
            Celles de la page{' '}
            <Anchor component={Link} to={paths.coop.subsidies.getHref(cooperativeId)} underline="always">
              « Les subventions »
            </Anchor>
            , avec ce qui en a été reçu au cahier.
          </>
        ) : (
          "Une ligne par subvention publique de l'année : qui l'a accordée, pour quoi, combien, et ce qui en a été reçu."
        )}
      </Text>
      {lines.length === 0 && !editable ? (
        <Text size="sm">Aucune subvention cette année.</Text>
      ) : (
        <Table className="stack-table" verticalSpacing={4} aria-label="Subventions de l'année">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Financeur</Table.Th>
              <Table.Th scope="col">Objet</Table.Th>
              <FigureTh>Accordé</FigureTh>
              <FigureTh>Reçu</FigureTh>
              {editable && (
                <Table.Th scope="col">
                  <VisuallyHidden>Retirer</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((l, i) =>
              editable ? (
                <Table.Tr key={i}>
                  <Table.Td data-label="Financeur">
                    <Group gap={4} wrap="nowrap">
                      <NativeSelect
                        aria-label={`Subvention ${i + 1} : type de financeur`}
                        value={l.funderType}
                        onChange={(e) => set(i, { funderType: e.currentTarget.value as FunderType })}
                        data={Object.entries(FUNDER_LABELS).map(([value, label]) => ({ value, label }))}
                        size="xs"
                      />
                      <TextInput
                        aria-label={`Subvention ${i + 1} : financeur`}
                        placeholder="Mairie de …"
                        value={l.funderName}
                        onChange={(e) => set(i, { funderName: e.currentTarget.value })}
                        error={errors[`subsidies[${i}].funderName`]}
                        size="xs"
                        maxLength={150}
                      />
                    </Group>
                  </Table.Td>
                  <Table.Td data-label="Objet">
                    <TextInput
                      aria-label={`Subvention ${i + 1} : objet`}
                      value={l.purpose}
                      onChange={(e) => set(i, { purpose: e.currentTarget.value })}
                      error={errors[`subsidies[${i}].purpose`]}
                      size="xs"
                      maxLength={300}
                    />
                  </Table.Td>
                  <Table.Td data-label="Accordé" ta="right">
                    <MoneyInput
                      aria-label={`Subvention ${i + 1} : montant accordé`}
                      value={Number(l.amountGranted ?? 0)}
                      onChange={(v) => set(i, { amountGranted: Number(v || 0) })}
                      error={errors[`subsidies[${i}].amountGranted`]}
                      size="xs"
                      w={120}
                    />
                  </Table.Td>
                  <Table.Td data-label="Reçu" ta="right">
                    <MoneyInput
                      aria-label={`Subvention ${i + 1} : montant reçu`}
                      value={Number(l.amountReceived ?? 0)}
                      onChange={(v) => set(i, { amountReceived: Number(v || 0) })}
                      error={errors[`subsidies[${i}].amountReceived`]}
                      size="xs"
                      w={120}
                    />
                  </Table.Td>
                  <Table.Td data-label="Retirer">
                    <ActionIcon variant="subtle" color="red" aria-label={`Retirer la subvention ${i + 1}`} onClick={() => onChange(lines.filter((_, j) => j !== i))}>
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ) : (
                <Table.Tr key={i}>
                  <Table.Td data-label="Financeur">
                    {FUNDER_LABELS[l.funderType as FunderType]} — {l.funderName}
                  </Table.Td>
                  <Table.Td data-label="Objet">{l.purpose}</Table.Td>
                  <MoneyTd label="Accordé" value={l.amountGranted} />
                  <MoneyTd label="Reçu" value={l.amountReceived} />
                </Table.Tr>
              ),
            )}
          </Table.Tbody>
          {lines.length > 0 && (
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row" colSpan={2}>
                  Total
                </Table.Th>
                <Table.Td ta="right" fw={700}>
                  {formatMoney(granted)}
                </Table.Td>
                <Table.Td ta="right" fw={700}>
                  {formatMoney(received)}
                </Table.Td>
                {editable && <Table.Td />}
              </Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      )}
      {editable && (
        <Button variant="subtle" size="xs" mt="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => onChange([...lines, { ...EMPTY }])}>
          Ajouter une subvention
        </Button>
      )}
    </Paper>
  );
}
