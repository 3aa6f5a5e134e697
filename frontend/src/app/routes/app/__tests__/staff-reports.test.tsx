import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { staff } from '@/testing/data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const item = (id: number, code: string, quitus: boolean, gap: number) => ({
  id,
  cooperativeId: id,
  cooperativeCode: code,
  schoolName: `École ${id}`,
  city: 'CAHORS',
  schoolYear: '2025-2026',
  status: 'SUBMITTED',
  statusLabel: "envoyé à l'OCCE",
  submittedAt: '2026-09-20T08:00:00Z',
  late: false,
  books: 'LEDGER',
  quitusReceived: quitus,
  statementReceived: false,
  gap,
  drawn: id === 2,
  version: 1,
});

describe('Comptes-rendus', () => {
  it('lists the reports sent, filters those without their quitus, and shows the aggregated accounts', async () => {
    const asked: string[] = [];
    const reminded: unknown[] = [];
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff())),
      http.get('*/api/departments/046/annual-reports', ({ request }) => {
        const url = new URL(request.url);
        asked.push(url.search);
        const all = [item(1, '046-0001', true, 0), item(2, '046-0002', false, -420)];
        const items = all.filter((i) => !url.searchParams.get('quitusMissing') || !i.quitusReceived).filter((i) => !url.searchParams.get('drawn') || i.drawn);
        return HttpResponse.json({ items, page: 0, size: 200, total: items.length });
      }),
      http.get('*/api/departments/046/dashboard', () => HttpResponse.json({ departmentName: 'OCCE du Lot', deadline: '2025-09-30', deadlinePassed: true })),
      http.get('*/api/departments/046/annual-reports/unsent', () =>
        HttpResponse.json({ departmentCode: '046', schoolYear: '2025-2026', deadline: '2026-09-30', count: 2, cooperativeIds: [7, 9] }),
      ),
      http.post('*/api/departments/046/reminders', async ({ request }) => {
        reminded.push(await request.json());
        return HttpResponse.json(
          { id: 5, schoolYear: '2025-2026', subject: 's', body: 'b', recipientCount: 2, explicitSelection: true, progress: { pending: 2, sent: 0, failed: 0, skippedNoEmail: 0, skippedRecent: 0 } },
          { status: 202 },
        );
      }),
      http.get('*/api/departments/046/annual-reports/accounts', () =>
        HttpResponse.json({
          departmentCode: '046', schoolYear: '2025-2026', cooperatives: 33, validatedReports: 1, pendingReports: 2,
          statuses: { notStarted: 28, drafts: 2, submitted: 2, correctionRequested: 0, validated: 1, late: 1 },
          openingBank: 800, openingCash: 50, income: 1150, charges: 796.99, result: 353.01, closingBank: 1163.01, closingCash: 40,
          headings: [{ code: '7562', label: 'Participation volontaire des familles', kind: 'INCOME', reports: 1, amount: 600 }],
          subsidies: [{ funderType: 'COMMUNE', reports: 1, granted: 450, received: 300 }],
        }),
      ),
    );
    const { user } = renderApp('/gestion/comptes-rendus', { loggedIn: true });
    const table = await screen.findByRole('table', { name: /Comptes-rendus 2025.-.2026/ });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getAllByRole('row')[2]).toHaveTextContent(/046-0002.*quitus manquant, relevé manquant.*420,00\s€/);
    expect(await screen.findByRole('region', { name: /Comptes-rendus 2025.-.2026 par statut/ })).toHaveTextContent(/À établir\s*28.*Validés\s*1.*En retard\s*1/);
    expect(await screen.findByText(/1 compte-rendu validé sur 33 coopératives ; 2 envoyés, pas encore validés/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Comptes agrégés par rubrique' })).toHaveTextContent(/7562 Participation volontaire des familles\s*1\s*600,00/);

    expect(screen.getByRole('table', { name: 'Subventions par financeur' })).toHaveTextContent(/Commune\s*1\s*450,00\s€\s*300,00\s€/);
    expect(screen.getByRole('button', { name: "Imprimer pour l'AG (PDF)" })).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Quitus manquant' }));
    await waitFor(() => expect(within(screen.getByRole('table', { name: /Comptes-rendus/ })).getAllByRole('row')).toHaveLength(2));
    expect(asked.at(-1)).toContain('quitusMissing=true');
    await user.click(screen.getByRole('checkbox', { name: 'Quitus manquant' }));
    await user.click(screen.getByRole('checkbox', { name: 'Tirés au contrôle' }));
    await waitFor(() => expect(asked.at(-1)).toContain('drawn=true'));
    expect(within(screen.getByRole('table', { name: /Comptes-rendus/ })).getAllByRole('row')[1]).toHaveTextContent(/046-0002.*tiré au contrôle/);

    // the late are reminded with the report's text, by their ids
    expect(screen.getByText(/2 coopératives n'ont pas encore envoyé leur compte-rendu 2025.-.2026 \(à envoyer avant le 30\/09\/2026\)/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Relancer ces 2 coopératives' }));
    const dialog = await screen.findByRole('dialog', { name: 'Relancer les coopératives' });
    expect(within(dialog).getByLabelText(/Objet/)).toHaveValue('Compte-rendu {year} : à envoyer avant le 30/09/2026');
    await user.click(within(dialog).getByRole('button', { name: 'Envoyer à 2 coopératives' }));
    expect(await within(dialog).findByText(/Relance enregistrée/)).toBeInTheDocument();
    expect(reminded[0]).toMatchObject({ cooperativeIds: [7, 9], year: '2025-2026', subject: 'Compte-rendu {year} : à envoyer avant le 30/09/2026' });
  });
});
