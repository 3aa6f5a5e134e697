import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { cooperative } from '@/testing/data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const headings = [
  { code: '6068', label: 'Fournitures pédagogiques', kind: 'CHARGE' },
  { code: '6181', label: 'Documentation, livres, abonnements', kind: 'CHARGE' },
  { code: '7068', label: 'Participation des familles aux sorties et activités', kind: 'INCOME' },
];

const entry = {
  id: 31,
  schoolYear: '2026-2027',
  date: '2026-09-20',
  label: 'Participation sortie au musée',
  kind: 'INCOME',
  treasury: 'CASH',
  amountIn: 120,
  amountOut: 0,
  paymentMeans: 'CASH',
  voucherNumber: 1,
  parts: [{ heading: '7068', label: 'Participation des familles aux sorties et activités', amount: 120 }],
  version: 0,
};

const book = {
  schoolYear: '2026-2027',
  opening: { bank: 1200, cash: 45.5 },
  openingSource: 'TYPED',
  openingVersion: 0,
  lines: [{ entry, bankBalance: 1200, cashBalance: 165.5 }],
  totals: [{ code: '7068', label: 'Participation des familles aux sorties et activités', kind: 'INCOME', total: 120 }],
  income: 120,
  charges: 0,
  closing: { bank: 1200, cash: 165.5 },
};

