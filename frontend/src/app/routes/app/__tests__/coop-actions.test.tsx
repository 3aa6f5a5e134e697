import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { cooperative } from '@/testing/data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const view = {
  schoolYear: '2026-2027',
  actions: [{ id: 4, name: 'Classe de neige', income: 400, charges: 650, result: -250, entries: 2, version: 0 }],
  withoutAction: { name: 'Sans action', income: 30, charges: 0, result: 30, entries: 1 },
  income: 430,
  charges: 650,
  result: -220,
};

describe('Actions péda.', () => {
  it("shows each action's result and the year's total, and adds an action", async () => {
    const posted: unknown[] = [];
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get('*/api/cooperatives/1/ledger/actions', () => HttpResponse.json(view)),
      http.post('*/api/cooperatives/1/ledger/actions', async ({ request }) => {
        posted.push(await request.json());
        return HttpResponse.json({ id: 5, name: 'Jardin', income: 0, charges: 0, result: 0, entries: 0, version: 0 }, { status: 201 });
      }),
    );
    const { user } = renderApp('/coop/1/actions', { loggedIn: true });
    const table = await screen.findByRole('table', { name: /^Actions pédagogiques 2026.-.2027$/ });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/Classe de neige.*2.*400,00\s€.*650,00\s€.*−\s250,00\s€/);
    expect(rows[2]).toHaveTextContent(/Sans action.*1.*30,00\s€/);
    expect(rows[3]).toHaveTextContent(/Total de l'année.*430,00\s€.*650,00\s€.*−\s220,00\s€/);

    const form = screen.getByRole('form', { name: 'Nouvelle action' });
    await user.type(within(form).getByRole('textbox', { name: 'Nouvelle action' }), 'Jardin');
    await user.click(within(form).getByRole('button', { name: "Ajouter l'action" }));
    await waitFor(() => expect(posted).toEqual([{ name: 'Jardin', schoolYear: '2026-2027' }]));
  });
});
