import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { cooperative, staff } from '@/testing/data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const income = (id: number, voucherNumber: number, date: string, label: string, amountIn: number) => ({
  entry: { id, schoolYear: '2026-2027', date, label, kind: 'INCOME', treasury: 'BANK', amountIn, amountOut: 0, paymentMeans: 'TRANSFER', voucherNumber, parts: [], version: 0 },
  bankBalance: 0,
  cashBalance: 0,
});

const book = {
  schoolYear: '2026-2027',
  opening: { bank: 0, cash: 0 },
  openingSource: 'TYPED',
  openingVersion: 0,
  lines: [income(7, 3, '2026-11-20', 'VIR MAIRIE DE VIENNE SUBVENTION', 300), income(8, 4, '2026-11-25', 'Vente de gâteaux', 80)],
  totals: [],
  income: 380,
  charges: 0,
  closing: { bank: 380, cash: 0 },
};

const granted = {
  id: 1,
  schoolYear: '2026-2027',
  funderType: 'DEPARTMENT',
  funderName: 'Conseil départemental',
  purpose: 'Projet lecture',
  amountGranted: 200,
  decidedOn: '2026-10-01',
  receipts: [],
  received: 0,
  expected: 200,
  version: 0,
};

describe('Les subventions', () => {
  it('shows what was granted, received and expected, and records a subsidy with the income that paid it', async () => {
    const posted: unknown[] = [];
    const asked: (string | null)[] = [];
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      // the subsidy's year, and the next one (a grant is often paid after the summer)
      http.get('*/api/cooperatives/1/ledger', ({ request }) => {
        const year = new URL(request.url).searchParams.get('year');
        asked.push(year);
        return HttpResponse.json(year === '2026-2027' ? book : { ...book, schoolYear: year, lines: [] });
      }),
      http.get('*/api/cooperatives/1/subsidies', () =>
        HttpResponse.json({ schoolYear: '2026-2027', subsidies: [granted], granted: 200, received: 0, expected: 200 }),
      ),
      http.post('*/api/cooperatives/1/subsidies', async ({ request }) => {
        posted.push(await request.json());
        return HttpResponse.json({ ...granted, id: 2 }, { status: 201 });
      }),
    );
    const { user } = renderApp('/coop/1/subventions', { loggedIn: true });

    const table = await screen.findByRole('table', { name: /^Subventions 2026.-.2027$/ });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/Conseil départemental.*Projet lecture.*01\/10\/2026/);
    expect(screen.getByText('Reste attendu', { selector: 'dt' }).nextSibling).toHaveTextContent(/200,00\s€/);

    await user.click(screen.getByRole('button', { name: 'Ajouter une subvention' }));
    const form = await screen.findByRole('form', { name: 'Nouvelle subvention' });
    await user.type(within(form).getByRole('textbox', { name: /Nom du financeur/ }), 'Mairie de Vienne');
    await user.type(within(form).getByRole('textbox', { name: /Objet/ }), 'Classe découverte');
    await user.type(within(form).getByRole('textbox', { name: /Montant accordé/ }), '600');
    await user.clear(within(form).getByRole('textbox', { name: /Date de la décision/ }));
    await user.type(within(form).getByRole('textbox', { name: /Date de la décision/ }), '02/10/2026');
    await user.click(within(form).getByRole('checkbox', { name: /n° 3 du 20\/11\/2026 : VIR MAIRIE DE VIENNE SUBVENTION/ }));
    expect(within(form).getByText(/Reçu : 300,00\s€ · reste attendu : 300,00\s€/)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Enregistrer la subvention' }));
    await waitFor(() =>
      expect(posted).toEqual([
        { funderType: 'COMMUNE', funderName: 'Mairie de Vienne', purpose: 'Classe découverte', amountGranted: 600, decidedOn: '2026-10-02', entryIds: [7] },
      ]),
    );
    expect(asked).toContain('2027-2028');
  });

  it('lets staff read without the buttons that write', async () => {
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff())),
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get('*/api/cooperatives/1/subsidies', () =>
        HttpResponse.json({ schoolYear: '2026-2027', subsidies: [granted], granted: 200, received: 0, expected: 200 }),
      ),
    );
    renderApp('/coop/1/subventions', { loggedIn: true });
    expect(await screen.findByRole('table', { name: /Subventions/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ajouter une subvention' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Supprimer la subvention/ })).not.toBeInTheDocument();
  });
});
