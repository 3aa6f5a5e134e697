import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { cooperative } from '@/testing/data';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const headings = [
  { code: '6068', label: 'Fournitures pédagogiques', kind: 'CHARGE' },
  { code: '744', label: 'Subventions de la commune', kind: 'INCOME' },
  { code: '7068', label: 'Participation des familles aux sorties et activités', kind: 'INCOME' },
];

const entry = (id: number, voucherNumber: number, date: string, label: string, bankAmount: number, clearedOn: string | null = null) => ({
  id,
  voucherNumber,
  date,
  label,
  bankAmount,
  chequeNumber: null,
  clearedOn,
  version: 0,
});

const lines = {
  schoolYear: '2026-2027',
  matched: 1,
  suggested: 1,
  unmatched: 1,
  imports: [
    {
      id: 1,
      fileName: 'releve.ofx',
      format: 'OFX',
      firstDate: '2026-09-08',
      lastDate: '2026-11-20',
      lineCount: 3,
      addedCount: 3,
      closingBalance: 1583.01,
      closingDate: '2026-11-30',
      importedBy: '075-0101',
      importedAt: '2026-11-30T10:00:00Z',
    },
  ],
  lines: [
    {
      id: 11,
      date: '2026-09-08',
      label: 'REMISE CHEQUES N 1234567',
      amount: 600,
      status: 'MATCHED',
      entry: entry(1, 1, '2026-09-07', 'Participation des familles', 600, '2026-09-08'),
      suggestedKind: 'INCOME',
      suggestedMeans: 'CHEQUE',
      version: 1,
    },
    {
      id: 12,
      date: '2026-10-17',
      label: 'CHEQUE N 0001',
      amount: -180,
      chequeNumber: '0001',
      status: 'SUGGESTED',
      entry: entry(2, 2, '2026-10-10', 'Librairie', -180),
      suggestedKind: 'CHARGE',
      suggestedMeans: 'CHEQUE',
      version: 0,
    },
    {
      id: 13,
      date: '2026-11-20',
      label: 'VIR MAIRIE DE VIENNE SUBVENTION',
      amount: 300,
      status: 'NEW',
      suggestedKind: 'INCOME',
      suggestedMeans: 'TRANSFER',
      version: 0,
    },
  ],
};

