import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { cooperative } from '@/testing/data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const charge = {
  entry: {
    id: 21,
    schoolYear: '2026-2027',
    date: '2026-10-12',
    label: 'Vidéoprojecteur',
    kind: 'CHARGE',
    treasury: 'BANK',
    amountIn: 0,
    amountOut: 450,
    paymentMeans: 'CARD',
    voucherNumber: 5,
    parts: [{ heading: '6063', label: 'Petit équipement', amount: 450 }],
    version: 0,
  },
  bankBalance: 0,
  cashBalance: 0,
};

describe("Cahier d'inventaire", () => {
  it('adds a purchase of the year, its value taken from the charge that paid it', async () => {
    const posted: unknown[] = [];
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get('*/api/cooperatives/1/ledger', () =>
        HttpResponse.json({ schoolYear: '2026-2027', opening: { bank: 0, cash: 0 }, openingSource: 'TYPED', lines: [charge], totals: [], income: 0, charges: 450, closing: { bank: -450, cash: 0 } }),
      ),
      http.get('*/api/cooperatives/1/inventory', () =>
        HttpResponse.json({
          items: [{ id: 1, acquiredOn: '2024-03-01', label: 'Tablettes (×4)', value: 800, disposedOn: null, version: 0 }],
          heldValue: 800,
        }),
      ),
      http.post('*/api/cooperatives/1/inventory', async ({ request }) => {
        posted.push(await request.json());
        return HttpResponse.json({ id: 2, acquiredOn: '2026-10-12', label: 'Vidéoprojecteur', value: 450, entryId: 21, entryVoucherNumber: 5, version: 0 }, { status: 201 });
      }),
    );
    const { user } = renderApp('/coop/1/inventaire', { loggedIn: true });
    expect(await screen.findByRole('table', { name: "Cahier d'inventaire" })).toHaveTextContent(/Tablettes \(×4\).*800,00\s€/);
    expect(screen.getByTestId('inventory-value')).toHaveTextContent(/800,00\s€/);

    await user.click(screen.getByRole('button', { name: 'Ajouter un bien' }));
    const form = await screen.findByRole('form', { name: "Ajouter un bien à l'inventaire" });
    await user.clear(within(form).getByRole('textbox', { name: /Date d'achat/ }));
    await user.type(within(form).getByRole('textbox', { name: /Date d'achat/ }), '12/10/2026');
    await user.selectOptions(within(form).getByRole('combobox', { name: "Dépense du cahier qui l'a payé" }), '21');
    expect(within(form).getByRole('textbox', { name: /^Bien/ })).toHaveValue('Vidéoprojecteur');
    await user.click(within(form).getByRole('button', { name: "Ajouter à l'inventaire" }));
    await waitFor(() => expect(posted).toEqual([{ acquiredOn: '2026-10-12', label: 'Vidéoprojecteur', value: 450, entryId: 21 }]));
  });
});
