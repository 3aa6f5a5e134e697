import { Alert, Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type CSSProperties, type FormEvent } from 'react';
import { MoneyInput } from '@/components/ui/amount-inputs';
import { ListLoader } from '@/components/ui/data-list-frame';
import { DateField } from '@/components/ui/date-field';
import { DownloadButton } from '@/components/ui/download-button';
import { QueryError } from '@/components/ui/query-error';
import { DeleteRecordDialog, RecordFormDialog, RowActionsCell } from '@/components/ui/record-dialogs';
import { formatDate, formatMoney, formatSchoolYear } from '@/lib/format';
import { errorMessage, isApiError, violationsByField } from '@/lib/problem';
import {
  LEDGER_MEANS_LABELS,
  fetchLedgerExport,
  useClearLedgerEntry,
  useDeleteLedgerEntry,
  useLedger,
  useLedgerFirstPage,
  useLedgerHeadings,
  useSetLedgerOpening,
  type Ledger,
  type LedgerEntry,
} from '../api/ledger';
import { NO_FILTER, filterLines, type LedgerFilter } from '../utils/filter';
import { EntryForm } from './entry-form';
import { ReconciliationPanel } from './reconciliation-panel';
import { VoucherLinks } from './voucher-links';
import { useVouchers } from '../api/vouchers';
import { useLedgerActions } from '../api/actions';
import { useClassLedgers } from '../api/classes';
import { ActionsHeader } from '@/components/ui/actions-header';

type LedgerBookProps = {
  cooperativeId: number;
  year: string;
  /** The mandataire keeps the books; staff read them. */
  canWrite: boolean;
  /** Today (ISO), proposed as the date of a new entry when it falls in the year. */
  today: string;
};

const LINES_AT_ONCE = 200;

const COLUMNS = ['Pièce', 'Date', 'Opération', 'Recette', 'Dépense', 'Banque', 'Caisse', 'Pointé'] as const;

