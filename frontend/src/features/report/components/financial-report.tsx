import { Alert, Button, Checkbox, Group, List, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconRefresh, IconSend } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { MoneyInput } from '@/components/ui/amount-inputs';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DownloadButton } from '@/components/ui/download-button';
import { ListLoader } from '@/components/ui/data-list-frame';
import { FormError } from '@/components/ui/form-error';
import { QueryError } from '@/components/ui/query-error';
import { useLedgerHeadings } from '@/features/ledger/api/ledger';
import { formatDate, formatMoney, formatSchoolYear } from '@/lib/format';
import { errorMessage, isApiError, violationsByField } from '@/lib/problem';
import {
  fetchReportPdf,
  useAnnualReport,
  useReopenReport,
  useReportChecklist,
  useRequestReportCorrection,
  useSaveFinancialReport,
  useSubmitReport,
  useValidateReport,
  type AnnualReport,
  type FinancialReport as Financial,
  type ReportChecklist,
} from '../api/reports';
import { ActivityReport } from './activity-report';
import { OpeningCorrection } from './opening-correction';
import { ReportPapers } from './report-papers';
import { ReportSubsidies, type SubsidyLine } from './report-subsidies';

type Props = { cooperativeId: number; year: string; canWrite: boolean; isStaff: boolean };

const STATUS_COLOR: Record<string, string> = {
  NOT_STARTED: 'orange',
  DRAFT: 'orange',
  SUBMITTED: 'blue',
  CORRECTION_REQUESTED: 'red',
  VALIDATED: 'teal',
};

/**
 * « Compte-rendu » of a school year (seed 004): where it stands, the financial report (CRF) with its balance check and
 * the likely causes of a gap; the mandataire fills and sends it, staff send it back, validate it or reopen it.
 */
export function AnnualReportPanel({ cooperativeId, year, canWrite, isStaff }: Props) {
  const report = useAnnualReport(cooperativeId, year);
  if (report.isPending) return <ListLoader label="Chargement du compte-rendu" />;
  if (report.isError) return <QueryError error={report.error} onRetry={() => report.refetch()} title="Le compte-rendu n'a pas pu être lu" />;
  const r = report.data;
  return (
    <Stack gap="md">
      <Alert color={STATUS_COLOR[r.status ?? 'DRAFT']} variant="light" title={r.statusSentence} role="status">
        {r.status === 'SUBMITTED' && r.submittedAt && <Text size="sm">Envoyé le {formatDate(r.submittedAt)}{r.late ? ' (en retard)' : ''}.</Text>}
        {r.status === 'VALIDATED' && r.validatedAt && (
          <Text size="sm">
            Validé le {formatDate(r.validatedAt)} : l'année {formatSchoolYear(year)} est close, son cahier ne change plus.
          </Text>
        )}
        {(r.status === 'NOT_STARTED' || r.status === 'DRAFT') && r.deadline && (
          <Text size="sm">À envoyer à l'OCCE avant le {formatDate(r.deadline)}.</Text>
        )}
      </Alert>
      {isStaff && r.id != null && <ReviewActions cooperativeId={cooperativeId} year={year} report={r} />}
      <ActivityReport key={`activity-${r.status}`} cooperativeId={cooperativeId} year={year} report={r}
        canWrite={canWrite && !!r.editable} />
      <FinancialForm
        key={r.status}
        cooperativeId={cooperativeId}
        year={year}
        report={r}
        canWrite={canWrite && !!r.editable}
        onRefresh={() => report.refetch()}
        refreshing={report.isFetching}
      />
    </Stack>
  );
}

type Typed = number | '';
const num = (v: number | null | undefined): Typed => (v == null ? '' : Number(v));
const orNull = (v: Typed) => (v === '' ? null : Number(v));
/** A typed figure as the request sends it: absent when empty. */
const sent = (v: Typed) => (v === '' ? undefined : Number(v));

