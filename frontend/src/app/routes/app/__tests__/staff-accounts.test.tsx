import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { components } from '@/api/generated/schema';
import { cooperative, staff } from '@/testing/data';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

type StaffAccount = components['schemas']['StaffAccount'];

const admin = () => staff({ role: 'admin', login: 'admin', displayName: 'Fédération nationale OCCE', department: undefined });
const departments = [
  { id: 1, code: '038', name: "OCCE de l'Isère", city: 'GRENOBLE', version: 0 },
  { id: 4, code: '999', name: 'OCCE Démonstration', city: 'SUPER VILLE', version: 2 },
];

async function axeViolations(container: Element): Promise<string[]> {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

function account(overrides: Partial<StaffAccount> = {}): StaffAccount {
  return {
    id: 7,
    login: 'staff999',
    displayName: 'Secrétariat OCCE Démonstration',
    departmentCode: '999',
    enabled: true,
    mustChangePassword: false,
    lastLoginAt: '2026-09-20T08:00:00Z',
    version: 1,
    ...overrides,
  };
}

function serveAdmin() {
  server.use(
    http.get('*/api/me', () => HttpResponse.json(admin())),
    http.get('*/api/departments', () => HttpResponse.json({ items: departments, page: 0, size: 100, totalItems: 2, totalPages: 1 })),
  );
}

describe('Comptes du personnel', () => {
  it('creates a staff account and shows its one-time password once, with a copy button', async () => {
    const posts: unknown[] = [];
    let created = false;
    serveAdmin();
    server.use(
      http.get('*/api/departments/999/staff-accounts', () =>
        HttpResponse.json({
          items: created ? [account(), account({ id: 8, login: 'm.durand', displayName: 'Marc DURAND', mustChangePassword: true, lastLoginAt: undefined })] : [account()],
          page: 0,
          size: 20,
          totalItems: created ? 2 : 1,
          totalPages: 1,
        }),
      ),
      http.post('*/api/departments/999/staff-accounts', async ({ request }) => {
        const body = (await request.json()) as { login: string };
        posts.push(body);
        if (body.login === 'staff999') {
          return problem(409, 'login-taken', "L'identifiant « staff999 » est déjà utilisé : choisissez-en un autre.", [
            { field: 'login', message: "L'identifiant « staff999 » est déjà utilisé : choisissez-en un autre." },
          ]);
        }
        created = true;
        return HttpResponse.json(
          {
            account: account({ id: 8, login: 'm.durand', displayName: 'Marc DURAND', mustChangePassword: true }),
            password: { accountId: 8, login: 'm.durand', displayName: 'Marc DURAND', oneTimePassword: 'h7Kp-3xQa-Mn9r' },
          },
          { status: 201 },
        );
      }),
    );
    const { user, container } = renderApp('/gestion/comptes?department=999', { loggedIn: true });

    const table = await screen.findByRole('table', { name: "Comptes du personnel de l'OCCE Démonstration" });
    expect(within(table).getByText('staff999')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Nouveau compte' }));
    let dialog = await screen.findByRole('dialog', { name: 'Nouveau compte du personnel' });
    await user.type(within(dialog).getByLabelText(/Identifiant/), 'staff999');
    await user.type(within(dialog).getByLabelText(/Nom affiché/), 'Marc DURAND');
    await user.click(within(dialog).getByRole('button', { name: 'Créer le compte' }));
    expect(await within(dialog).findByText("L'identifiant « staff999 » est déjà utilisé : choisissez-en un autre.")).toBeInTheDocument();

    await user.clear(within(dialog).getByLabelText(/Identifiant/));
    await user.type(within(dialog).getByLabelText(/Identifiant/), 'm.durand');
    await user.click(within(dialog).getByRole('button', { name: 'Créer le compte' }));

    dialog = await screen.findByRole('dialog', { name: 'Compte créé' });
    expect(within(dialog).getByTestId('one-time-password')).toHaveTextContent('h7Kp-3xQa-Mn9r');
    expect(dialog).toHaveTextContent('Identifiant : m.durand');
    expect(dialog).toHaveTextContent("Ce mot de passe n'est affiché qu'une fois");
    expect(within(dialog).getByRole('button', { name: 'Copier le mot de passe' })).toBeInTheDocument();
    expect(posts).toEqual([
      { login: 'staff999', displayName: 'Marc DURAND' },
      { login: 'm.durand', displayName: 'Marc DURAND' },
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Terminé' }));
    await waitFor(() => expect(screen.queryByText('h7Kp-3xQa-Mn9r')).not.toBeInTheDocument());
    expect(await screen.findByText('Mot de passe à changer')).toBeInTheDocument();
  });

  it('disables an account with the version read, and resets a password after a confirmation', async () => {
    const puts: unknown[] = [];
    serveAdmin();
    server.use(
      http.get('*/api/departments/999/staff-accounts', () =>
        HttpResponse.json({ items: [account()], page: 0, size: 20, totalItems: 1, totalPages: 1 }),
      ),
      http.put('*/api/staff-accounts/7', async ({ request }) => {
        puts.push(await request.json());
        return HttpResponse.json(account({ enabled: false, version: 2 }));
      }),
      http.post('*/api/staff-accounts/7/password-reset', () =>
        HttpResponse.json({ accountId: 7, login: 'staff999', displayName: 'Secrétariat', oneTimePassword: 'AAAA-bbbb-2345' }),
      ),
    );
    const { user } = renderApp('/gestion/comptes?department=999', { loggedIn: true });

    await user.click(await screen.findByRole('button', { name: 'Modifier le compte staff999' }));
    const edit = await screen.findByRole('dialog', { name: 'Compte staff999' });
    await user.click(within(edit).getByRole('switch', { name: /Compte actif/ }));
    await user.click(within(edit).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(puts).toEqual([{ version: 1, displayName: 'Secrétariat OCCE Démonstration', enabled: false }]));

    await user.click(screen.getByRole('button', { name: 'Réinitialiser le mot de passe de staff999' }));
    const confirm = await screen.findByRole('dialog', { name: 'Réinitialiser le mot de passe' });
    await user.click(within(confirm).getByRole('button', { name: 'Réinitialiser' }));
    const shown = await screen.findByRole('dialog', { name: 'Mot de passe réinitialisé' });
    expect(within(shown).getByTestId('one-time-password')).toHaveTextContent('AAAA-bbbb-2345');
  });

  it('is refused to staff', async () => {
    server.use(http.get('*/api/me', () => HttpResponse.json(staff())));
    renderApp('/gestion/comptes', { loggedIn: true });
    expect(await screen.findByRole('heading', { name: /accès refusé/i })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Comptes du personnel' })).not.toBeInTheDocument();
  });
});

describe('Départements', () => {
  it('creates a department and renames one with the version read', async () => {
    const requests: { method: string; url: string; body: unknown }[] = [];
    serveAdmin();
    const record = async (request: Request, status: number, answer: object) => {
      requests.push({ method: request.method, url: new URL(request.url).pathname, body: await request.json() });
      return HttpResponse.json(answer, { status });
    };
    server.use(
      http.post('*/api/departments', ({ request }) => record(request, 201, { id: 9, code: '047', name: 'OCCE de Lot-et-Garonne', version: 0 })),
      http.put('*/api/departments/999', ({ request }) => record(request, 200, { ...departments[1], name: 'OCCE Démo', version: 3 })),
    );
    const { user } = renderApp('/gestion/departements', { loggedIn: true });

    await user.click(await screen.findByRole('button', { name: 'Nouveau département' }));
    let dialog = await screen.findByRole('dialog', { name: 'Nouveau département' });
    await user.type(within(dialog).getByLabelText(/Code/), '047');
    await user.type(within(dialog).getByLabelText(/Nom/), 'OCCE de Lot-et-Garonne');
    await user.click(within(dialog).getByRole('button', { name: 'Créer le département' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getAllByRole('button', { name: 'Renommer le département 999' })[0]);
    dialog = await screen.findByRole('dialog', { name: 'Renommer le département 999' });
    expect(within(dialog).getByLabelText(/Code/)).toHaveAttribute('readonly');
    const name = within(dialog).getByLabelText(/Nom/);
    await user.clear(name);
    await user.type(name, 'OCCE Démo');
    await user.click(within(dialog).getByRole('button', { name: 'Renommer' }));
    await waitFor(() =>
      expect(requests).toEqual([
        { method: 'POST', url: '/api/departments', body: { code: '047', name: 'OCCE de Lot-et-Garonne' } },
        { method: 'PUT', url: '/api/departments/999', body: { version: 2, name: 'OCCE Démo' } },
      ]),
    );
  });
});

describe("Réinitialiser le mot de passe d'un mandataire", () => {
  it('shows the one-time password once, and where it was emailed', async () => {
    let resets = 0;
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff())),
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.post('*/api/cooperatives/1/password-reset', () => {
        resets += 1;
        return HttpResponse.json({ accountId: 5, login: '046-0410', displayName: 'Jean DUPONT', oneTimePassword: 'k7Qf-2m9D-xW4c', emailedTo: 'jdp@gmail.com' });
      }),
    );
    const { user } = renderApp('/coop/1/identite', { loggedIn: true });

    await user.click(await screen.findByRole('button', { name: 'Réinitialiser le mot de passe' }));
    const confirm = await screen.findByRole('dialog', { name: 'Réinitialiser le mot de passe' });
    expect(confirm).toHaveTextContent('envoyé par courriel à jdp@gmail.com');
    expect(resets).toBe(0);
    await user.click(within(confirm).getByRole('button', { name: 'Réinitialiser' }));

    const dialog = await screen.findByRole('dialog', { name: 'Mot de passe réinitialisé' });
    expect(within(dialog).getByTestId('one-time-password')).toHaveTextContent('k7Qf-2m9D-xW4c');
    expect(dialog).toHaveTextContent('Identifiant : 046-0410');
    expect(dialog).toHaveTextContent('Il a aussi été envoyé par courriel à jdp@gmail.com.');
    expect(resets).toBe(1);
    await user.click(within(dialog).getByRole('button', { name: 'Terminé' }));
    await waitFor(() => expect(screen.queryByText('k7Qf-2m9D-xW4c')).not.toBeInTheDocument());
  });

  it('is not offered to the mandataire', async () => {
    server.use(http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())));
    renderApp('/coop/1/identite', { loggedIn: true });
    expect(await screen.findByLabelText("Téléphone de l'école")).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Réinitialiser le mot de passe' })).not.toBeInTheDocument();
  });
});
