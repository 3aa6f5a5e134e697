import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { cooperative } from '@/testing/data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const classes = {
  schoolYear: '2026-2027',
  hasClassLines: true,
  classes: [
    { classLineId: 40, className: 'CM1-CM2', teachers: 'JEAN DUPONT', pupils: 24, income: 120.5, charges: 45.2, balance: 75.3, entries: 2 },
    { classLineId: 41, className: 'CE2', teachers: 'JEANNE LECLAIR', pupils: 18, income: 0, charges: 30, balance: -30, entries: 1 },
  ],
  withoutClass: { className: 'Sans classe', income: 500, charges: 0, balance: 500, entries: 1 },
  income: 620.5,
  charges: 75.2,
  balance: 545.3,
};

const entry = (id: number, date: string, label: string, kind: 'INCOME' | 'CHARGE', amount: number) => ({
  id,
  date,
  label,
  kind,
  voucherNumber: id,
  amountIn: kind === 'INCOME' ? amount : 0,
  amountOut: kind === 'CHARGE' ? amount : 0,
  parts: [{ heading: kind === 'INCOME' ? '7068' : '6068', label: 'Rubrique', amount }],
  classLineId: 40,
  version: 0,
});

describe('Cahiers de classe', () => {
  it("shows each class's balance, the year's total, and a class's own ledger with its running balance", async () => {
    const asked: string[] = [];
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get('*/api/cooperatives/1/ledger/classes', () => HttpResponse.json(classes)),
      http.get('*/api/cooperatives/1/ledger/classes/:line', ({ params }) => {
        asked.push(String(params.line));
        return HttpResponse.json({
          schoolYear: '2026-2027',
          summary: classes.classes[0],
          lines: [
            { entry: entry(3, '2026-10-02', 'Photos de classe', 'INCOME', 120.5), balance: 120.5 },
            { entry: entry(5, '2026-10-05', 'Peinture', 'CHARGE', 45.2), balance: 75.3 },
          ],
        });
      }),
    );
    const { user } = renderApp('/coop/1/classes', { loggedIn: true });
    const table = await screen.findByRole('table', { name: /^Cahiers de classe 2026.-.2027$/ });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/CM1-CM2.*JEAN DUPONT.*2.*120,50\s€.*45,20\s€.*\+\s75,30\s€/);
    expect(rows[2]).toHaveTextContent(/CE2.*−\s30,00\s€/);
    expect(rows[3]).toHaveTextContent(/Sans classe.*500,00\s€/);
    expect(rows[4]).toHaveTextContent(/Total de la coopérative.*620,50\s€.*75,20\s€.*\+\s545,30\s€/);

    await user.click(screen.getByRole('button', { name: 'Cahier de la classe CM1-CM2' }));
    const own = await screen.findByRole('table', { name: 'Cahier de la classe CM1-CM2' });
    const lines = within(own).getAllByRole('row');
    expect(lines[1]).toHaveTextContent(/3.*02\/10\/2026.*Photos de classe.*120,50\s€.*\+\s120,50\s€/);
    expect(lines[2]).toHaveTextContent(/5.*05\/10\/2026.*Peinture.*45,20\s€.*\+\s75,30\s€/);
    expect(asked).toEqual(['40']);
  });

  it('says where the classes come from when the adhesion has none', async () => {
    server.use(http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())));
    renderApp('/coop/1/classes', { loggedIn: true });
    expect(await screen.findByText(/Aucune classe sur l'adhésion 2026.-.2027/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "ouvrir l'adhésion" })).toHaveAttribute('href', '/coop/1/adhesion');
  });
});