function FinancialForm({
  cooperativeId,
  year,
  report,
  canWrite,
  onRefresh,
  refreshing,
}: {
  cooperativeId: number;
  year: string;
  report: AnnualReport;
  canWrite: boolean;
  onRefresh: () => void;
  refreshing: boolean;
}) {
  const f = report.financial as Financial;
  const [books, setBooks] = useState<'LEDGER' | 'PAPER'>(f.books ?? 'LEDGER');
  const [statement, setStatement] = useState<Typed>(num(f.statementBalance));
  const [openingBank, setOpeningBank] = useState<Typed>(num(f.openingBank));
  const [openingCash, setOpeningCash] = useState<Typed>(num(f.openingCash));
  const [notDebited, setNotDebited] = useState<Typed>(num(f.notDebited));
  const [notCredited, setNotCredited] = useState<Typed>(num(f.notCredited));
  const [cash, setCash] = useState<Typed>(num(f.cash));
  const [amounts, setAmounts] = useState<Record<string, Typed>>(() =>
    Object.fromEntries((f.headings ?? []).map((h) => [h.code ?? '', num(h.amount)])),
  );
  const [subsidies, setSubsidies] = useState<SubsidyLine[]>(f.subsidies ?? []);
  const [verifierParent, setVerifierParent] = useState(report.verifierParent ?? '');
  const [verifierTeacher, setVerifierTeacher] = useState(report.verifierTeacher ?? '');
  const [confirming, setConfirming] = useState(false);
  const chart = useLedgerHeadings(cooperativeId, year);
  const save = useSaveFinancialReport(cooperativeId, year);
  const submit = useSubmitReport(cooperativeId, year);
  const errors = isApiError(save.error) ? violationsByField(save.error.violations) : isApiError(submit.error) ? violationsByField(submit.error.violations) : {};
  const paper = books === 'PAPER';
  const editablePaper = canWrite && paper && f.books === 'PAPER';
  const openingCarried = f.openingSource === 'CLOSED';
  const dirty =
    books !== f.books ||
    verifierParent.trim() !== (report.verifierParent ?? '') ||
    verifierTeacher.trim() !== (report.verifierTeacher ?? '') ||
    orNull(statement) !== (f.statementBalance == null ? null : Number(f.statementBalance)) ||
    (paper &&
      (orNull(openingBank) !== (f.openingBank == null ? null : Number(f.openingBank)) ||
        orNull(openingCash) !== (f.openingCash == null ? null : Number(f.openingCash)) ||
        orNull(notDebited) !== (f.notDebited == null ? null : Number(f.notDebited)) ||
        orNull(notCredited) !== (f.notCredited == null ? null : Number(f.notCredited)) ||
        orNull(cash) !== (f.cash == null ? null : Number(f.cash)) ||
        JSON.stringify(subsidies) !== JSON.stringify(f.subsidies ?? []) ||
        Object.entries(amounts).some(([code, v]) => orNull(v) !== Number((f.headings ?? []).find((h) => h.code === code)?.amount ?? 0) && v !== '')));

  const onSave = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      version: report.version,
      request: {
        books,
        statementBalance: sent(statement),
        verifierParent: verifierParent.trim() || undefined,
        verifierTeacher: verifierTeacher.trim() || undefined,
        ...(paper
          ? {
              openingBank: openingCarried ? undefined : sent(openingBank),
              openingCash: openingCarried ? undefined : sent(openingCash),
              notDebited: sent(notDebited),
              notCredited: sent(notCredited),
              cash: sent(cash),
              subsidies: subsidies.map((l) => ({ ...l, funderName: l.funderName.trim(), purpose: l.purpose.trim() })),
              headings: Object.entries(amounts)
                .filter(([, v]) => v !== '' && Number(v) !== 0)
                .map(([code, v]) => ({ code, amount: Number(v) })),
            }
          : {}),
      },
    });
  };

  // the headings shown: the report's (ledger), or every charge and income heading of the year's chart (paper, typed)
  const rows = (kind: 'CHARGE' | 'INCOME') =>
    editablePaper
      ? (chart.data ?? []).filter((h) => h.kind === kind).map((h) => ({ code: h.code ?? '', label: h.label ?? '', amount: amounts[h.code ?? ''] ?? '' }))
      : (f.headings ?? []).filter((h) => h.kind === kind).map((h) => ({ code: h.code ?? '', label: h.label ?? '', amount: num(h.amount) }));

  const headingTable = (kind: 'CHARGE' | 'INCOME', title: string, total: number | undefined) => (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      <Table verticalSpacing={4} aria-label={`${title} par rubrique`}>
        <Table.Tbody>
          {rows(kind).map((h) => (
            <Table.Tr key={h.code}>
              <Table.Th scope="row" fw={400}>
                {h.code} {h.label}
              </Table.Th>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {editablePaper ? (
                  <MoneyInput
                    aria-label={`${h.code} ${h.label}`}
                    value={h.amount}
                    onChange={(v) => setAmounts((a) => ({ ...a, [h.code]: v === '' ? '' : Number(v) }))}
                    w={140}
                    size="xs"
                  />
                ) : (
                  formatMoney(Number(h.amount || 0))
                )}
              </Table.Td>
            </Table.Tr>
          ))}
          {rows(kind).length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={2}>
                <Text size="sm" c="dimmed">
                  Aucune.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">Total</Table.Th>
            <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }}>
              {formatMoney(Number(total ?? 0))}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Paper>
  );

  const figure = (label: string, value: Typed, set: (v: Typed) => void, source: string | null, field: string, allowNegative = false) =>
    editablePaper && source === null ? (
      <MoneyInput label={label} value={value} onChange={(v) => set(v === '' ? '' : Number(v))} error={errors[field]} allowNegative={allowNegative} />
    ) : (
      <div>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Text fw={600}>{value === '' ? '—' : formatMoney(Number(value))}</Text>
        {source && (
          <Text size="xs" c="dimmed">
            {source}
          </Text>
        )}
      </div>
    );

  const check = f.check;
  return (
    <form onSubmit={onSave} aria-label={`Compte-rendu financier ${formatSchoolYear(year)}`}>
      <Stack gap="md">
        <Paper withBorder radius="md" p="md">
          <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
            <div>
              <Title order={2} size="h4">
                Compte-Rendu Financier {formatSchoolYear(year)}
              </Title>
              <Text size="sm" c="dimmed">
                {paper && !canWrite
                  ? 'Cahier papier : les totaux saisis par la coopérative.'
                  : paper
                  ? 'Cahier papier : saisissez les totaux de votre cahier.'
                  : 'Rempli à partir du cahier de compta. tenu ici : les totaux suivent le cahier tant que le compte-rendu n’est pas envoyé.'}
              </Text>
            </div>
            {canWrite && (
              <SegmentedControl
                aria-label="Cahier de la coopérative"
                value={books}
                onChange={(v) => setBooks(v as 'LEDGER' | 'PAPER')}
                data={[
                  { value: 'LEDGER', label: 'Cahier tenu ici' },
                  { value: 'PAPER', label: 'Cahier papier' },
                ]}
              />
            )}
          </Group>
          {books !== f.books && (
            <Text size="sm" mt="xs" c="orange.9">
              Enregistrez pour passer au {paper ? 'cahier papier' : 'cahier tenu ici'}.
            </Text>
          )}
        </Paper>

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {headingTable('CHARGE', 'Dépenses', f.charges)}
          {headingTable('INCOME', 'Recettes', f.income)}
        </SimpleGrid>

        <Paper withBorder radius="md" p="md" component="section" aria-label="Banque et caisse">
          <Title order={3} size="h5" mb="sm">
            Banque et caisse
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
            {figure('Report à nouveau au 01/09 : banque', openingBank, setOpeningBank,
              openingCarried ? 'solde de clôture du compte-rendu validé de l’an dernier' : paper ? null : 'du cahier', 'openingBank', true)}
            {figure('Report à nouveau au 01/09 : caisse', openingCash, setOpeningCash,
              openingCarried ? 'solde de clôture du compte-rendu validé de l’an dernier' : paper ? null : 'du cahier', 'openingCash')}
            {canWrite ? (
              <MoneyInput
                label="Solde du relevé bancaire au 31/08"
                description="Le solde du relevé d'août, tel qu'il est imprimé."
                value={statement}
                onChange={(v) => setStatement(v === '' ? '' : Number(v))}
                error={errors.statementBalance}
                allowNegative
              />
            ) : (
              figure('Solde du relevé bancaire au 31/08', statement, setStatement, '', 'statementBalance')
            )}
            {figure('Chèques et paiements non débités au 31/08', notDebited, setNotDebited, paper ? null : 'opérations non pointées du cahier', 'notDebited')}
            {figure('Remises non créditées au 31/08', notCredited, setNotCredited, paper ? null : 'opérations non pointées du cahier', 'notCredited')}
            {figure('Caisse au 31/08', cash, setCash, paper ? null : f.cashSource === 'COUNT' ? "dernier arrêté de caisse" : 'solde de caisse du cahier', 'cash')}
          </SimpleGrid>
          {(openingCarried || report.openingCorrection) && (
            <OpeningCorrection cooperativeId={cooperativeId} year={year} report={report} canWrite={canWrite && openingCarried} />
          )}
        </Paper>

        <ReportSubsidies
          cooperativeId={cooperativeId}
          lines={paper ? subsidies : (f.subsidies ?? [])}
          editable={editablePaper}
          fromBooks={!paper}
          onChange={setSubsidies}
          errors={errors}
        />

        <Paper withBorder radius="md" p="md" component="section" aria-label="Quitus">
          <Title order={3} size="h5" mb={4}>
            Quitus
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            Signé par deux personnes en dehors du mandataire : un parent d'élève élu et un enseignant qui n'a pas tenu les comptes. Imprimez la
            page, faites-la signer, puis envoyez-la à l'OCCE avec la copie du relevé bancaire au 31/08.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {canWrite ? (
              <>
                <TextInput
                  label="Parent d'élève élu"
                  value={verifierParent}
                  onChange={(e) => setVerifierParent(e.currentTarget.value)}
                  error={errors.verifierParent}
                  maxLength={120}
                />
                <TextInput
                  label="Enseignant n'ayant pas tenu les comptes"
                  value={verifierTeacher}
                  onChange={(e) => setVerifierTeacher(e.currentTarget.value)}
                  error={errors.verifierTeacher}
                  maxLength={120}
                />
              </>
            ) : (
              <>
                {figureText("Parent d'élève élu", report.verifierParent)}
                {figureText("Enseignant n'ayant pas tenu les comptes", report.verifierTeacher)}
              </>
            )}
          </SimpleGrid>
          <Stack mt="md">
            <ReportPapers cooperativeId={cooperativeId} year={year} report={report} canWrite={canWrite} />
          </Stack>
          <Group gap="sm" mt="md" wrap="wrap">
            <DownloadButton variant="light" fetchFile={() => fetchReportPdf(cooperativeId, year, 'quitus')} fileName={`quitus-${year}.pdf`}>
              Imprimer la page quitus
            </DownloadButton>
            <DownloadButton
              variant="default"
              fetchFile={() => fetchReportPdf(cooperativeId, year, 'financial')}
              fileName={`compte-rendu-financier-${year}.pdf`}
            >
              Imprimer le CRF
            </DownloadButton>
          </Group>
        </Paper>

        {check && (
          <Alert
            color={check.holds ? 'teal' : check.gap == null ? 'gray' : 'orange'}
            variant="light"
            icon={check.holds ? <IconCircleCheck aria-hidden /> : <IconAlertTriangle aria-hidden />}
            title={check.verdict}
            role="status"
          >
            {check.equation && (
              <Text size="sm" ff="monospace">
                {check.equation}
              </Text>
            )}
            <Text size="xs" c="dimmed" mt={4}>
              Report à nouveau + recettes − dépenses = relevé − non débités + non crédités + caisse
            </Text>
            {(f.causes?.length ?? 0) > 0 && (
              <>
                <Text size="sm" fw={600} mt="sm">
                  Causes probables :
                </Text>
                <List size="sm">
                  {f.causes!.map((c, i) => (
                    <List.Item key={i}>{c.message}</List.Item>
                  ))}
                </List>
              </>
            )}
          </Alert>
        )}

        {save.isError && !isApiError(save.error) && <FormError>{errorMessage(save.error)}</FormError>}
        {save.isError && isApiError(save.error) && (save.error.violations?.length ?? 0) === 0 && <FormError>{errorMessage(save.error)}</FormError>}
        {canWrite && (
          <Group gap="sm" wrap="wrap">
            <Button type="submit" loading={save.isPending}>
              Enregistrer
            </Button>
            {!paper && (
              <Button variant="default" leftSection={<IconRefresh size={16} aria-hidden />} onClick={onRefresh} loading={refreshing}>
                Réactualiser les totaux
              </Button>
            )}
            <Button
              color="teal.9"
              leftSection={<IconSend size={16} aria-hidden />}
              disabled={dirty || report.version == null}
              onClick={() => setConfirming(true)}
            >
              Envoyer à l'OCCE
            </Button>
            {(dirty || report.version == null) && (
              <Text size="sm" c="dimmed">
                Enregistrez avant d'envoyer.
              </Text>
            )}
          </Group>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={`Envoyer le compte-rendu ${formatSchoolYear(year)} à l'OCCE ?`}
        confirmLabel="Envoyer"
        onConfirm={() => submit.mutate(report.version!, { onSuccess: () => setConfirming(false) })}
        onCancel={() => setConfirming(false)}
        loading={submit.isPending}
        error={submit.error}
      >
        <Text size="sm">
          {check?.holds
            ? 'Le Compte-Rendu Financier semble correct.'
            : `Le Compte-Rendu Financier ne s'équilibre pas (écart de ${formatMoney(Math.abs(Number(check?.gap ?? 0)))}) : l'OCCE verra l'écart et ses causes probables.`}{' '}
          Il ne pourra plus être modifié tant que l'OCCE ne vous l'aura pas renvoyé.
        </Text>
      </ConfirmDialog>
    </form>
  );
}