describe('Relevés de banque', () => {
  it('shows each line against the books, confirms a proposed entry and writes the missing one', async () => {
    const matched: unknown[] = [];
    const written: unknown[] = [];
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get('*/api/cooperatives/1/bank-lines', () => HttpResponse.json(lines)),
      http.get('*/api/cooperatives/1/ledger/headings', () => HttpResponse.json(headings)),
      http.post('*/api/bank-lines/12/match', async ({ request }) => {
        matched.push(await request.json());
        return HttpResponse.json({ ...lines.lines[1], status: 'MATCHED' });
      }),
      http.post('*/api/bank-lines/13/entry', async ({ request }) => {
        written.push(await request.json());
        return HttpResponse.json({ ...lines.lines[2], status: 'MATCHED' }, { status: 201 });
      }),
    );
    const { user } = renderApp('/coop/1/releves', { loggedIn: true });

    const table = await screen.findByRole('table', { name: /^Lignes de relevé 2026.-.2027$/ });
    expect(screen.getByRole('heading', { name: '3 lignes de relevé : 1 pointée, 1 proposée, 1 sans opération' })).toBeInTheDocument();
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/Pointée.*n° 1 du 07\/09\/2026/);
    expect(rows[2]).toHaveTextContent(/−180,00\s€/);
    expect(rows[2]).toHaveTextContent(/Proposée.*n° 2 du 10\/10\/2026 : Librairie/);
    expect(screen.getByText(/Solde du relevé au 30\/11\/2026 : 1\s583,01\s€/)).toBeInTheDocument();

    await user.click(within(rows[2]).getByRole('button', { name: /Confirmer : la ligne du 17\/10\/2026 est l'opération n° 2/ }));
    await waitFor(() => expect(matched).toEqual([{ entryId: 2, version: 0 }]));

    await user.click(within(rows[3]).getByRole('button', { name: /Écrire l'opération de la ligne du 20\/11\/2026/ }));
    const form = await screen.findByRole('form', { name: "Écrire l'opération de la ligne" });
    expect(within(form).getByRole('combobox', { name: 'Type' })).toHaveValue('INCOME');
    expect(within(form).getByRole('combobox', { name: 'Moyen de paiement' })).toHaveValue('TRANSFER');
    // the heading is asked before anything is sent
    await user.click(within(form).getByRole('button', { name: 'Écrire et pointer' }));
    expect(await within(form).findByText('Choisissez la rubrique.')).toBeInTheDocument();
    expect(written).toHaveLength(0);
    await user.clear(within(form).getByRole('textbox', { name: 'Libellé' }));
    await user.type(within(form).getByRole('textbox', { name: 'Libellé' }), 'Subvention de la mairie');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Rubrique' }), '744');
    await user.click(within(form).getByRole('button', { name: 'Écrire et pointer' }));
    await waitFor(() =>
      expect(written).toEqual([{ kind: 'INCOME', label: 'Subvention de la mairie', means: 'TRANSFER', parts: [{ heading: '744' }], version: 0 }]),
    );
    await waitFor(() => expect(screen.queryByRole('form', { name: "Écrire l'opération de la ligne" })).not.toBeInTheDocument());
  });

  it('asks once for the columns of a statement it does not recognise, and sends them with the file', async () => {
    const sent: Record<string, string>[] = [];
    const appended: [string, string][] = [];
    const append = vi.spyOn(FormData.prototype, 'append').mockImplementation(function (this: FormData, name: string, value: string | Blob) {
      appended.push([name, typeof value === 'string' ? value : `file:${(value as File).name}`]);
    });
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get('*/api/cooperatives/1/bank-lines', () => HttpResponse.json({ ...lines, lines: [], imports: [], matched: 0, suggested: 0, unmatched: 0 })),
      // reading a multipart body built from a jsdom File hangs under MSW: what the form appends is spied instead
      http.post('*/api/cooperatives/1/bank-statements', () => {
        const fields = Object.fromEntries(appended.splice(0));
        sent.push(fields);
        if (!fields.dateColumn) {
          return HttpResponse.json(
            {
              type: 'https://coop-en-ligne.fr/problems/statement-columns',
              title: 'Colonnes à indiquer',
              status: 422,
              detail: 'Les colonnes de ce relevé ne sont pas reconnues.',
              affected: ['Jour', 'Opération', 'Somme'],
            },
            { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
          );
        }
        return HttpResponse.json(
          { ...lines.imports[0], fileName: 'banque.csv', format: 'CSV', lineCount: 2, addedCount: 1, closingBalance: null, closingDate: null },
          { status: 201 },
        );
      }),
    );
    const { user } = renderApp('/coop/1/releves', { loggedIn: true });
    expect(await screen.findByRole('heading', { name: /Aucune ligne de relevé en 2026.-.2027/ })).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Importer un relevé de banque' });
    // the file input is hidden behind Mantine's button
    const input = form.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['Jour;Opération;Somme\n03/10/2026;VIR APE;150,00\n'], 'banque.csv', { type: 'text/csv' }));
    await waitFor(() => expect(within(form).getByRole('button', { name: 'Importer le relevé' })).toBeEnabled());
    await user.click(within(form).getByRole('button', { name: 'Importer le relevé' }));

    const columns = await within(form).findByRole('group', { name: 'Colonnes du relevé' });
    await user.selectOptions(within(columns).getByRole('combobox', { name: 'Colonne Date' }), 'Jour');
    await user.selectOptions(within(columns).getByRole('combobox', { name: 'Colonne Libellé' }), 'Opération');
    await user.selectOptions(within(columns).getByRole('combobox', { name: 'Colonne Montant' }), 'Somme');
    await user.click(within(form).getByRole('button', { name: 'Importer le relevé' }));

    await waitFor(() => expect(sent).toHaveLength(2));
    expect(await within(form).findByRole('status')).toHaveTextContent('CSV : 2 lignes lues, 1 nouvelle, 1 déjà importée.');
    expect(sent).toEqual([
      { file: 'file:banque.csv' },
      { file: 'file:banque.csv', dateColumn: 'Jour', labelColumn: 'Opération', amountColumn: 'Somme' },
    ]);
    append.mockRestore();
  });

  it('keeps the 400 of a file it cannot read next to the file', async () => {
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get('*/api/cooperatives/1/bank-lines', () => HttpResponse.json({ ...lines, lines: [], imports: [], matched: 0, suggested: 0, unmatched: 0 })),
      http.post('*/api/cooperatives/1/bank-statements', () =>
        problem(400, 'validation', 'Ce fichier n’a pas de tableau de relevé lisible.', [
          { field: 'file', message: 'Ce fichier n’a pas de tableau de relevé lisible.' },
        ]),
      ),
    );
    const { user } = renderApp('/coop/1/releves', { loggedIn: true });
    const form = await screen.findByRole('form', { name: 'Importer un relevé de banque' });
    // the file input is hidden behind Mantine's button
    const input = form.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['%PDF-1.7'], 'releve.csv', { type: 'text/csv' }));
    await user.click(within(form).getByRole('button', { name: 'Importer le relevé' }));
    expect(await within(form).findByText('Ce fichier n’a pas de tableau de relevé lisible.')).toBeInTheDocument();
  });
});
