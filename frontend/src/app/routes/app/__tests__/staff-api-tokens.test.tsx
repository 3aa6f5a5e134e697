import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { components } from '@/api/generated/schema';
import { staff } from '@/testing/data';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

type ApiToken = components['schemas']['ApiToken'];

const TOKENS_URL = '*/api/departments/038/api-tokens';
const SECRET = 'coop_Xk3vQ9m2b7Zt0aLr5Yp8sWn1cEh4uJf6dGi3oKq7xMe';
const staff038 = () => staff({ login: 'staff038', department: { id: 1, code: '038', name: "OCCE de l'Isère" } });

function apiToken(overrides: Partial<ApiToken> = {}): ApiToken {
  return {
    id: 51,
    name: 'Logiciel comptable',
    prefix: 'coop_Xk3v',
    createdBy: 'staff038',
    createdAt: '2026-09-02T08:15:00Z',
    lastUsedAt: '2026-09-14T06:00:00Z',
    active: true,
    ...overrides,
  };
}

const page = (items: ApiToken[]) => ({ items, page: 0, size: 20, totalItems: items.length, totalPages: items.length ? 1 : 0 });

async function axeViolations(container: Element): Promise<string[]> {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

describe('Accès API', () => {
  it('lists the tokens with their creation, last use and status', async () => {
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff038())),
      http.get(TOKENS_URL, () =>
        HttpResponse.json(
          page([
            apiToken(),
            apiToken({ id: 52, name: 'Assureur', prefix: 'coop_Ab12', lastUsedAt: undefined }),
            apiToken({ id: 1, name: 'Ancien logiciel', active: false, revokedAt: '2026-09-10T10:00:00Z', revokedBy: 'staff038' }),
          ]),
        ),
      ),
    );
    const { container } = renderApp('/gestion/acces-api', { loggedIn: true });

    expect(await screen.findByRole('heading', { level: 1, name: 'Accès API' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: "Jetons d'API" });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Logiciel comptable');
    expect(rows[0]).toHaveTextContent('coop_Xk3v…');
    expect(rows[0]).toHaveTextContent('02/09/2026');
    expect(rows[0]).toHaveTextContent('14/09/2026');
    expect(within(rows[0]).getByText('actif')).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('jamais');
    expect(within(rows[2]).getByText('révoqué le 10/09/2026')).toBeInTheDocument();
    expect(within(rows[2]).queryByRole('button', { name: /Révoquer/ })).not.toBeInTheDocument();
    expect(screen.getByText('3 jetons')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Accès API' })).toHaveAttribute('aria-current', 'page');

    expect(await axeViolations(container)).toEqual([]);
  });

  it('creates a token and shows its secret once, with a copy button and a warning', async () => {
    let created = false;
    let sent: unknown;
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff038())),
      http.get(TOKENS_URL, () => HttpResponse.json(page(created ? [apiToken({ lastUsedAt: undefined })] : []))),
      http.post(TOKENS_URL, async ({ request }) => {
        sent = await request.json();
        created = true;
        return HttpResponse.json({ token: apiToken({ lastUsedAt: undefined }), secret: SECRET }, { status: 201 });
      }),
    );
    const { user, container } = renderApp('/gestion/acces-api', { loggedIn: true });

    expect(await screen.findByText("Aucun jeton d'API pour l'instant.")).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Nouveau jeton' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouveau jeton d’API' });
    await user.click(within(dialog).getByRole('button', { name: 'Créer le jeton' }));
    expect(within(dialog).getByText("Donnez un nom au jeton (le logiciel ou le partenaire qui l'utilise).")).toBeInTheDocument();
    expect(sent).toBeUndefined();

    await user.type(within(dialog).getByRole('textbox', { name: /Nom du jeton/ }), '  Logiciel comptable ');
    await user.click(within(dialog).getByRole('button', { name: 'Créer le jeton' }));

    const shown = await screen.findByRole('dialog', { name: 'Jeton créé' });
    expect(sent).toEqual({ name: 'Logiciel comptable' });
    expect(within(shown).getByTestId('api-token-secret')).toHaveTextContent(SECRET);
    expect(within(shown).getByRole('button', { name: 'Copier le secret' })).toBeInTheDocument();
    expect(within(shown).getByText(/il ne sera plus jamais affiché/)).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(within(shown).getByRole('button', { name: "J'ai copié le secret" }));
    const table = await screen.findByRole('table', { name: "Jetons d'API" });
    expect(table).toHaveTextContent('Logiciel comptable');
    // the secret is gone for good: only its first characters remain in the list
    await waitFor(() => expect(screen.queryByText(SECRET)).not.toBeInTheDocument());
    expect(table).toHaveTextContent('coop_Xk3v…');
  });

  it("shows the server's refusal of a name", async () => {
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff038())),
      http.get(TOKENS_URL, () => HttpResponse.json(page([]))),
      http.post(TOKENS_URL, () =>
        problem(409, 'too-many-api-tokens', 'Ce département a déjà 20 jetons actifs : révoquez ceux qui ne servent plus avant d’en créer un autre.'),
      ),
    );
    const { user } = renderApp('/gestion/acces-api', { loggedIn: true });

    await user.click(await screen.findByRole('button', { name: 'Nouveau jeton' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouveau jeton d’API' });
    await user.type(within(dialog).getByRole('textbox', { name: /Nom du jeton/ }), 'Encore un');
    await user.click(within(dialog).getByRole('button', { name: 'Créer le jeton' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Ce département a déjà 20 jetons actifs');
    expect(screen.queryByTestId('api-token-secret')).not.toBeInTheDocument();
  });

  it('revokes a token after confirmation', async () => {
    let revoked = false;
    const revocations: string[] = [];
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff038())),
      http.get(TOKENS_URL, () =>
        HttpResponse.json(page([revoked ? apiToken({ active: false, revokedAt: '2026-09-15T08:00:00Z', revokedBy: 'staff038' }) : apiToken()])),
      ),
      http.post(`${TOKENS_URL}/:tokenId/revocation`, ({ params }) => {
        revocations.push(String(params.tokenId));
        revoked = true;
        return HttpResponse.json(apiToken({ active: false, revokedAt: '2026-09-15T08:00:00Z', revokedBy: 'staff038' }));
      }),
    );
    const { user } = renderApp('/gestion/acces-api', { loggedIn: true });

    await user.click(await screen.findByRole('button', { name: 'Révoquer le jeton Logiciel comptable' }));
    const confirm = await screen.findByRole('dialog', { name: 'Révoquer ce jeton ?' });
    expect(confirm).toHaveTextContent('ne sera plus accepté, dès maintenant');
    await user.click(within(confirm).getByRole('button', { name: 'Annuler' }));
    expect(revocations).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Révoquer le jeton Logiciel comptable' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Révoquer ce jeton ?' })).getByRole('button', { name: 'Révoquer le jeton' }));
    expect(await screen.findByText('révoqué le 15/09/2026')).toBeInTheDocument();
    expect(revocations).toEqual(['51']);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Révoquer ce jeton ?' })).not.toBeInTheDocument());
  });
});