function figureText(label: string, value: string | null | undefined) {
  return (
    <div>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Text fw={600}>{value || '—'}</Text>
    </div>
  );
}

type CheckKey = keyof ReportChecklist;

/** The review's checklist: each box saved as ticked (null until looked at), with what the report says beside it. */
function ReviewChecklist({ cooperativeId, year, report }: { cooperativeId: number; year: string; report: AnnualReport }) {
  const save = useReportChecklist(cooperativeId, year);
  const checklist: ReportChecklist = report.checklist ?? {};
  const papers = report.documents ?? [];
  const has = (kind: string) => papers.some((d) => d.kind === kind);
  const items: { key: CheckKey; label: string; hint: string }[] = [
    {
      key: 'quitusSigned',
      label: 'Quitus signé par les deux vérificateurs',
      hint: `${has('QUITUS') ? 'Quitus envoyé' : 'Quitus non envoyé'} ; vérificateurs : ${report.verifierParent ?? '—'} et ${report.verifierTeacher ?? '—'}.`,
    },
    {
      key: 'statementMatches',
      label: 'Le solde du relevé correspond',
      hint: `${has('AUGUST_STATEMENT') ? 'Relevé envoyé' : 'Relevé non envoyé'} ; solde saisi : ${
        report.financial?.statementBalance != null ? formatMoney(Number(report.financial.statementBalance)) : '—'
      }.`,
    },
    { key: 'subsidiesJustified', label: 'Subventions justifiées', hint: 'Les subventions reçues ont leur décision et leur emploi.' },
  ];
  return (
    <Stack gap={6} mb="md" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fw={600} size="sm" mb={4}>
        Liste de vérification
      </Text>
      {items.map((item) => (
        <Checkbox
          key={item.key}
          label={item.label}
          description={item.hint}
          checked={checklist[item.key] === true}
          indeterminate={checklist[item.key] == null}
          disabled={save.isPending}
          onChange={(e) =>
            save.mutate({ id: report.id!, version: report.version!, checklist: { ...checklist, [item.key]: e.currentTarget.checked } })
          }
        />
      ))}
      {save.isError && <FormError>{errorMessage(save.error)}</FormError>}
    </Stack>
  );
}

