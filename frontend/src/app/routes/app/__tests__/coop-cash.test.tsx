import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { cooperative, staff } from '@/testing/data';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const values = [500, 200, 100, 50, 20, 10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01];
const quantities = (given: Record<number, number>) => values.map((value) => ({ value, quantity: given[value] ?? 0 }));

const count = (id: number, countedOn: string, given: Record<number, number>, total: number, bookBalance: number) => ({
  id,
  countedOn,
  schoolYear: '2026-2027',
  quantities: quantities(given),
  total,
  bookBalance,
  difference: Math.round((total - bookBalance) * 100) / 100,
  countedBy: 'Claire MANDATAIRE',
  updatedAt: `${countedOn}T10:00:00Z`,
  version: 0,
});

describe("L'arrêté de caisse", () => {
  it('counts notes and coins, shows the total as it is typed, and says Bravo when the box holds what the books say', async () => {
    const posted: Record<string, unknown>[] = [];
    let counts = [count(1, '2026-10-02', { 20: 1 }, 20, 25.5)];
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get('*/api/cooperatives/1/cash-counts', ({ request }) => {
        expect(new URL(request.url).searchParams.get('year')).toBe('2026-2027');
        return HttpResponse.json({ schoolYear: '2026-2027', values, currentBookBalance: 45.5, balanceDate: '2026-11-23', counts });
      }),
      http.post('*/api/cooperatives/1/cash-counts', async ({ request }) => {
        const sent = (await request.json()) as Record<string, unknown>;
        posted.push(sent);
        const saved = count(2, sent.countedOn as string, { 20: 2, 5: 1, 0.5: 1 }, 45.5, 45.5);
        counts = [saved, ...counts];
        return HttpResponse.json(saved, { status: 201 });
      }),
    );
    const { user } = renderApp('/coop/1/caisse', { loggedIn: true });

    // the last count did not match: the difference is said, and where to look
    expect(await screen.findByText(/il manque 5,50\s€ dans la caisse/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /^Arrêtés de caisse 2026.-.2027$/ });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/Différence\s?−5,50\s€/);

    expect(screen.getByText('Caisse au cahier le 23/11/2026')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Compter la caisse' }));
    const form = await screen.findByRole('form', { name: 'Nouvel arrêté de caisse' });
    await user.type(within(form).getByRole('textbox', { name: 'Billets de 20 €' }), '2');
    await user.type(within(form).getByRole('textbox', { name: 'Billets de 5 €' }), '1');
    await user.type(within(form).getByRole('textbox', { name: /Pièces de 0,50\s€/ }), '1');
    expect(within(form).getByTestId('cash-total')).toHaveTextContent(/Total compté : 45,50\s€/);
    await user.click(within(form).getByRole('button', { name: "Enregistrer l'arrêté de caisse" }));

    await waitFor(() => expect(posted).toHaveLength(1));
    // the day proposed is the server's today, not the device's
    expect(posted[0].countedOn).toBe('2026-11-23');
    const sent = posted[0].quantities as { value: number; quantity: number }[];
    // every value is sent, those not typed as 0
    expect(sent).toHaveLength(15);
    expect(sent.filter((q) => q.quantity > 0)).toEqual([
      { value: 20, quantity: 2 },
      { value: 5, quantity: 1 },
      { value: 0.5, quantity: 1 },
    ]);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Bravo !La caisse compte 45,50\s€ le 23\/11\/2026, comme le cahier\.$/));
    await waitFor(() => expect(within(screen.getByRole('table', { name: /Arrêtés de caisse/ })).getAllByRole('row')).toHaveLength(3));
  });

  it('shows the date the server refuses next to its field', async () => {
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get('*/api/cooperatives/1/cash-counts', () => HttpResponse.json({ schoolYear: '2026-2027', values, currentBookBalance: 0, balanceDate: '2026-11-23', counts: [] })),
      http.post('*/api/cooperatives/1/cash-counts', () =>
        problem(400, 'invalid-field', 'Un arrêté de caisse du 02/10/2026 existe déjà.', [
          { field: 'countedOn', message: "Un arrêté de caisse du 02/10/2026 existe déjà : modifiez-le plutôt que d'en faire un second." },
        ]),
      ),
    );
    const { user } = renderApp('/coop/1/caisse', { loggedIn: true });
    expect(await screen.findByText(/Aucun arrêté de caisse en 2026.-.2027/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Compter la caisse' }));
    const form = await screen.findByRole('form', { name: 'Nouvel arrêté de caisse' });
    await user.type(within(form).getByRole('textbox', { name: 'Billets de 10 €' }), '1');
    await user.click(within(form).getByRole('button', { name: "Enregistrer l'arrêté de caisse" }));
    expect(await within(form).findByText(/existe déjà : modifiez-le/)).toBeInTheDocument();
  });

  it('lets staff read the counts, without the buttons that write', async () => {
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff())),
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get('*/api/cooperatives/1/cash-counts', () =>
        HttpResponse.json({ schoolYear: '2026-2027', values, currentBookBalance: 20, balanceDate: '2026-11-23', counts: [count(1, '2026-10-02', { 20: 1 }, 20, 20)] }),
      ),
    );
    renderApp('/coop/1/caisse', { loggedIn: true });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Bravo !La caisse compte 20,00\s€ le 02\/10\/2026, comme le cahier\.$/));
    expect(screen.queryByRole('button', { name: 'Compter la caisse' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Supprimer l'arrêté/ })).not.toBeInTheDocument();
  });
});
