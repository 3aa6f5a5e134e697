import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Code,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconCircleCheck, IconDice5, IconRefresh } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { MoneyInput } from '@/components/ui/amount-inputs';
import { ListLoader } from '@/components/ui/data-list-frame';
import { Dialog } from '@/components/ui/dialog';
import { Fact } from '@/components/ui/fact';
import { FormError } from '@/components/ui/form-error';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { formatDateTime, formatMoney, formatSchoolYear } from '@/lib/format';
import { errorMessage, isApiError, violationsByField } from '@/lib/problem';
import {
  useDrawControls,
  useFollowUpControl,
  usePreviewControls,
  useReportControls,
  type ControlStatus,
  type ReportControl,
  type ReportControls,
} from '../api/controls';
import { FigureTh } from '@/components/ui/table-cells';

type Props = { department: string; year: string; due: string };

const STATUS_COLORS: Record<NonNullable<ControlStatus>, string> = {
  DRAWN: 'gray',
  DOCUMENTS_REQUESTED: 'blue',
  CHECKED: 'teal',
  CLOSED: 'dark',
};

/**
 * « Contrôle des comptes »: draw a share of the year's validated reports from a seed (once a year), re-draw it from
 * the seed to check it, and follow each drawn report up.
 */
export function ControlPanel({ department, year, due }: Props) {
  const controls = useReportControls(department, year);
  if (controls.isPending) {
    return <ListLoader label="Chargement du contrôle des comptes" />;
  }
  if (controls.isError) {
    return <QueryError error={controls.error} onRetry={() => controls.refetch()} />;
  }
  const c = controls.data;
  return c.draw ? (
    <Stack gap="md">
      <DrawSummary controls={c} department={department} year={year} />
      <ControlList controls={c} department={department} year={year} due={due} />
    </Stack>
  ) : (
    <DrawForm department={department} year={year} validated={c.validatedReports ?? 0} />
  );
}

/** Why a report is in the sample, as the table says it. */
const REASONS: Record<NonNullable<ReportControl['reason']>, string> = {
  RANDOM: 'au hasard',
  AMOUNT: 'au-delà du montant',
  DISTRICT: 'pour sa circonscription',
};

function DrawForm({ department, year, validated }: { department: string; year: string; validated: number }) {
  const draw = useDrawControls(department, year);
  const [share, setShare] = useState<number | string>(10);
  const [amount, setAmount] = useState<number | string>('');
  const [seed, setSeed] = useState('');
  const [perDistrict, setPerDistrict] = useState(false);
  const errors = isApiError(draw.error) ? violationsByField(draw.error.violations) : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    draw.mutate({
      sharePercent: typeof share === 'number' ? share : Number(share) || undefined,
      aboveAmount: amount === '' ? undefined : Number(amount),
      seed: seed.trim() || undefined,
      perDistrict,
    });
  };
  return (
    <Paper withBorder radius="md" p="md" component="form" onSubmit={submit} aria-label="Tirer l'échantillon">
      <Title order={2} size="h4" mb="xs">
        Tirer l'échantillon {formatSchoolYear(year)}
      </Title>
      <Text size="sm" mb="md">
        {validated === 0
          ? `Aucun compte-rendu ${formatSchoolYear(year)} n'est encore validé : le tirage se fait parmi les comptes-rendus validés.`
          : `${validated} compte${validated > 1 ? 's' : ''}-rendu${validated > 1 ? 's' : ''} validé${validated > 1 ? 's' : ''} à ce jour. Le tirage se fait une fois par année ; sa graine est affichée pour que chacun puisse le refaire.`}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md">
        <NumberInput
          label="Part tirée au hasard"
          description="En %, 10 par défaut."
          value={share}
          onChange={setShare}
          min={1}
          max={100}
          allowDecimal={false}
          rightSection="%"
          error={errors.sharePercent}
        />
        <MoneyInput
          label="Et tous ceux au-delà de"
          description="Recettes ou dépenses ; laissez vide pour ne tirer qu'au hasard."
          value={amount}
          onChange={setAmount}
          error={errors.aboveAmount}
        />
        <TextInput
          label="Graine du tirage"
          description="Laissez vide : elle est choisie au hasard et affichée."
          value={seed}
          onChange={(e) => setSeed(e.currentTarget.value)}
          error={errors.seed}
          maxLength={40}
        />
      </SimpleGrid>
      <Checkbox
        mb="md"
        label="Au moins une par circonscription"
        description="Dans chaque circonscription dont aucun compte-rendu n'est tiré, celui de plus petite clé s'ajoute (la circonscription se règle sur la fiche de chaque coopérative, ou à l'import)."
        checked={perDistrict}
        onChange={(e) => setPerDistrict(e.currentTarget.checked)}
      />
      {draw.isError && Object.keys(errors).length === 0 && <FormError>{errorMessage(draw.error)}</FormError>}
      <Button type="submit" leftSection={<IconDice5 size={18} />} loading={draw.isPending} disabled={validated === 0}>
        Tirer l'échantillon
      </Button>
    </Paper>
  );
}