/** Staff: send back with a message, validate (closes the year), reopen with a reason. */
function ReviewActions({ cooperativeId, year, report }: { cooperativeId: number; year: string; report: AnnualReport }) {
  const correction = useRequestReportCorrection(cooperativeId, year);
  const validate = useValidateReport(cooperativeId, year);
  const reopen = useReopenReport(cooperativeId, year);
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const id = report.id!;
  const version = report.version!;
  const gap = report.financial?.check?.gap;
  if (report.status === 'SUBMITTED') {
    return (
      <Paper withBorder radius="md" p="md" component="section" aria-label="Relecture par l'OCCE">
        <Title order={2} size="h4" mb="xs">
          Relecture par l'OCCE
        </Title>
        {gap != null && Number(gap) !== 0 && (
          <Text size="sm" c="orange.9" mb="xs">
            Écart de {formatMoney(Math.abs(Number(gap)))} au contrôle d'équilibre : voir les causes probables ci-dessous.
          </Text>
        )}
        <ReviewChecklist cooperativeId={cooperativeId} year={year} report={report} />
        <Stack gap="sm">
          <Textarea
            label="Message à la coopérative"
            description="Ce qu'elle doit corriger : il lui est envoyé par courriel."
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
            autosize
            minRows={2}
            error={isApiError(correction.error) ? violationsByField(correction.error.violations).message : undefined}
          />
          <Group gap="sm">
            <Button variant="default" color="red" loading={correction.isPending} onClick={() => correction.mutate({ id, version, message })}>
              Demander une correction
            </Button>
            <Button color="teal.9" onClick={() => setConfirming(true)}>
              Valider le compte-rendu
            </Button>
          </Group>
        </Stack>
        <ConfirmDialog
          opened={confirming}
          title="Valider le compte-rendu ?"
          confirmLabel="Valider et clore l'année"
          onConfirm={() => validate.mutate({ id, version }, { onSuccess: () => setConfirming(false) })}
          onCancel={() => setConfirming(false)}
          loading={validate.isPending}
          error={validate.error}
          color="teal.9"
        >
          <Text size="sm">
            L'année {formatSchoolYear(year)} sera close : son cahier ne changera plus, et son solde de clôture sera le report à nouveau de l'année
            suivante.
          </Text>
        </ConfirmDialog>
      </Paper>
    );
  }
  if (report.status === 'VALIDATED') {
    return (
      <Paper withBorder radius="md" p="md" component="section" aria-label="Rouvrir le compte-rendu">
        <Stack gap="sm">
          <Textarea
            label="Raison de la réouverture"
            description="L'année ne sera plus close ; la coopérative la reçoit par courriel."
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
            autosize
            minRows={2}
            error={isApiError(reopen.error) ? violationsByField(reopen.error.violations).reason : undefined}
          />
          <Group>
            <Button variant="default" loading={reopen.isPending} onClick={() => reopen.mutate({ id, version, reason: message })}>
              Rouvrir le compte-rendu
            </Button>
          </Group>
        </Stack>
      </Paper>
    );
  }
  return null;
}
