import { ActionIcon, Alert, Badge, Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconArrowBackUp, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { ActionsHeader } from '@/components/ui/actions-header';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ListLoader } from '@/components/ui/data-list-frame';
import { Dialog } from '@/components/ui/dialog';
import { QueryError } from '@/components/ui/query-error';
import { formatSchoolYear } from '@/lib/format';
import { errorMessage, isApiError, violationsByField } from '@/lib/problem';
import { useDeleteChartHeading, useLedgerChart, usePutChartHeading, type ChartHeading, type ChartScope } from '../api/chart';
import { FigureTh } from '@/components/ui/table-cells';

const KIND_LABELS: Record<string, string> = { CHARGE: 'Dépense', INCOME: 'Recette', TREASURY: 'Trésorerie' };
/** The headings the platform needs: never removed. */
const REQUIRED = ['6586', '512', '530'];

type Props = ChartScope & { canEdit: boolean };

/**
 * The chart of headings: the national default (kept by the admin: a new heading, a label), or a department's chart of
 * a year (kept by its staff: a sub-heading detailing a national one, a label for the year). Entries keep their code,
 * so a change never alters a past entry; a heading in use is never removed.
 */
export function ChartEditor({ department, year, canEdit }: Props) {
  const scope = { department, year };
  const chart = useLedgerChart(scope);
  const put = usePutChartHeading(scope);
  const remove = useDeleteChartHeading(scope);
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [renaming, setRenaming] = useState<ChartHeading | null>(null);
  const [removing, setRemoving] = useState<ChartHeading | null>(null);

  if (chart.isPending) return <ListLoader label="Chargement du plan comptable" />;
  if (chart.isError) return <QueryError error={chart.error} onRetry={() => chart.refetch()} title="Le plan comptable n'a pas pu être lu" />;
  const headings = chart.data.headings ?? [];
  const addErrors = isApiError(put.error) && !renaming ? violationsByField(put.error.violations) : {};
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!code.trim() || !label.trim()) return;
    put.mutate(
      { code: code.trim(), label: label.trim() },
      {
        onSuccess: () => {
          setCode('');
          setLabel('');
        },
      },
    );
  };
  const removable = (h: ChartHeading) =>
    department ? h.origin === 'DEPARTMENT' : !REQUIRED.includes(h.code ?? '') && h.kind !== 'TREASURY' && (h.entries ?? 0) === 0;
  const removeLabel = (h: ChartHeading) =>
    !department ? `Retirer la rubrique ${h.code}` : h.parentCode ? `Retirer la sous-rubrique ${h.code}` : `Revenir au libellé national de ${h.code}`;

  return (
    <Stack gap="md">
      <Text c="dimmed" size="sm">
        {department
          ? `Le plan des cahiers ${formatSchoolYear(year)} des coopératives du département : les rubriques nationales, avec les sous-rubriques et les libellés du département pour l'année. Les opérations gardent leur numéro de rubrique : un changement ne modifie aucune opération écrite.`
          : 'Le plan national, utilisé par tous les départements. Une rubrique utilisée par des opérations reste au plan ; son libellé peut changer.'}
      </Text>
      {canEdit && (
        <form onSubmit={add} aria-label={department ? 'Ajouter une sous-rubrique' : 'Ajouter une rubrique nationale'}>
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              label="Numéro"
              description={department ? 'Celui de la rubrique détaillée, suivi de chiffres (60681)' : '6… dépense, 7… recette'}
              inputMode="numeric"
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              error={addErrors.code}
              maxLength={10}
              style={{ flex: '0 1 220px' }}
            />
            <TextInput
              label="Libellé"
              description=" "
              value={label}
              onChange={(e) => setLabel(e.currentTarget.value)}
              error={addErrors.label}
              maxLength={120}
              style={{ flex: '1 1 260px' }}
            />
            <Button type="submit" mt={45} leftSection={<IconPlus size={18} aria-hidden />} loading={put.isPending && !renaming} disabled={!code.trim() || !label.trim()}>
              {department ? 'Ajouter la sous-rubrique' : 'Ajouter la rubrique'}
            </Button>
          </Group>
          {put.isError && !renaming && !addErrors.code && !addErrors.label && (
            <Alert color="red" variant="light" role="alert" mt="sm">
              {errorMessage(put.error)}
            </Alert>
          )}
        </form>
      )}
      <Paper withBorder radius="md">
        <Table
          className="stack-table"
          verticalSpacing="xs"
          horizontalSpacing="sm"
          aria-label={department ? `Plan comptable ${department} ${formatSchoolYear(year)}` : 'Plan comptable national'}
        >
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th scope="col">Rubrique</Table.Th>
              <Table.Th scope="col">Libellé</Table.Th>
              <Table.Th scope="col">Type</Table.Th>
              <FigureTh>Opérations</FigureTh>
              {canEdit && <ActionsHeader />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {headings.map((h) => (
              <Table.Tr key={h.code}>
                <Table.Td data-label="Rubrique" fw={600} pl={h.parentCode ? 'xl' : undefined}>
                  {h.code}
                </Table.Td>
                <Table.Td data-label="Libellé">
                  {h.label}
                  {h.origin === 'DEPARTMENT' && (
                    <Badge ml="xs" size="sm" variant="light" color="blue">
                      {h.parentCode ? `détaille ${h.parentCode}` : 'renommée'}
                    </Badge>
                  )}
                  {h.nationalLabel && (
                    <Text size="xs" c="dimmed">
                      National : {h.nationalLabel}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td data-label="Type">{KIND_LABELS[h.kind ?? ''] ?? h.kind}</Table.Td>
                <Table.Td data-label="Opérations" ta="right">
                  {h.entries}
                </Table.Td>
                {canEdit && (
                  <Table.Td data-label="Actions">
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      {h.kind !== 'TREASURY' && (
                        <ActionIcon variant="subtle" aria-label={`Renommer la rubrique ${h.code}`} onClick={() => setRenaming(h)}>
                          <IconPencil size={18} aria-hidden />
                        </ActionIcon>
                      )}
                      {removable(h) && (
                        <ActionIcon variant="subtle" color="red" aria-label={removeLabel(h)} onClick={() => setRemoving(h)}>
                          {department && !h.parentCode ? <IconArrowBackUp size={18} aria-hidden /> : <IconTrash size={18} aria-hidden />}
                        </ActionIcon>
                      )}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Dialog opened={renaming !== null} onClose={() => setRenaming(null)} title={`Renommer la rubrique ${renaming?.code ?? ''}`} closeOnClickOutside={false}>
        {renaming && (
          <RenameForm
            key={renaming.code}
            heading={renaming}
            department={department}
            year={year}
            pending={put.isPending}
            error={put.error}
            onSubmit={(newLabel) =>
              put.mutate(
                // a department relabels a national heading with a row of its own (no version yet)
                { code: renaming.code ?? '', label: newLabel, version: department && renaming.origin === 'NATIONAL' ? null : renaming.version },
                { onSuccess: () => setRenaming(null) },
              )
            }
          />
        )}
      </Dialog>
      <ConfirmDialog
        opened={removing !== null}
        title={removing ? `${removeLabel(removing)} ?` : ''}
        confirmLabel={department && removing && !removing.parentCode ? 'Revenir au libellé national' : 'Retirer'}
        color="red"
        loading={remove.isPending}
        error={remove.error}
        onCancel={() => setRemoving(null)}
        onConfirm={() =>
          removing && remove.mutate({ code: removing.code ?? '', version: removing.version ?? 0 }, { onSuccess: () => setRemoving(null) })
        }
      >
        {removing && (
          <Text size="sm">
            {department && !removing.parentCode
              ? `La rubrique ${removing.code} reprend son libellé national (« ${removing.nationalLabel ?? ''} ») pour ${formatSchoolYear(year)}.`
              : `« ${removing.label} » ne sera plus proposée${(removing.entries ?? 0) > 0 ? ` ; ${removing.entries} opération(s) l'utilisent` : ''}.`}
          </Text>
        )}
      </ConfirmDialog>
    </Stack>
  );
}

type RenameProps = {
  heading: ChartHeading;
  department: string | null;
  year: string;
  pending: boolean;
  error: unknown;
  onSubmit: (label: string) => void;
};

function RenameForm({ heading, department, year, pending, error, onSubmit }: RenameProps) {
  const [label, setLabel] = useState(heading.label ?? '');
  const errors = isApiError(error) ? violationsByField(error.violations) : {};
  return (
    <form
      aria-label={`Renommer la rubrique ${heading.code}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (label.trim()) onSubmit(label.trim());
      }}
    >
      <Stack gap="sm">
        <TextInput
          label="Libellé"
          description={department ? `Pour les cahiers ${formatSchoolYear(year)} du département` : 'Pour tous les départements'}
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          error={errors.label}
          maxLength={120}
        />
        {Boolean(error) && !errors.label && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={pending}>
            Renommer
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
