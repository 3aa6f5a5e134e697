import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { staff } from '@/testing/data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

async function axeViolations(container: Element): Promise<string[]> {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

const reminder = {
  id: 51,
  schoolYear: '2026-2027',
  subject: 'Adhésion {year} : à saisir avant le {deadline}',
  body: 'Bonjour',
  filter: { status: 'NOT_STARTED' },
  explicitSelection: false,
  recipientCount: 3,
  progress: { pending: 0, sent: 2, failed: 0, skippedNoEmail: 1, skippedRecent: 0 },
  createdAt: '2026-09-21T08:00:00Z',
  createdBy: 'staff046',
};

describe('Relances', () => {
  it('lists the reminders with their progress and opens the recipients', async () => {
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff())),
      http.get('*/api/departments/046/reminders', () =>
        HttpResponse.json({ items: [reminder], page: 0, size: 20, totalItems: 1, totalPages: 1 }),
      ),
      http.get('*/api/departments/046/reminders/51', () =>
        HttpResponse.json({
          reminder,
          recipients: {
            items: [
              { cooperativeId: 1, code: '046-0101', schoolName: 'École 1', email: 'a@example.org', status: 'SENT', sentAt: '2026-09-21T08:00:05Z' },
              { cooperativeId: 2, code: '046-0102', schoolName: 'École 2', status: 'SKIPPED_NO_EMAIL' },
            ],
            page: 0,
            size: 50,
            totalItems: 2,
            totalPages: 1,
          },
        }),
      ),
    );
    const { user, container } = renderApp('/gestion/relances', { loggedIn: true });

    expect(await screen.findByRole('heading', { level: 1, name: 'Relances' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Relances' });
    expect(table).toHaveTextContent('filtre : non commencées (2026-2027)');
    expect(table).toHaveTextContent('2 envoyés sur 2');
    expect(table).toHaveTextContent('1 sans adresse');
    expect(within(table).getByRole('progressbar', { name: 'Envoi : 100 %' })).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: /Adhésion \{year\}/ }));
    const recipients = await screen.findByRole('table', { name: 'Destinataires de la relance' });
    expect(within(recipients).getByRole('link', { name: '046-0101' }).closest('tr')).toHaveTextContent('envoyé');
    expect(within(recipients).getByRole('link', { name: '046-0102' }).closest('tr')).toHaveTextContent('sans adresse');

    expect(await axeViolations(container)).toEqual([]);
  });

  it('says how to send one when there is none', async () => {
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff())),
      http.get('*/api/departments/046/reminders', () => HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 })),
    );
    renderApp('/gestion/relances', { loggedIn: true });
    expect(await screen.findByText("Aucune relance pour l'instant.")).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voir les coopératives non commencées' })).toHaveAttribute(
      'href',
      '/gestion/cooperatives?status=NOT_STARTED',
    );
  });
});