function DrawSummary({ controls, department, year }: { controls: ReportControls; department: string; year: string }) {
  const d = controls.draw!;
  const preview = usePreviewControls(department, year);
  const drawnCodes = (controls.controls ?? []).map((c) => c.cooperativeCode).join(' ');
  const same = preview.data ? (preview.data.drawn ?? []).map((x) => x.cooperativeCode).join(' ') === drawnCodes : null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Le tirage">
      <Title order={2} size="h4" mb="xs">
        Échantillon {formatSchoolYear(year)}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} mb="sm" m={0}>
        <Fact label="Graine">
          <Code fz="md">{d.seed}</Code>
        </Fact>
        <Fact label="Règle">
          {d.sharePercent} % au hasard{d.aboveAmount != null ? `, et au-delà de ${formatMoney(Number(d.aboveAmount))}` : ''}
          {d.perDistrict ? ', au moins une par circonscription' : ''}
        </Fact>
        <Fact label="Tirés">
          {d.drawn} sur {d.population} validés
        </Fact>
        <Fact label="Tiré le">
          {formatDateTime(d.drawnAt!)} par {d.drawnBy}
        </Fact>
      </SimpleGrid>
      <Text size="sm" c="dimmed" mb="sm">
        {d.rule}
      </Text>
      <Group gap="sm" align="center">
        <Button
          variant="default"
          leftSection={<IconRefresh size={18} />}
          loading={preview.isPending}
          onClick={() =>
            preview.mutate({
              seed: d.seed!,
              sharePercent: d.sharePercent,
              aboveAmount: d.aboveAmount == null ? null : Number(d.aboveAmount),
              perDistrict: d.perDistrict,
            })
          }
        >
          Refaire le tirage avec cette graine
        </Button>
        {same === true && (
          <Text c="teal.9" fw={600} role="status">
            <IconCircleCheck size={18} style={{ verticalAlign: 'text-bottom' }} /> Même échantillon : {preview.data!.drawn?.length} coopérative{(preview.data!.drawn?.length ?? 0) > 1 ? 's' : ''}.
          </Text>
        )}
        {same === false && (
          <Text c="red.9" fw={600} role="status">
            Les comptes-rendus validés ont changé depuis le tirage ({preview.data!.population} aujourd'hui, {d.population} alors) : l'échantillon
            refait diffère.
          </Text>
        )}
      </Group>
      {preview.isError && <FormError>{errorMessage(preview.error)}</FormError>}
    </Paper>
  );
}

