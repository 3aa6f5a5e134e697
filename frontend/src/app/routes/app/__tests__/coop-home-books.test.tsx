import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { cooperative } from '@/testing/data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const summary = (totalLines: number, bank: number) => ({
  schoolYear: '2026-2027',
  opening: { bank: 0, cash: 0 },
  openingSource: 'TYPED',
  lines: [],
  totals: [],
  income: 0,
  charges: 0,
  closing: { bank, cash: 65.5 },
  totalLines,
  page: 0,
  size: 1,
});
const counts = (difference: number) => ({
  schoolYear: '2026-2027',
  values: [],
  currentBookBalance: 65.5,
  balanceDate: '2026-11-23',
  counts: [{ id: 3, countedOn: '2026-11-23', schoolYear: '2026-2027', quantities: [], total: 65.5 + difference, bookBalance: 65.5, difference, version: 0 }],
});

describe('Sommaire: the books', () => {
  it("says the year's entries with the bank balance, and the last cash count", async () => {
    const asked: string[] = [];
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get('*/api/cooperatives/1/ledger', ({ request }) => {
        asked.push(new URL(request.url).search);
        return HttpResponse.json(summary(12, 1210.1));
      }),
      http.get('*/api/cooperatives/1/cash-counts', () => HttpResponse.json(counts(0))),
    );
    renderApp('/coop/1', { loggedIn: true });
    const books = await screen.findByText('12 opérations, en banque');
    expect(books.parentElement).toHaveTextContent(/1\s210,10\s€/);
    expect(await screen.findByText('Arrêté du 23/11/2026 : Bravo !')).toBeInTheDocument();
    // one line is enough to know the count and the balances
    expect(asked).toEqual(['?year=2026-2027&page=0&size=1']);
  });

  it('says the difference of the last count, and when nothing is written yet', async () => {
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get('*/api/cooperatives/1/ledger', () => HttpResponse.json(summary(0, 0))),
      http.get('*/api/cooperatives/1/cash-counts', () => HttpResponse.json(counts(-0.5))),
    );
    renderApp('/coop/1', { loggedIn: true });
    expect(await screen.findByText(/^Aucune opération en 2026.-.2027$/)).toBeInTheDocument();
    expect(await screen.findByText(/^Arrêté du 23\/11\/2026 : écart de 0,50\s€$/)).toBeInTheDocument();
  });
});
