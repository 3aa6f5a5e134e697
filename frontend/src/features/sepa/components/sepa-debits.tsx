import { Badge, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { DateField } from '@/components/ui/date-field';
import { DownloadButton } from '@/components/ui/download-button';
import { ListPagination } from '@/components/ui/list-pagination';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { PAYMENT_MEANS_LABELS } from '@/lib/wording';
import { CELL_BADGE_STYLE, CountText } from '@/components/ui/list-tools';
import { ListLoader } from '@/components/ui/data-list-frame';
import { formatDate, formatDateTime, formatMoney, formatSchoolYear } from '@/lib/format';
import { schoolYearsAround } from '@/lib/school-year';
import {
  createSepaBatch,
  fetchSepaFile,
  useSepaBatches,
  useSepaDebits,
  type DirectDebitMeans,
  type SepaBatch,
} from '../api/sepa';
import { FigureTh } from '@/components/ui/table-cells';

/** A week from today: a collection date the bank accepts for a first debit. */
export function defaultCollectionDate(now: Date = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 7);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const MEANS_OPTIONS = [
  { value: '', label: 'Tous les prélèvements' },
  { value: 'DIRECT_DEBIT_NOW', label: PAYMENT_MEANS_LABELS.DIRECT_DEBIT_NOW },
  { value: 'DIRECT_DEBIT_DECEMBER', label: PAYMENT_MEANS_LABELS.DIRECT_DEBIT_DECEMBER },
];

type SepaDebitsProps = { code: string; currentYear: string };

/** What the next file holds (count, total, refusals and why), the button that makes and downloads it, the past files. */
export function SepaDebits({ code, currentYear }: SepaDebitsProps) {
  const queryClient = useQueryClient();
  const [year, setYear] = useState(currentYear);
  const [means, setMeans] = useState<DirectDebitMeans | ''>('');
  const [includeDebited, setIncludeDebited] = useState(false);
  const [page, setPage] = useState(0);
  const [collectionDate, setCollectionDate] = useState(() => defaultCollectionDate());
  // the earliest collection date the bank accepts (D+1 at least), read once when the screen opens
  const [minCollectionDate] = useState(() => defaultCollectionDate(new Date(Date.now() - 6 * 86_400_000)));
  const [batchPage, setBatchPage] = useState(0);
  const preview = useSepaDebits({ code, year, means: means || undefined, includeDebited, page });
  const batches = useSepaBatches(code, batchPage);
  const data = preview.data;

  const makeFile = async () => {
    const batch = await createSepaBatch(code, {
      schoolYear: year,
      means: means ? [means] : undefined,
      collectionDate,
      includeDebited,
    });
    await queryClient.invalidateQueries({ queryKey: ['sepa-debits', code] });
    return fetchSepaFile(code, batch.id!);
  };

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="sepa-next-title">
        <Title order={2} size="h4" mb="md" id="sepa-next-title">
          Prochain fichier de prélèvement
        </Title>
        <Group align="flex-end" gap="md" wrap="wrap" mb="md">
          <NativeSelect
            label="Année scolaire"
            value={year}
            data={schoolYearsAround(currentYear, 2, 0).reverse().map((y) => ({ value: y, label: formatSchoolYear(y) }))}
            onChange={(e) => {
              setYear(e.currentTarget.value);
              setPage(0);
            }}
          />
          <NativeSelect
            label="Moyen de paiement"
            value={means}
            data={MEANS_OPTIONS}
            onChange={(e) => {
              setMeans(e.currentTarget.value as DirectDebitMeans | '');
              setPage(0);
            }}
          />
          <Checkbox
            label="Prélever à nouveau les adhésions déjà dans un fichier"
            checked={includeDebited}
            onChange={(e) => {
              setIncludeDebited(e.currentTarget.checked);
              setPage(0);
            }}
            mb={8}
          />
        </Group>

        {preview.isError ? (
          <QueryError error={preview.error} onRetry={() => preview.refetch()} title="Les adhésions à prélever n'ont pas pu être lues" />
        ) : preview.isPending || !data ? (
          <ListLoader label="Chargement des adhésions à prélever" />
        ) : (
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md" component="dl" m={0} aria-label="Résumé du prochain fichier">
              <Summary label="Prélèvements" value={String(data.count)} />
              <Summary label="Montant total" value={formatMoney(data.total ?? 0)} />
              <Summary label="Adhésions écartées" value={String(data.refusedCount)} warn={(data.refusedCount ?? 0) > 0} />
            </SimpleGrid>
            {!data.creditorReady && (
              <Text size="sm" c="red.9" role="status">
                Renseignez d'abord le créancier ci-dessus : la banque en a besoin pour le fichier.
              </Text>
            )}
            <Group align="flex-end" gap="md" wrap="wrap">
              <DateField
                label="Date de prélèvement"
                description="Le jour où la banque débite les coopératives"
                value={collectionDate || null}
                onChange={(value) => setCollectionDate(value ?? '')}
                minDate={minCollectionDate}
                required
              />
              <DownloadButton
                fetchFile={makeFile}
                fileName={`prelevements-sepa-${code}-${collectionDate}.xml`}
                disabled={!data.count || !data.creditorReady || !collectionDate}
                confirm={{
                  title: 'Créer le fichier de prélèvement ?',
                  confirmLabel: 'Créer le fichier',
                  message: (
                    <Text>
                      <strong>
                        {data.count} prélèvement{(data.count ?? 0) > 1 ? 's' : ''} pour un total de {formatMoney(data.total ?? 0)}
                      </strong>
                      , débité{(data.count ?? 0) > 1 ? 's' : ''} le {formatDate(collectionDate)}. Ces adhésions seront
                      marquées comme prélevées et ne seront plus proposées au prochain fichier.
                    </Text>
                  ),
                }}
              >
                Créer et télécharger le fichier SEPA
              </DownloadButton>
            </Group>
            <CandidatesTable data={data} page={page} onPage={setPage} fetching={preview.isFetching} />
          </Stack>
        )}
      </Paper>

      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="sepa-batches-title">
        <Title order={2} size="h4" mb="md" id="sepa-batches-title">
          Fichiers déjà créés
        </Title>
        {batches.isError ? (
          <QueryError error={batches.error} onRetry={() => batches.refetch()} title="Les fichiers n'ont pas pu être lus" />
        ) : batches.isPending ? (
          <ListLoader label="Chargement des fichiers" />
        ) : (batches.data.items ?? []).length === 0 ? (
          <Text size="sm" c="dimmed">
            Aucun fichier créé pour l'instant.
          </Text>
        ) : (
          <Stack gap="sm">
            <BatchesTable code={code} batches={batches.data.items ?? []} />
            <ListPagination totalPages={batches.data.totalPages ?? 0} page={batchPage} onChange={(p) => setBatchPage(p - 1)} />
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}

function Summary({ label, value, warn }: { label: string; value: string; warn?: boolean }) {
  return (
    <Paper withBorder radius="md" p="sm" bg={warn ? 'orange.0' : 'gray.0'}>
      <Text component="dt" size="xs" tt="uppercase" fw={600} c="dimmed" style={{ letterSpacing: 0.4 }}>
        {label}
      </Text>
      <Text component="dd" m={0} fw={700} size="xl">
        {value}
      </Text>
    </Paper>
  );
}

function CandidatesTable({
  data,
  page,
  onPage,
  fetching,
}: {
  data: NonNullable<ReturnType<typeof useSepaDebits>['data']>;
  page: number;
  onPage: (page: number) => void;
  fetching: boolean;
}) {
  const items = data.candidates?.items ?? [];
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Aucune adhésion validée n'a choisi le prélèvement pour cette année.
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <CountText count={data.candidates?.totalItems ?? 0} one="adhésion validée par prélèvement" many="adhésions validées par prélèvement" fetching={fetching} />
      <Table.ScrollContainer minWidth={760} type="native">
        <Table verticalSpacing="sm" horizontalSpacing="sm" aria-label="Adhésions à prélever">
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th scope="col">Coopérative</Table.Th>
              <Table.Th scope="col">Moyen</Table.Th>
              <Table.Th scope="col">IBAN</Table.Th>
              <FigureTh>Montant</FigureTh>
              <Table.Th scope="col">Dans le fichier</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <Table.Tr key={c.adhesionId}>
                <Table.Td>
                  <Link to={paths.coop.identity.getHref(c.cooperativeId!)}>{c.cooperativeCode}</Link>
                  <Text size="xs" c="dimmed">
                    {c.schoolName}
                  </Text>
                </Table.Td>
                <Table.Td>{c.paymentMeans ? PAYMENT_MEANS_LABELS[c.paymentMeans] : '—'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.ibanMasked ?? '—'}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {c.amount != null ? formatMoney(c.amount) : '—'}
                </Table.Td>
                <Table.Td>
                  {c.refusal ? (
                    <Stack gap={2}>
                      <Badge color="orange" variant="light" radius="sm" tt="none" style={CELL_BADGE_STYLE}>
                        écartée
                      </Badge>
                      <Text size="xs">{c.refusal}</Text>
                    </Stack>
                  ) : (
                    <Badge color="teal" variant="light" radius="sm" tt="none" style={CELL_BADGE_STYLE}>
                      oui
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ListPagination totalPages={data.candidates?.totalPages ?? 0} page={page} onChange={(p) => onPage(p - 1)} />
    </Stack>
  );
}

function BatchesTable({ code, batches }: { code: string; batches: SepaBatch[] }) {
  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table verticalSpacing="sm" horizontalSpacing="sm" aria-label="Fichiers de prélèvement créés">
        <Table.Thead bg="gray.0">
          <Table.Tr>
            <Table.Th scope="col">Créé le</Table.Th>
            <Table.Th scope="col">Référence du fichier</Table.Th>
            <Table.Th scope="col">Prélèvement le</Table.Th>
            <FigureTh>Nombre</FigureTh>
            <FigureTh>Total</FigureTh>
            <Table.Th scope="col">
              <VisuallyHidden>Télécharger</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {batches.map((b) => (
            <Table.Tr key={b.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {b.createdAt ? formatDateTime(b.createdAt) : '—'}
                <Text size="xs" c="dimmed">
                  par {b.createdBy ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>{b.messageId}</Table.Td>
              <Table.Td>{b.collectionDate ? formatDate(b.collectionDate) : '—'}</Table.Td>
              <Table.Td ta="right">{b.count}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(b.controlSum ?? 0)}
              </Table.Td>
              <Table.Td>
                <DownloadButton
                  size="xs"
                  variant="light"
                  fetchFile={() => fetchSepaFile(code, b.id!)}
                  fileName={`${b.messageId}.xml`}
                  aria-label={`Télécharger le fichier ${b.messageId}`}
                >
                  Télécharger
                </DownloadButton>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