describe('Cahier de compta.', () => {
  it('shows the year with the balances after each operation, and writes one split over two headings', async () => {
    const posted: Record<string, unknown>[] = [];
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get('*/api/cooperatives/1/ledger', () => HttpResponse.json(book)),
      http.get('*/api/cooperatives/1/ledger/headings', () => HttpResponse.json(headings)),
      http.get('*/api/cooperatives/1/ledger-entries/next-numbers', () => HttpResponse.json({ voucherNumber: 2, chequeNumber: '0045002' })),
      http.post('*/api/cooperatives/1/ledger-entries', async ({ request }) => {
        posted.push((await request.json()) as Record<string, unknown>);
        return HttpResponse.json({ ...entry, id: 32 }, { status: 201 });
      }),
    );
    const { user } = renderApp('/coop/1/cahier', { loggedIn: true });

    const table = await screen.findByRole('table', { name: /^Cahier de compta\. 2026.-.2027$/ });
    const row = within(table).getAllByRole('row')[1];
    expect(row).toHaveTextContent('Participation sortie au musée');
    expect(row).toHaveTextContent(/120,00\s€/);
    expect(row).toHaveTextContent(/165,50\s€/);
    expect(screen.getByText(/Report à nouveau au 01\/09\/2026 \(saisi\)/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Totaux par rubrique' })).toHaveTextContent('7068');

    // the year as CSV
    URL.createObjectURL = vi.fn(() => 'blob:http://localhost:3000/cahier');
    URL.revokeObjectURL = vi.fn();
    const exported: URL[] = [];
    server.use(
      http.get('*/api/cooperatives/1/ledger/export.csv', ({ request }) => {
        exported.push(new URL(request.url));
        return new HttpResponse('piece;date\r\n', { headers: { 'Content-Type': 'text/csv; charset=UTF-8' } });
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Exporter (CSV)' }));
    await waitFor(() => expect(exported).toHaveLength(1));
    expect(exported[0].searchParams.get('year')).toBe('2026-2027');
    // and as a FEC, for the accountant
    server.use(
      http.get('*/api/cooperatives/1/ledger/export.fec', ({ request }) => {
        exported.push(new URL(request.url));
        return new HttpResponse('JournalCode\tJournalLib\r\n', { headers: { 'Content-Type': 'text/plain;charset=ISO-8859-15' } });
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Exporter (FEC)' }));
    await waitFor(() => expect(exported).toHaveLength(2));
    expect(exported[1].pathname).toBe('/api/cooperatives/1/ledger/export.fec');
    expect(exported[1].searchParams.get('year')).toBe('2026-2027');
    // and printed
    server.use(
      http.get('*/api/cooperatives/1/ledger/export.pdf', ({ request }) => {
        exported.push(new URL(request.url));
        return new HttpResponse('%PDF-1.7', { headers: { 'Content-Type': 'application/pdf' } });
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Imprimer (PDF)' }));
    await waitFor(() => expect(exported).toHaveLength(3));
    expect(exported[2].pathname).toBe('/api/cooperatives/1/ledger/export.pdf');
    expect(exported[2].searchParams.get('year')).toBe('2026-2027');

    // the filters narrow the lines, each keeping the balances after it
    const search = screen.getByRole('search', { name: 'Filtrer le cahier' });
    await user.type(within(search).getByRole('textbox', { name: 'Rechercher' }), 'musee');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    await user.type(within(search).getByRole('textbox', { name: 'Rechercher' }), ' xyz');
    expect(await screen.findByText('Aucune opération ne correspond à ces filtres.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /1 opération — 0 affichée/ })).toBeInTheDocument();
    await user.click(within(search).getByRole('button', { name: 'Effacer' }));

    await user.click(screen.getByRole('button', { name: 'Écrire une opération' }));
    const form = await screen.findByRole('form', { name: 'Écrire une opération' });
    await user.type(within(form).getByRole('textbox', { name: 'Libellé' }), 'Librairie : albums et cahiers');
    await user.type(within(form).getByRole('textbox', { name: /Montant/ }), '86,40');
    await waitFor(() => expect(within(form).getByRole('textbox', { name: /N° du chèque/ })).toHaveValue('0045002'));
    expect(within(form).getByRole('textbox', { name: /N° de pièce/ })).toHaveValue('2');
    await user.selectOptions(within(form).getByLabelText('Rubrique 1'), '6181');
    await user.click(within(form).getByRole('button', { name: 'Ventiler sur une autre rubrique' }));
    await user.selectOptions(within(form).getByLabelText('Rubrique 2'), '6068');
    await user.clear(within(form).getByLabelText('Montant de la rubrique 1'));
    await user.type(within(form).getByLabelText('Montant de la rubrique 1'), '50');
    // the parts must make the whole before anything is sent
    await user.click(within(form).getByRole('button', { name: "Écrire l'opération" }));
    expect(await within(form).findByText(/Les rubriques font 50,00\s€ : il faut 86,40\s€/)).toBeInTheDocument();
    expect(posted).toHaveLength(0);
    await user.type(within(form).getByLabelText('Montant de la rubrique 2'), '36,40');
    expect(within(form).getByText('La ventilation fait le total.')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: "Écrire l'opération" }));

    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toMatchObject({
      kind: 'CHARGE',
      label: 'Librairie : albums et cahiers',
      amount: 86.4,
      means: 'CHEQUE',
      chequeNumber: '0045002',
      voucherNumber: 2,
      parts: [
        { heading: '6181', amount: 50 },
        { heading: '6068', amount: 36.4 },
      ],
    });
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Écrire une opération' })).not.toBeInTheDocument());
  });

  it('asks a first year for its opening balances', async () => {
    const put: Record<string, unknown>[] = [];
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get('*/api/cooperatives/1/ledger', () =>
        HttpResponse.json({ ...book, openingSource: 'NONE', openingVersion: null, opening: { bank: 0, cash: 0 }, lines: [], totals: [] }),
      ),
      http.put('*/api/cooperatives/1/ledger/openings/2026-2027', async ({ request }) => {
        put.push((await request.json()) as Record<string, unknown>);
        return HttpResponse.json(book);
      }),
    );
    const { user } = renderApp('/coop/1/cahier', { loggedIn: true });
    const form = await screen.findByRole('form', { name: 'Soldes au 1er septembre' });
    expect(screen.getByText(/Le cahier 2026.-.2027 est vide/)).toBeInTheDocument();
    await user.type(within(form).getByRole('textbox', { name: 'Banque au 1er septembre' }), '1200');
    await user.type(within(form).getByRole('textbox', { name: 'Caisse au 1er septembre' }), '45,50');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer les soldes' }));
    await waitFor(() => expect(put).toEqual([{ bank: 1200, cash: 45.5 }]));
  });

  it('ticks a bank line at the statement’s date and shows the reconciliation table with its gap', async () => {
    const cheque = {
      ...entry,
      id: 33,
      label: 'Librairie',
      kind: 'CHARGE',
      treasury: 'BANK',
      amountIn: 0,
      amountOut: 86.4,
      paymentMeans: 'CHEQUE',
      chequeNumber: '0045001',
      voucherNumber: 2,
      parts: [{ heading: '6181', label: 'Documentation, livres, abonnements', amount: 86.4 }],
    };
    const cleared: Record<string, unknown>[] = [];
    const asked: URL[] = [];
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get('*/api/cooperatives/1/ledger', () =>
        HttpResponse.json({ ...book, lines: [...book.lines, { entry: cheque, bankBalance: 1113.6, cashBalance: 165.5 }] }),
      ),
      http.get('*/api/cooperatives/1/ledger/reconciliation', ({ request }) => {
        const url = new URL(request.url);
        asked.push(url);
        return HttpResponse.json({
          date: url.searchParams.get('date'),
          bookBalance: 1113.6,
          notDebited: 86.4,
          notCredited: 0,
          expectedStatementBalance: 1200,
          statementBalance: url.searchParams.has('statementBalance') ? Number(url.searchParams.get('statementBalance')) : undefined,
          gap: url.searchParams.has('statementBalance') ? Number(url.searchParams.get('statementBalance')) - 1200 : undefined,
          notDebitedEntries: [cheque],
          notCreditedEntries: [],
        });
      }),
      http.put('*/api/ledger-entries/33/clearing', async ({ request }) => {
        cleared.push({ ifMatch: request.headers.get('If-Match'), ...((await request.json()) as Record<string, unknown>) });
        return HttpResponse.json({ ...cheque, clearedOn: '2026-10-31', version: 1 });
      }),
    );
    const { user } = renderApp('/coop/1/cahier', { loggedIn: true });
    const panel = await screen.findByRole('region', { name: 'Rapprochement bancaire' });
    // the cash line has nothing to tick; the cheque has
    expect(screen.queryByRole('checkbox', { name: "Pointer l'opération n° 1" })).not.toBeInTheDocument();
    await user.type(within(panel).getByRole('textbox', { name: 'Date du relevé' }), '31/10/2026');
    await user.type(within(panel).getByRole('textbox', { name: 'Solde du relevé' }), '1190');
    const table = await within(panel).findByRole('table', { name: 'Tableau de rapprochement' });
    await waitFor(() => expect(asked[asked.length - 1].searchParams.get('statementBalance')).toBe('1190'));
    expect(table).toHaveTextContent(/chèques et paiements non débités \(1\).*Librairie \(chèque n° 0045001\)/);
    expect(await within(panel).findByText(/Écart de\s.?10,00\s€/)).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: "Pointer l'opération n° 2" }));
    await waitFor(() => expect(cleared).toEqual([{ ifMatch: '"0"', clearedOn: '2026-10-31' }]));
  });

  it('shows the vouchers of an entry, and attaches the photo taken in the form once the entry is written', async () => {
    const calls: string[] = [];
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get('*/api/cooperatives/1/ledger', () => HttpResponse.json(book)),
      http.get('*/api/cooperatives/1/ledger/headings', () => HttpResponse.json(headings)),
      http.get('*/api/cooperatives/1/ledger-entries/next-numbers', () => HttpResponse.json({ voucherNumber: 2, chequeNumber: '0045002' })),
      http.get('*/api/cooperatives/1/vouchers', () =>
        HttpResponse.json([
          {
            entryId: 31,
            documents: [{ id: 90, kind: 'VOUCHER', name: 'ticket.jpg', contentType: 'image/jpeg', size: 1200, current: true, contentPath: '/api/documents/90/content' }],
          },
        ]),
      ),
      http.post('*/api/cooperatives/1/ledger-entries', () => {
        calls.push('entry');
        return HttpResponse.json({ ...entry, id: 32, voucherNumber: 2 }, { status: 201 });
      }),
      // the multipart body is not read: a jsdom File's body hangs under MSW
      http.post('*/api/ledger-entries/32/vouchers', () => {
        calls.push('voucher');
        return HttpResponse.json({ id: 91, kind: 'VOUCHER', name: 'ticket.jpg' }, { status: 201 });
      }),
    );
    const { user } = renderApp('/coop/1/cahier', { loggedIn: true });
    expect(await screen.findByRole('button', { name: /Voir la pièce justificative 1 de l'opération n° 1 \(ticket\.jpg\)/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Écrire une opération' }));
    const form = await screen.findByRole('form', { name: 'Écrire une opération' });
    await user.type(within(form).getByRole('textbox', { name: 'Libellé' }), 'Librairie');
    await user.type(within(form).getByRole('textbox', { name: /Montant/ }), '12');
    await user.selectOptions(within(form).getByLabelText('Rubrique 1'), '6181');
    const input = form.querySelector('input[type="file"]') as HTMLInputElement;
    expect(input).toHaveAttribute('capture', 'environment');
    await user.upload(input, new File(['jpeg'], 'ticket.jpg', { type: 'image/jpeg' }));
    await user.click(within(form).getByRole('button', { name: "Écrire l'opération" }));
    await waitFor(() => expect(calls).toEqual(['entry', 'voucher']));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Écrire une opération' })).not.toBeInTheDocument());
  });

  it("shows a big year's first page at once, then the whole year with its filters", async () => {
    let release: () => void = () => {};
    const whole = new Promise<void>((resolve) => {
      release = resolve;
    });
    const line = (i: number) => ({ entry: { ...entry, id: 100 + i, voucherNumber: i, label: `Vente ${i}` }, bankBalance: 1200, cashBalance: 45.5 + i });
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get('*/api/cooperatives/1/ledger/headings', () => HttpResponse.json(headings)),
      http.get('*/api/cooperatives/1/ledger', async ({ request }) => {
        const url = new URL(request.url);
        if (url.searchParams.get('page') === '0') {
          expect(url.searchParams.get('size')).toBe('100');
          return HttpResponse.json({ ...book, lines: Array.from({ length: 100 }, (_, i) => line(i + 1)), totalLines: 250, page: 0, size: 100 });
        }
        await whole;
        return HttpResponse.json({ ...book, lines: Array.from({ length: 250 }, (_, i) => line(i + 1)), totalLines: 250 });
      }),
    );
    const { user } = renderApp('/coop/1/cahier', { loggedIn: true });
    expect(await screen.findByText('Les 100 premières opérations sur 250 : la suite se charge…')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '250 opérations' })).toBeInTheDocument();
    expect(screen.queryByRole('search', { name: 'Filtrer le cahier' })).not.toBeInTheDocument();
    release();
    expect(await screen.findByRole('search', { name: 'Filtrer le cahier' })).toBeInTheDocument();
    expect(screen.queryByText(/la suite se charge/)).not.toBeInTheDocument();
    // drawn 200 at a time
    const table = screen.getByRole('table', { name: /^Cahier de compta\./ });
    expect(within(table).getAllByRole('row')).toHaveLength(201);
    await user.click(screen.getByRole('button', { name: 'Afficher 50 opérations de plus (50 non affichées)' }));
    expect(within(table).getAllByRole('row')).toHaveLength(251);
    expect(screen.queryByRole('button', { name: /opérations de plus/ })).not.toBeInTheDocument();
    // a filter starts again from the top
    await user.type(within(screen.getByRole('search', { name: 'Filtrer le cahier' })).getByRole('textbox', { name: 'Rechercher' }), 'Vente 2');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 1 + 10 + 50 + 1);
  });
});
