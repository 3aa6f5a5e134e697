import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { cooperative, staff } from '@/testing/data';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

describe('route guards', () => {
  it('sends a visitor without a session to the login screen', async () => {
    const { router } = renderApp('/coop/1');
    expect(await screen.findByRole('heading', { name: 'Connexion' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?redirectTo=%2Fcoop%2F1');
  });

  it('sends an initial password to the change-password screen', async () => {
    server.use(http.get('*/api/me', () => HttpResponse.json(staff({ mustChangePassword: true }))));
    renderApp('/gestion/cooperatives', { loggedIn: true });
    expect(await screen.findByRole('heading', { name: 'Choisissez votre mot de passe' })).toBeInTheDocument();
  });

  it('shows "Accès refusé" when the server refuses a cooperative', async () => {
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff())),
      http.get('*/api/cooperatives/3', () =>
        problem(403, 'forbidden', "Cette coopérative n'est pas la vôtre : vous n'y avez pas accès."),
      ),
    );
    renderApp('/coop/3', { loggedIn: true });
    expect(await screen.findByRole('heading', { name: 'Accès refusé' })).toBeInTheDocument();
    expect(screen.getByText("Cette coopérative n'est pas la vôtre : vous n'y avez pas accès.")).toBeInTheDocument();
  });

  it('ends the session on a 401 and returns to the login screen', async () => {
    server.use(
      http.get('*/api/cooperatives/1', () => problem(401, 'unauthenticated', 'Votre session a expiré.')),
    );
    const { router } = renderApp('/coop/1', { loggedIn: true });
    expect(await screen.findByRole('heading', { name: 'Connexion' })).toBeInTheDocument();
    expect(window.sessionStorage.getItem('coop.token')).toBeNull();
    expect(router.state.location.search).toBe('?redirectTo=%2Fcoop%2F1');
  });

  it('shows "Page introuvable" for an unknown address', async () => {
    renderApp('/nulle-part');
    expect(await screen.findByRole('heading', { name: 'Page introuvable' })).toBeInTheDocument();
  });

  it('lists the cooperatives of the staff member, searched by the server', async () => {
    const queries: string[] = [];
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff())),
      http.get('*/api/cooperatives', ({ request }) => {
        const q = new URL(request.url).searchParams.get('q') ?? '';
        queries.push(q);
        const items = q === 'zzz' ? [] : [cooperative()];
        return HttpResponse.json({ items, page: 0, size: 20, totalItems: items.length, totalPages: items.length });
      }),
    );
    const { user } = renderApp('/gestion/cooperatives', { loggedIn: true });

    const table = await screen.findByRole('table', { name: 'Coopératives trouvées' });
    expect(within(table).getByRole('link', { name: '046-0410' })).toHaveAttribute('href', '/coop/1');
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher (numéro, école, commune, UAI)' }), 'zzz');
    expect(await screen.findByText('Aucune coopérative ne correspond à votre recherche.')).toBeInTheDocument();
    expect(queries).toContain('zzz');
    expect(screen.queryByRole('combobox', { name: 'Département' })).not.toBeInTheDocument();
  });
});
