import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { cooperative, mandataire } from '@/testing/data';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const initialAccount = () => mandataire({ mustChangePassword: true });

describe('Mot de passe', () => {
  it('refuses a confirmation that differs, without calling the server', async () => {
    let called = false;
    server.use(
      http.get('*/api/me', () => HttpResponse.json(initialAccount())),
      http.post('*/api/auth/password', () => {
        called = true;
        return HttpResponse.json({});
      }),
    );
    const { user } = renderApp('/mot-de-passe', { loggedIn: true });

    await user.type(await screen.findByLabelText('Mot de passe actuel'), 'coop0410');
    await user.type(screen.getByLabelText('Nouveau mot de passe'), 'Rose-Ecole-2026!');
    await user.type(screen.getByLabelText('Confirmez le nouveau mot de passe'), 'Rose-Ecole-2026?');
    await user.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));

    expect(await screen.findByText('Les deux saisies du nouveau mot de passe ne sont pas identiques.')).toBeInTheDocument();
    expect(screen.getByLabelText('Confirmez le nouveau mot de passe')).toHaveAttribute('aria-invalid', 'true');
    expect(called).toBe(false);
  });

  it("shows the server's reasons under the new password", async () => {
    server.use(
      http.get('*/api/me', () => HttpResponse.json(initialAccount())),
      http.post('*/api/auth/password', () =>
        problem(400, 'weak-password', 'Mot de passe refusé.', [
          { field: 'newPassword', message: 'Le mot de passe ne doit pas contenir votre identifiant.' },
        ]),
      ),
    );
    const { user } = renderApp('/mot-de-passe', { loggedIn: true });

    await user.type(await screen.findByLabelText('Mot de passe actuel'), 'coop0410');
    await user.type(screen.getByLabelText('Nouveau mot de passe'), 'Ecole-046-0410');
    await user.type(screen.getByLabelText('Confirmez le nouveau mot de passe'), 'Ecole-046-0410');
    await user.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));

    const field = screen.getByLabelText('Nouveau mot de passe');
    expect(await screen.findByText('Le mot de passe ne doit pas contenir votre identifiant.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('ne doit pas contenir votre identifiant'));
    expect(screen.getByLabelText('Mot de passe actuel')).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('keeps the new token and opens the Sommaire', async () => {
    let changed = false;
    server.use(
      http.get('*/api/me', () => HttpResponse.json(mandataire({ mustChangePassword: !changed }))),
      http.post('*/api/auth/password', async ({ request }) => {
        expect(request.headers.get('Authorization')).toBe('Bearer test-token');
        expect(await request.json()).toEqual({ currentPassword: 'coop0410', newPassword: 'Rose-Ecole-2026!' });
        changed = true;
        return HttpResponse.json({ token: 'new-token', expiresAt: '2026-11-23T10:00:00Z', account: mandataire() });
      }),
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
    );
    const { user, router } = renderApp('/mot-de-passe', { loggedIn: true });

    await user.type(await screen.findByLabelText('Mot de passe actuel'), 'coop0410');
    await user.type(screen.getByLabelText('Nouveau mot de passe'), 'Rose-Ecole-2026!');
    await user.type(screen.getByLabelText('Confirmez le nouveau mot de passe'), 'Rose-Ecole-2026!');
    await user.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));

    expect(await screen.findByRole('heading', { level: 1, name: /École Publique Jules Ferry/ })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/coop/1');
    expect(window.sessionStorage.getItem('coop.token')).toBe('new-token');
  });
});
