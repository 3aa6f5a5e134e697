import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mandataire, staff } from '@/testing/data';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

describe('Connexion', () => {
  it("gives the department's contact once the typed login names one, and a way to the help page", async () => {
    const asked: string[] = [];
    server.use(
      http.get('*/api/public/department-contacts/:code', ({ params }) => {
        asked.push(String(params.code));
        return HttpResponse.json({
          code: '046',
          name: 'OCCE du Lot',
          email: 'ad46@occe.coop',
          phone: '05 65 24 25 50',
          openingHours: 'Du lundi au jeudi, 9 h - 12 h',
        });
      }),
    );
    const { user, router } = renderApp('/connexion');

    expect(await screen.findByText('Identifiant ou mot de passe perdu : contactez votre OCCE départemental.')).toBeInTheDocument();
    expect(screen.queryByTestId('department-contact')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Identifiant'), 'staff');
    await user.clear(screen.getByLabelText('Identifiant'));
    await user.type(screen.getByLabelText('Identifiant'), '046-0410');
    const contact = await screen.findByTestId('department-contact');
    expect(contact).toHaveTextContent('OCCE du Lot — 05 65 24 25 50 — ad46@occe.coop — Du lundi au jeudi, 9 h - 12 h');
    expect(screen.getByRole('link', { name: 'ad46@occe.coop' })).toHaveAttribute('href', 'mailto:ad46@occe.coop');
    expect(asked).toEqual(['046']);

    await user.click(screen.getByRole('link', { name: /^Aide/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Aide' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/aide');
    expect(screen.getByRole('heading', { name: 'Se connecter' })).toBeInTheDocument();
    expect(screen.getByText(/Cliquez sur « Envoyer à l'OCCE »/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /Revenir à la connexion/ }));
    expect(await screen.findByRole('heading', { name: 'Connexion' })).toBeInTheDocument();
  });

  it("shows the server's sentence when the password is wrong", async () => {
    server.use(
      http.post('*/api/auth/login', () => problem(401, 'bad-credentials', 'Identifiant ou mot de passe incorrect.')),
    );
    const { user } = renderApp('/connexion');

    await user.type(await screen.findByLabelText('Identifiant'), '046-0410');
    await user.type(screen.getByLabelText('Mot de passe'), 'pas-le-bon');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Identifiant ou mot de passe incorrect.');
    expect(screen.getByRole('heading', { name: 'Connexion' })).toBeInTheDocument();
  });

  it('shows how long to wait after too many attempts', async () => {
    server.use(
      http.post('*/api/auth/login', () =>
        problem(429, 'too-many-attempts', 'Trop de tentatives de connexion ont échoué. Réessayez dans 5 minutes.'),
      ),
    );
    const { user } = renderApp('/connexion');

    await user.type(await screen.findByLabelText('Identifiant'), '046-0410');
    await user.type(screen.getByLabelText('Mot de passe'), 'encore');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Réessayez dans 5 minutes.');
  });

  it('asks for both fields before calling the server', async () => {
    let called = false;
    server.use(
      http.post('*/api/auth/login', () => {
        called = true;
        return HttpResponse.json({});
      }),
    );
    const { user } = renderApp('/connexion');

    await user.click(await screen.findByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByText('Saisissez votre identifiant.')).toBeInTheDocument();
    expect(screen.getByText('Saisissez votre mot de passe.')).toBeInTheDocument();
    expect(called).toBe(false);
  });

  it('leads an initial password to the change-password screen', async () => {
    const account = mandataire({ mustChangePassword: true });
    server.use(
      http.post('*/api/auth/login', async ({ request }) => {
        expect(await request.json()).toEqual({ login: '046-0410', password: 'coop0410' });
        return HttpResponse.json({ token: 'jwt', expiresAt: '2026-11-23T10:00:00Z', account });
      }),
      http.get('*/api/me', () => HttpResponse.json(account)),
    );
    const { user, router } = renderApp('/connexion');

    await user.type(await screen.findByLabelText('Identifiant'), '046-0410');
    await user.type(screen.getByLabelText('Mot de passe'), 'coop0410');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByRole('heading', { name: 'Choisissez votre mot de passe' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/mot-de-passe');
    expect(window.sessionStorage.getItem('coop.token')).toBe('jwt');
  });

  it("leads staff to their campaign's dashboard", async () => {
    const account = staff();
    server.use(
      http.post('*/api/auth/login', () => HttpResponse.json({ token: 'jwt', expiresAt: '2026-11-23T10:00:00Z', account })),
      http.get('*/api/me', () => HttpResponse.json(account)),
    );
    const { user, router } = renderApp('/connexion');

    await user.type(await screen.findByLabelText('Identifiant'), 'staff999');
    await user.type(screen.getByLabelText('Mot de passe'), 'Demo-Occe-2025');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByRole('heading', { name: 'Tableau de bord' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/gestion/tableau-de-bord');
  });
});
