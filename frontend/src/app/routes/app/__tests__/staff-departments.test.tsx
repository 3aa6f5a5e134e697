import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { staff } from '@/testing/data';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const admin = () => staff({ role: 'admin', login: 'admin', displayName: 'Fédération nationale OCCE', department: undefined });

function serveAdmin() {
  server.use(
    http.get('*/api/me', () => HttpResponse.json(admin())),
    http.get('*/api/departments', () =>
      HttpResponse.json({ items: [{ id: 4, code: '999', name: 'OCCE Démonstration', city: 'SUPER VILLE', version: 2 }], page: 0, size: 50, totalItems: 1, totalPages: 1 }),
    ),
  );
}

describe('Départements: stockage des documents', () => {
  it('sweeps the files without a document with the age chosen, and says what it removed', async () => {
    const asked: (string | null)[] = [];
    serveAdmin();
    server.use(
      http.post('*/api/storage/orphan-sweeps', ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('olderThanMinutes'));
        return HttpResponse.json({ storedBefore: '2026-12-07T10:00:00Z', examined: 1250, removed: 3, removedKeys: ['a', 'b', 'c'] });
      }),
    );
    const { user } = renderApp('/gestion/departements', { loggedIn: true });
    const panel = await screen.findByRole('region', { name: 'Stockage des documents' });

    const age = within(panel).getByLabelText('Âge minimal des fichiers (minutes)');
    await user.clear(age);
    await user.type(age, '120');
    await user.click(within(panel).getByRole('button', { name: 'Nettoyer le stockage' }));

    const outcome = await within(panel).findByRole('status');
    expect(asked).toEqual(['120']);
    expect(outcome).toHaveTextContent('1250 fichiers enregistrés avant le');
    expect(outcome).toHaveTextContent('3 fichiers sans document supprimés (inscrit au journal).');
  });

  it("gives the server's sentence when the storage does not answer, and refuses an age out of range", async () => {
    serveAdmin();
    server.use(
      http.post('*/api/storage/orphan-sweeps', () =>
        problem(503, 'storage-unavailable', 'Le stockage des documents ne répond pas. Réessayez dans quelques minutes.'),
      ),
    );
    const { user } = renderApp('/gestion/departements', { loggedIn: true });
    const panel = await screen.findByRole('region', { name: 'Stockage des documents' });

    await user.click(within(panel).getByRole('button', { name: 'Nettoyer le stockage' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent('Le stockage des documents ne répond pas.');

    const age = within(panel).getByLabelText('Âge minimal des fichiers (minutes)');
    await user.clear(age);
    await user.type(age, '20000');
    expect(within(panel).getByRole('button', { name: 'Nettoyer le stockage' })).toBeDisabled();
  });
});