function ControlList({ controls, department, year, due }: { controls: ReportControls; department: string; year: string; due: string }) {
  const [open, setOpen] = useState<ReportControl | null>(null);
  const items = controls.controls ?? [];
  return (
    <Paper withBorder radius="md">
      <Table className="stack-table" verticalSpacing="xs" aria-label={`Coopératives tirées pour le contrôle ${formatSchoolYear(year)}`}>
        <Table.Thead bg="gray.0">
          <Table.Tr>
            <Table.Th scope="col">Rang</Table.Th>
            <Table.Th scope="col">Coopérative</Table.Th>
            <Table.Th scope="col">Tirée</Table.Th>
            <FigureTh>Recettes, dépenses</FigureTh>
            <Table.Th scope="col">Suivi</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Action</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td data-label="Rang">{c.rank}</Table.Td>
              <Table.Td data-label="Coopérative">
                <Anchor component={Link} to={paths.coop.report.getHref(c.cooperativeId ?? 0, year === due ? undefined : year)} fw={600}>
                  {c.cooperativeCode}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {c.schoolName}, {c.city}
                  {c.district ? ` — ${c.district}` : ''}
                </Text>
              </Table.Td>
              <Table.Td data-label="Tirée">{REASONS[c.reason!]}</Table.Td>
              <Table.Td data-label="Recettes, dépenses" ta="right">
                {c.income != null ? formatMoney(Number(c.income)) : '—'} / {c.charges != null ? formatMoney(Number(c.charges)) : '—'}
              </Table.Td>
              <Table.Td data-label="Suivi">
                <Badge variant="light" color={STATUS_COLORS[c.status!]}>
                  {c.statusLabel}
                </Badge>
                {c.remarks && (
                  <Text size="sm" lineClamp={2}>
                    {c.remarks}
                  </Text>
                )}
              </Table.Td>
              <Table.Td data-label="Action">
                <Button size="xs" variant="default" onClick={() => setOpen(c)} aria-label={`Suivre le contrôle de ${c.cooperativeCode}`}>
                  {c.status === 'CLOSED' ? 'Voir' : 'Suivre'}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Dialog opened={open != null} onClose={() => setOpen(null)} title={open ? `Contrôle de ${open.cooperativeCode}` : ''} size="lg" fullScreenOnPhone>
        {open && <FollowUp key={open.id} control={open} department={department} year={year} onDone={() => setOpen(null)} />}
      </Dialog>
    </Paper>
  );
}

const STEPS: { value: NonNullable<ControlStatus>; label: string }[] = [
  { value: 'DRAWN', label: 'Tiré' },
  { value: 'DOCUMENTS_REQUESTED', label: 'Pièces demandées' },
  { value: 'CHECKED', label: 'Vérifié' },
  { value: 'CLOSED', label: 'Clos' },
];

/** The follow-up of one drawn report: its step (forward only), the documents asked (emailed), the remarks. */
function FollowUp({ control, department, year, onDone }: { control: ReportControl; department: string; year: string; onDone: () => void }) {
  const followUp = useFollowUpControl(department, year);
  const [status, setStatus] = useState<NonNullable<ControlStatus>>(control.status!);
  const [asked, setAsked] = useState(control.documentsRequested ?? '');
  const [remarks, setRemarks] = useState(control.remarks ?? '');
  const closed = control.status === 'CLOSED';
  const current = STEPS.findIndex((s) => s.value === control.status);
  const errors = isApiError(followUp.error) ? violationsByField(followUp.error.violations) : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    followUp.mutate(
      { id: control.id!, version: control.version!, status, documentsRequested: asked || undefined, remarks: remarks || undefined },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm">
          {control.schoolName}, {control.city} — tirée {REASONS[control.reason!]} (rang {control.rank}).
        </Text>
        <div>
          <Text size="sm" fw={500} mb={4} id="control-step">
            Étape
          </Text>
          <SegmentedControl
            aria-labelledby="control-step"
            value={status}
            onChange={(v) => setStatus(v as NonNullable<ControlStatus>)}
            disabled={closed}
            data={STEPS.map((s, i) => ({ ...s, disabled: i < current }))}
            fullWidth
            orientation="horizontal"
          />
        </div>
        <Textarea
          label="Pièces demandées à la coopérative"
          description="Envoyées par courriel à l'école et au mandataire quand vous passez à « Pièces demandées »."
          value={asked}
          onChange={(e) => setAsked(e.currentTarget.value)}
          readOnly={closed || control.status !== 'DRAWN'}
          autosize
          minRows={2}
          error={errors.documentsRequested}
        />
        <Textarea
          label="Remarques"
          description="Ce que le contrôle a trouvé ; la conclusion est obligatoire pour le clore."
          value={remarks}
          onChange={(e) => setRemarks(e.currentTarget.value)}
          readOnly={closed}
          autosize
          minRows={3}
          error={errors.remarks}
        />
        {control.updatedAt && (
          <Text size="sm" c="dimmed">
            Dernier suivi le {formatDateTime(control.updatedAt)} par {control.updatedBy}.
          </Text>
        )}
        {followUp.isError && Object.keys(errors).length === 0 && <Alert color="red">{errorMessage(followUp.error)}</Alert>}
        {!closed && (
          <Group justify="flex-end">
            <Button type="submit" loading={followUp.isPending}>
              Enregistrer le suivi
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
