import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { mailMessage, staff } from '@/testing/data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const MAILS_URL = '*/api/departments/999/mails';
const staff999 = () => staff({ login: 'staff999', department: { id: 4, code: '999', name: 'OCCE Démonstration' } });

async function axeViolations(container: Element): Promise<string[]> {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

const mails = [
  mailMessage(),
  mailMessage({
    id: 80,
    kind: 'ADHESION_CORRECTION_REQUESTED',
    recipient: 'jean.aymard@example.fr',
    subject: 'Votre adhésion 2026 - 2027 est à corriger',
    body: "Bonjour,\n\nL'OCCE a besoin d'informations complémentaires :\n\nIl manque la signature.\n",
    createdAt: '2026-09-25T16:00:00Z',
    sentAt: undefined,
    error: 'Connexion refusée par le serveur SMTP',
  }),
];

describe('Courriels envoyés', () => {
  it('lists the outbox and opens a message', async () => {
    const requests: URL[] = [];
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff999())),
      http.get(MAILS_URL, ({ request }) => {
        requests.push(new URL(request.url));
        return HttpResponse.json({ items: mails, page: 0, size: 20, totalItems: 2, totalPages: 1 });
      }),
    );
    const { user, container } = renderApp('/gestion/courriels', { loggedIn: true });

    expect(await screen.findByRole('heading', { level: 1, name: 'Courriels envoyés' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Courriels envoyés' });
    const validated = within(table).getByRole('button', { name: 'Votre adhésion 2026 - 2027 est validée' });
    const correction = within(table).getByRole('button', { name: 'Votre adhésion 2026 - 2027 est à corriger' });
    const first = validated.closest('tr')!;
    expect(first).toHaveTextContent('26/09/2026');
    expect(first).toHaveTextContent('ce.9999991x@ac-demo.fr');
    expect(within(first).getByText('envoyé')).toBeInTheDocument();
    expect(within(correction.closest('tr')!).getByText('échec')).toBeInTheDocument();
    expect(requests[0].searchParams.get('page')).toBe('0');

    expect(validated).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(/code d'enregistrement 26\/0001 S/)).not.toBeVisible();
    await user.click(validated);
    expect(validated).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/code d'enregistrement 26\/0001 S/)).toBeVisible();

    await user.click(correction);
    expect(screen.getByText(/Échec de l'envoi : Connexion refusée par le serveur SMTP/)).toBeVisible();
    expect(validated).toHaveAttribute('aria-expanded', 'false');

    expect(await axeViolations(container)).toEqual([]);
  });

  it('asks for the page of the URL', async () => {
    const requests: URL[] = [];
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff999())),
      http.get(MAILS_URL, ({ request }) => {
        requests.push(new URL(request.url));
        return HttpResponse.json({ items: mails, page: 1, size: 20, totalItems: 42, totalPages: 3 });
      }),
    );
    const { user, router } = renderApp('/gestion/courriels?page=2', { loggedIn: true });

    expect(await screen.findByText('42 courriels')).toBeInTheDocument();
    expect(requests[0].searchParams.get('page')).toBe('1');
    await user.click(screen.getByRole('button', { name: 'Page 3' }));
    expect(new URLSearchParams(router.state.location.search).get('page')).toBe('3');
    expect(requests[requests.length - 1].searchParams.get('page')).toBe('2');
  });

  it('says so when nothing was sent yet', async () => {
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff999())),
      http.get(MAILS_URL, () => HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 })),
    );
    renderApp('/gestion/courriels', { loggedIn: true });

    expect(await screen.findByText("Aucun courriel envoyé pour l'instant.")).toBeInTheDocument();
  });
});