/** "Le cahier de compta.": the year's operations with the bank and cash balances after each, the totals per heading. */
export function LedgerBook({ cooperativeId, year, canWrite, today }: LedgerBookProps) {
  const ledger = useLedger(cooperativeId, year);
  const firstPage = useLedgerFirstPage(cooperativeId, year);
  const vouchers = useVouchers(cooperativeId, year);
  const actions = useLedgerActions(cooperativeId, year);
  const classes = useClassLedgers(cooperativeId, year);
  const remove = useDeleteLedgerEntry(cooperativeId, year);
  const [editing, setEditing] = useState<LedgerEntry | 'new' | null>(null);
  const [deleting, setDeleting] = useState<LedgerEntry | null>(null);
  const [filter, setFilter] = useState<LedgerFilter>(NO_FILTER);
  // a big school's year is 3,000 lines: they are drawn 200 at a time
  const [shown, setShown] = useState(LINES_AT_ONCE);
  const [statementDate, setStatementDate] = useState<string | null>(null);
  const [statementBalance, setStatementBalance] = useState<number | ''>('');
  const headings = useLedgerHeadings(cooperativeId, year);
  const first = `${year.slice(0, 4)}-09-01`;
  const last = `${year.slice(5, 9)}-08-31`;
  const proposed = today >= first && today <= last ? today : first;

  if (ledger.isError) return <QueryError error={ledger.error} onRetry={() => ledger.refetch()} title="Le cahier n'a pas pu être lu" />;
  // the first page shows at once; the whole year (the filters need it) follows
  const book = ledger.data ?? firstPage.data;
  if (!book) return <ListLoader label="Chargement du cahier" />;
  const whole = ledger.data !== undefined;
  const all = book.lines ?? [];
  const total = whole ? all.length : (book.totalLines ?? all.length);
  const lines = filterLines(all, filter);
  const filtered = lines.length !== all.length;
  const changeFilter = (f: LedgerFilter) => {
    setFilter(f);
    setShown(LINES_AT_ONCE);
  };
  const rest = lines.length - shown;

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Figure label="Banque" value={book.closing?.bank} />
        <Figure label="Caisse" value={book.closing?.cash} />
        <Figure label="Recettes" value={book.income} />
        <Figure label="Dépenses" value={book.charges} />
      </SimpleGrid>

      <Opening cooperativeId={cooperativeId} year={year} book={book} canWrite={canWrite} />

      <Paper withBorder radius="md" component="section" aria-labelledby="ledger-entries-title" style={{ overflow: 'hidden' }}>
        <Group justify="space-between" px="md" py="sm" wrap="wrap" gap="xs">
          <Title order={2} size="h4" id="ledger-entries-title">
            {total === 0 ? 'Aucune opération' : total === 1 ? '1 opération' : `${total} opérations`}
            {filtered && ` — ${lines.length} affichée${lines.length > 1 ? 's' : ''}`}
          </Title>
          <Group gap="xs">
            {all.length > 0 && (
              <DownloadButton variant="light" fetchFile={() => fetchLedgerExport(cooperativeId, year, 'pdf')} fileName={`cahier-${year}.pdf`}>
                Imprimer (PDF)
              </DownloadButton>
            )}
            {all.length > 0 && (
              <DownloadButton variant="light" fetchFile={() => fetchLedgerExport(cooperativeId, year)} fileName={`cahier-${year}.csv`}>
                Exporter (CSV)
              </DownloadButton>
            )}
            {all.length > 0 && (
              <DownloadButton variant="light" fetchFile={() => fetchLedgerExport(cooperativeId, year, 'fec')} fileName={`FEC-${year}.txt`}>
                Exporter (FEC)
              </DownloadButton>
            )}
            {canWrite && (
              <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing('new')}>
                Écrire une opération
              </Button>
            )}
          </Group>
        </Group>
        {!whole && total > all.length && (
          <Text px="md" pb="sm" size="sm" c="dimmed" role="status">
            Les {all.length} premières opérations sur {total} : la suite se charge…
          </Text>
        )}
        {whole && all.length > 0 && (
          <Group px="md" pb="sm" gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filtrer le cahier">
            <TextInput
              label="Rechercher"
              placeholder="libellé, n° de pièce ou de chèque"
              value={filter.text}
              onChange={(e) => changeFilter({ ...filter, text: e.currentTarget.value })}
              style={{ flex: '2 1 200px' }}
            />
            <NativeSelect
              label="Rubrique"
              value={filter.heading}
              onChange={(e) => changeFilter({ ...filter, heading: e.currentTarget.value })}
              data={[
                { value: '', label: 'Toutes' },
                ...(headings.data ?? []).filter((h) => h.kind !== 'TREASURY').map((h) => ({ value: h.code ?? '', label: `${h.code} — ${h.label}` })),
              ]}
              style={{ flex: '1 1 160px' }}
            />
            <NativeSelect
              label="Moyen"
              value={filter.means}
              onChange={(e) => changeFilter({ ...filter, means: e.currentTarget.value as LedgerFilter['means'] })}
              data={[{ value: '', label: 'Tous' }, ...Object.entries(LEDGER_MEANS_LABELS).map(([value, label]) => ({ value, label }))]}
              style={{ flex: '1 1 130px' }}
            />
            {(actions.data?.actions ?? []).length > 0 && (
              <NativeSelect
                label="Action"
                value={filter.action}
                onChange={(e) => changeFilter({ ...filter, action: e.currentTarget.value })}
                data={[
                  { value: '', label: 'Toutes' },
                  ...(actions.data?.actions ?? []).map((a) => ({ value: String(a.id), label: a.name ?? '' })),
                  { value: 'none', label: 'Sans action' },
                ]}
                style={{ flex: '1 1 140px' }}
              />
            )}
            {(classes.data?.classes ?? []).length > 0 && (
              <NativeSelect
                label="Classe"
                value={filter.classLine}
                onChange={(e) => changeFilter({ ...filter, classLine: e.currentTarget.value })}
                data={[
                  { value: '', label: 'Toutes' },
                  ...(classes.data?.classes ?? []).map((c) => ({ value: String(c.classLineId), label: c.className ?? '' })),
                  { value: 'none', label: 'Sans classe' },
                ]}
                style={{ flex: '1 1 140px' }}
              />
            )}
            <DateField label="Du" value={filter.from} onChange={(v) => changeFilter({ ...filter, from: v })} clearable style={{ flex: '1 1 140px' }} />
            <DateField label="Au" value={filter.to} onChange={(v) => changeFilter({ ...filter, to: v })} clearable style={{ flex: '1 1 140px' }} />
            {filtered && (
              <Button variant="subtle" onClick={() => changeFilter(NO_FILTER)}>
                Effacer
              </Button>
            )}
          </Group>
        )}
        {all.length > 0 && lines.length === 0 ? (
          <Text c="dimmed" size="sm" px="md" pb="md">
            Aucune opération ne correspond à ces filtres.
          </Text>
        ) : lines.length === 0 ? (
          <Text c="dimmed" size="sm" px="md" pb="md">
            Le cahier {formatSchoolYear(year)} est vide.{canWrite ? ' Écrivez la première opération : une recette, une dépense ou un dépôt à la banque.' : ''}
          </Text>
        ) : (
          <div className="stack-table-scroll" style={{ '--stack-table-min-width': '760px' } as CSSProperties}>
            <Table className="stack-table" verticalSpacing="xs" horizontalSpacing="sm" aria-label={`Cahier de compta. ${formatSchoolYear(year)}`}>
              <Table.Thead bg="gray.0">
                <Table.Tr>
                  {COLUMNS.map((c, i) => (
                    <Table.Th key={c} scope="col" ta={i >= 3 && i <= 6 ? 'right' : i === 7 ? 'center' : undefined}>
                      {c}
                    </Table.Th>
                  ))}
                  {canWrite && (
                    <ActionsHeader />
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lines.slice(0, shown).map(({ entry, bankBalance, cashBalance }) => {
                  const e = entry!;
                  const transfer = e.kind === 'TRANSFER';
                  return (
                    <Table.Tr key={e.id}>
                      <Table.Td data-label={COLUMNS[0]}>{e.voucherNumber ?? '—'}</Table.Td>
                      <Table.Td data-label={COLUMNS[1]} style={{ whiteSpace: 'nowrap' }}>
                        {e.date ? formatDate(e.date) : '—'}
                      </Table.Td>
                      <Table.Td data-label={COLUMNS[2]}>
                        <Text size="sm">{e.label}</Text>
                        <Text size="xs" c="dimmed">
                          {transfer
                            ? e.treasury === 'CASH'
                              ? 'Virement interne : caisse → banque'
                              : 'Virement interne : banque → caisse'
                            : [
                                (e.parts ?? [])
                                  .map((p) => `${p.heading} ${p.label}${(e.parts?.length ?? 0) > 1 ? ` (${formatMoney(Number(p.amount ?? 0))})` : ''}`)
                                  .join(' · '),
                                `${e.paymentMeans ? LEDGER_MEANS_LABELS[e.paymentMeans] : ''}${e.chequeNumber ? ` n° ${e.chequeNumber}` : ''}`,
                              ]
                                .filter(Boolean)
                                .join(' — ')}
                        </Text>
                        <VoucherLinks voucherNumber={e.voucherNumber} vouchers={vouchers.data?.get(e.id!) ?? []} />
                      </Table.Td>
                      <Table.Td data-label={COLUMNS[3]} ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {Number(e.amountIn) > 0 ? formatMoney(Number(e.amountIn)) : ''}
                      </Table.Td>
                      <Table.Td data-label={COLUMNS[4]} ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {!transfer && Number(e.amountOut) > 0 ? formatMoney(Number(e.amountOut)) : transfer ? formatMoney(Number(e.amountOut)) : ''}
                      </Table.Td>
                      <Table.Td data-label={COLUMNS[5]} ta="right" style={{ whiteSpace: 'nowrap' }} c={Number(bankBalance) < 0 ? 'red' : undefined}>
                        {formatMoney(Number(bankBalance ?? 0))}
                      </Table.Td>
                      <Table.Td data-label={COLUMNS[6]} ta="right" style={{ whiteSpace: 'nowrap' }} c={Number(cashBalance) < 0 ? 'red' : undefined}>
                        {formatMoney(Number(cashBalance ?? 0))}
                      </Table.Td>
                      <Table.Td data-label={COLUMNS[7]} ta="center">
                        <ClearingBox entry={e} canWrite={canWrite} statementDate={statementDate} cooperativeId={cooperativeId} year={year} />
                      </Table.Td>
                      {canWrite && (
                        <RowActionsCell editLabel={`Modifier l'opération n° ${e.voucherNumber}`} deleteLabel={`Supprimer l'opération n° ${e.voucherNumber}`} onEdit={() => setEditing(e)} onDelete={() => setDeleting(e)} />
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </div>
        )}
        {rest > 0 && (
          <Group justify="center" p="sm">
            <Button variant="light" onClick={() => setShown((n) => n + LINES_AT_ONCE)}>
              Afficher {Math.min(rest, LINES_AT_ONCE)} opérations de plus ({rest} non affichées)
            </Button>
          </Group>
        )}
      </Paper>

      {lines.some((l) => l.entry?.treasury === 'BANK' || l.entry?.kind === 'TRANSFER') && (
        <ReconciliationPanel
          cooperativeId={cooperativeId}
          year={year}
          date={statementDate}
          onDateChange={setStatementDate}
          balance={statementBalance}
          onBalanceChange={setStatementBalance}
        />
      )}

      {(book.totals?.length ?? 0) > 0 && (
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="ledger-totals-title">
          <Title order={2} size="h4" id="ledger-totals-title" mb="xs">
            Totaux par rubrique
          </Title>
          <Table verticalSpacing={4} aria-label="Totaux par rubrique">
            <Table.Tbody>
              {book.totals!.map((t) => (
                <Table.Tr key={t.code}>
                  <Table.Th scope="row" fw={400}>
                    {t.code} {t.label}
                  </Table.Th>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} c={t.kind === 'INCOME' ? 'teal.9' : undefined}>
                    {t.kind === 'INCOME' ? '+ ' : '− '}
                    {formatMoney(Number(t.total ?? 0))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}

      <RecordFormDialog editing={editing} onClose={() => setEditing(null)} newTitle="Écrire une opération" editTitle="Modifier l'opération" size="lg">
        {(record) => (
          <EntryForm
            key={record?.id ?? 'new'}
            cooperativeId={cooperativeId}
            year={year}
            entry={record}
            today={proposed}
            onDone={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        )}
      </RecordFormDialog>
      <DeleteRecordDialog record={deleting} title="Supprimer l'opération ?" remove={remove} onClose={() => setDeleting(null)}>
        {(d) => (
          <>
            Pièce n° {d.voucherNumber} du {d.date ? formatDate(d.date) : ''} : {d.label},{' '}
            {formatMoney(Number(d.amountIn || d.amountOut || 0))}. Les soldes qui suivent seront recalculés.
          </>
        )}
      </DeleteRecordDialog>
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: number | undefined }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fw={700} size="lg" c={Number(value) < 0 ? 'red' : undefined}>
        {formatMoney(Number(value ?? 0))}
      </Text>
    </Paper>
  );
}

/** The opening balances: to type in a first year, shown (and editable when typed) otherwise. */
function Opening({ cooperativeId, year, book, canWrite }: { cooperativeId: number; year: string; book: Ledger; canWrite: boolean }) {
  const set = useSetLedgerOpening(cooperativeId, year);
  const [open, setOpen] = useState(book.openingSource === 'NONE');
  // nothing typed yet: empty fields, not zeros to type after
  const typed = book.openingSource !== 'NONE';
  const [bank, setBank] = useState<number | ''>(typed ? (book.opening?.bank ?? '') : '');
  const [cash, setCash] = useState<number | ''>(typed ? (book.opening?.cash ?? '') : '');
  const server = isApiError(set.error) ? violationsByField(set.error.violations) : {};
  const day = `01/09/${year.slice(0, 4)}`;
  const source =
    book.openingSource === 'CLOSED'
      ? "solde de clôture du compte-rendu validé de l'année précédente"
      : book.openingSource === 'CARRIED'
        ? "repris de la clôture de l'année précédente"
        : book.openingSource === 'TYPED'
          ? 'saisi'
          : 'à saisir';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    set.mutate(
      { bank: Number(bank || 0), cash: Number(cash || 0), version: book.openingVersion ?? undefined },
      { onSuccess: () => setOpen(false) },
    );
  };

  if (!open || !canWrite) {
    return (
      <Group gap="xs" wrap="wrap">
        <Text size="sm">
          Report à nouveau au {day} ({source}) : banque {formatMoney(Number(book.opening?.bank ?? 0))}, caisse{' '}
          {formatMoney(Number(book.opening?.cash ?? 0))}.
        </Text>
        {canWrite && book.openingSource !== 'CARRIED' && book.openingSource !== 'CLOSED' && (
          <Button size="compact-sm" variant="subtle" onClick={() => setOpen(true)}>
            {book.openingSource === 'NONE' ? 'Saisir' : 'Modifier'}
          </Button>
        )}
      </Group>
    );
  }
  return (
    <Paper withBorder radius="md" p="md" component="form" onSubmit={submit} aria-label="Soldes au 1er septembre" noValidate>
      <Stack gap="sm">
        <Text size="sm">
          Première année du cahier : indiquez le solde du relevé bancaire et l'argent en caisse au {day} (le « report à nouveau »).
          Les années suivantes le reprennent seules.
        </Text>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <MoneyInput label="Banque au 1er septembre" value={bank} allowNegative onChange={(v) => setBank(v === '' ? '' : Number(v))} error={server.bank} w={220} />
          <MoneyInput label="Caisse au 1er septembre" value={cash} onChange={(v) => setCash(v === '' ? '' : Number(v))} error={server.cash} w={220} />
        </Group>
        {set.isError && Object.keys(server).length === 0 && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(set.error)}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={set.isPending}>
            Enregistrer les soldes
          </Button>
          {book.openingSource !== 'NONE' && (
            <Button variant="subtle" onClick={() => setOpen(false)}>
              Annuler
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/**
 * « Pointé »: a bank line ticked as seen on a statement (at the statement's date chosen in the reconciliation, or
 * today); a cash line has nothing to tick.
 */
function ClearingBox({ entry, canWrite, statementDate, cooperativeId, year }: {
  entry: LedgerEntry;
  canWrite: boolean;
  statementDate: string | null;
  cooperativeId: number;
  year: string;
}) {
  const clear = useClearLedgerEntry(cooperativeId, year);
  if (entry.treasury === 'CASH' && entry.kind !== 'TRANSFER') return null;
  const label = entry.clearedOn
    ? `Pointée au relevé du ${formatDate(entry.clearedOn)} : opération n° ${entry.voucherNumber}`
    : `Pointer l'opération n° ${entry.voucherNumber}`;
  const today = new Date().toISOString().slice(0, 10);
  const date = statementDate && statementDate >= (entry.date ?? '') ? statementDate : today;
  return (
    <Checkbox
      aria-label={label}
      title={entry.clearedOn ? `Relevé du ${formatDate(entry.clearedOn)}` : undefined}
      checked={!!entry.clearedOn}
      disabled={!canWrite || clear.isPending}
      onChange={(e) => clear.mutate({ id: entry.id!, version: entry.version ?? 0, clearedOn: e.currentTarget.checked ? date : null })}
      styles={{ body: { justifyContent: 'center' } }}
      error={clear.isError ? errorMessage(clear.error) : undefined}
    />
  );
}
