import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { staff } from '@/testing/data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const AUDIT_URL = '*/api/departments/999/audit-records';
const staff999 = () => staff({ login: 'staff999', department: { id: 4, code: '999', name: 'OCCE Démonstration' } });

const records = [
  {
    id: 501,
    occurredAt: '2026-09-26T08:30:00Z',
    actorLogin: 'staff999',
    actorRole: 'staff',
    action: 'COOPERATIVE_IDENTITY_UPDATED',
    entityType: 'Cooperative',
    entityId: '12',
    cooperativeId: 12,
    cooperativeCode: '999-9991',
    before: { schoolPhone: '04 74 00 00 00', city: 'SUPER VILLE' },
    after: { schoolPhone: '04 74 11 22 33', city: 'SUPER VILLE' },
  },
  {
    id: 503,
    occurredAt: '2026-12-05T09:00:00Z',
    actorLogin: 'staff999',
    actorRole: 'staff',
    action: 'ADHESION_REVIEWED',
    entityType: 'Adhesion',
    entityId: '7',
    cooperativeId: 12,
    cooperativeCode: '999-9991',
    before: { paymentReceived: false, paymentAmount: null, paymentMethod: null, paymentDate: null },
    after: { paymentReceived: true, paymentAmount: 258.77, paymentMethod: 'CHEQUE', paymentDate: '2026-12-05' },
  },
  {
    id: 502,
    occurredAt: '2026-09-26T08:00:00Z',
    actorLogin: 'staff999',
    actorRole: 'staff',
    action: 'COOPERATIVES_IMPORTED',
    entityType: 'CooperativeImport',
    entityId: '999',
    after: { fileName: 'coops.csv', count: 3 },
  },
];

describe('Journal des modifications', () => {
  it('lists the changes and shows the changed fields of one', async () => {
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff999())),
      http.get(AUDIT_URL, () => HttpResponse.json({ items: records, page: 0, size: 20, totalItems: 3, totalPages: 1 })),
    );
    const { user } = renderApp('/gestion/journal', { loggedIn: true });

    const table = await screen.findByRole('table', { name: 'Journal des modifications' });
    expect(screen.getByText('3 modifications')).toBeInTheDocument();
    // actions, objects and roles in French, never the API's codes
    const update = within(table).getByRole('button', { name: 'Identité de la coopérative modifiée' });
    expect(update.closest('tr')).toHaveTextContent('999-9991');
    expect(update.closest('tr')).toHaveTextContent('staff999 (équipe départementale)');
    expect(update.closest('tr')).toHaveTextContent('Coopérative n° 12');
    expect(within(table).getByRole('button', { name: 'Coopératives importées' }).closest('tr')).toHaveTextContent('Import de coopératives');
    expect(table).not.toHaveTextContent(/[A-Z]+_[A-Z]+/);
    // on a phone each change is a card of "label: value" lines (app/global.css): each cell names its column
    const columns = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect([...update.closest('tr')!.querySelectorAll('td')].map((td) => td.dataset.label)).toEqual(columns);
    expect(table).toHaveClass('stack-table');
    await user.click(update);

    const diff = screen.getByRole('table', { name: 'Détail du changement 501' });
    const rows = within(diff).getAllByRole('row');
    // the changed field first, marked; the unchanged after it
    expect(rows[1]).toHaveTextContent('Téléphone de l’écolemodifié04 74 00 00 0004 74 11 22 33');
    expect(rows[2]).toHaveTextContent('CommuneSUPER VILLESUPER VILLE');
    expect(within(rows[2]).queryByText('modifié')).not.toBeInTheDocument();

    // amounts, dates and codes the French way
    await user.click(within(table).getByRole('button', { name: 'Vérification de l’adhésion enregistrée' }));
    const review = screen.getByRole('table', { name: 'Détail du changement 503' });
    expect(review).toHaveTextContent('Montant reçumodifié—258,77 €');
    expect(review).toHaveTextContent('Moyen de paiement reçumodifié—Par chèque');
    expect(review).toHaveTextContent('Date du paiementmodifié—05/12/2026');
    expect(review).toHaveTextContent('Paiement reçumodifiénonoui');
  });

  it('sends the filters and shows a refused one in French', async () => {
    const requests: URL[] = [];
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff999())),
      http.get(AUDIT_URL, ({ request }) => {
        const url = new URL(request.url);
        requests.push(url);
        if (url.searchParams.get('cooperative') === 'xyz') {
          return HttpResponse.json(
            {
              type: 'https://coop-en-ligne.fr/problems/validation',
              title: 'Requête invalide',
              status: 400,
              detail: 'Coopérative invalide : son code (par exemple 038-0410) ou son identifiant.',
              violations: [{ field: 'cooperative', message: 'Coopérative invalide' }],
            },
            { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
          );
        }
        return HttpResponse.json({ items: [records[1]], page: 0, size: 20, totalItems: 1, totalPages: 1 });
      }),
    );
    const { user, router } = renderApp('/gestion/journal', { loggedIn: true });
    await screen.findByText('1 modification');

    // the logins are left out unless the switch asks for them
    expect(requests[0].searchParams.has('sessions')).toBe(false);
    await user.click(screen.getByRole('switch', { name: 'Afficher aussi les connexions et déconnexions' }));
    await waitFor(() => expect(requests[requests.length - 1].searchParams.get('sessions')).toBe('true'));

    // the action is picked by its French label; the dates typed the French way
    await user.selectOptions(screen.getByLabelText('Action'), 'Coopératives importées');
    await user.type(screen.getByLabelText('Du'), '01/09/2026');
    await user.type(screen.getByLabelText('Utilisateur'), 'staff999');
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));
    await screen.findByText('1 modification');
    const last = requests[requests.length - 1];
    expect(last.searchParams.get('action')).toBe('COOPERATIVES_IMPORTED');
    expect(last.searchParams.get('actor')).toBe('staff999');
    expect(last.searchParams.get('from')).toBe('2026-09-01');
    expect(last.searchParams.get('sessions')).toBe('true');
    expect(router.state.location.search).toContain('action=COOPERATIVES_IMPORTED');

    await user.type(screen.getByLabelText('Coopérative'), 'xyz');
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));
    expect(await screen.findByText(/Coopérative invalide : son code/)).toBeInTheDocument();
  });
});
