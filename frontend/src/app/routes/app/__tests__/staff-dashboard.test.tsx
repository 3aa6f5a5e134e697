import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { components } from '@/api/generated/schema';
import { staff } from '@/testing/data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

type Dashboard = components['schemas']['Dashboard'];

async function axeViolations(container: Element): Promise<string[]> {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

function dashboard(): Dashboard {
  const trend = Array.from({ length: 30 }, (_, i) => ({
    date: `2026-09-${String(i + 1).padStart(2, '0')}`,
    submissions: i === 2 ? 2 : i === 9 ? 1 : 0,
    cumulative: 1 + (i >= 2 ? 2 : 0) + (i >= 9 ? 1 : 0),
  }));
  return {
    departmentCode: '046',
    departmentName: 'OCCE du Lot',
    schoolYear: '2026-2027',
    deadline: '2026-09-30',
    deadlinePassed: false,
    cooperatives: 7,
    statuses: { notStarted: 2, draft: 1, submitted: 2, correctionRequested: 1, validated: 1 },
    late: { submittedLate: 1, notSubmitted: 0, total: 1 },
    members: { adults: 7, pupils: 90 },
    amounts: { expected: 194, validated: 66, received: 118 },
    trend,
  };
}

describe('Tableau de bord', () => {
  it('shows the figures of the department, each a link to the cooperatives behind it, and the chart with its table', async () => {
    const requests: URL[] = [];
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff())),
      http.get('*/api/departments/046/dashboard', ({ request }) => {
        requests.push(new URL(request.url));
        return HttpResponse.json(dashboard());
      }),
    );
    const { container } = renderApp('/gestion/tableau-de-bord', { loggedIn: true });

    expect(await screen.findByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeInTheDocument();
    const notStarted = await screen.findByRole('link', { name: /2\s*Non commencées/ });
    expect(notStarted).toHaveAttribute('href', '/gestion/cooperatives?year=2026-2027&status=NOT_STARTED');
    expect(screen.getByRole('link', { name: /1\s*Validées/ })).toHaveAttribute('href', '/gestion/cooperatives?year=2026-2027&status=VALIDATED');
    expect(screen.getByRole('link', { name: /1\s*En retard/ })).toHaveAttribute('href', '/gestion/cooperatives?year=2026-2027&late=true');
    expect(screen.getByRole('link', { name: /90\s*Élèves/ })).toHaveAttribute('href', '/gestion/cooperatives?year=2026-2027&sent=true');
    expect(screen.getByRole('link', { name: /118,00\s€\s*Montant reçu/ })).toHaveAttribute('href', '/gestion/cooperatives?year=2026-2027&paid=true');
    expect(screen.getByRole('link', { name: /194,00\s€\s*Montant attendu/ })).toBeInTheDocument();
    // each amount says what it adds up
    expect(screen.getByRole('link', { name: /Montant validé/ })).toHaveTextContent('dû par les adhésions validées, payées ou non');
    expect(screen.getByRole('link', { name: /Montant reçu/ })).toHaveTextContent('paiements cochés « reçu » à la vérification');
    expect(screen.getByText('30/09/2026')).toBeInTheDocument();

    const chart = screen.getByRole('img', { name: /Adhésions envoyées chaque jour depuis le 1er septembre 2026/ });
    expect(chart).toHaveAccessibleName(/4 adhésions envoyées au 30 septembre ; le jour le plus chargé : le 3 septembre \(2\)/);
    const table = screen.getByRole('table', { name: 'Adhésions envoyées chaque jour depuis le 1er septembre 2026' });
    const third = within(table).getByRole('rowheader', { name: '3 septembre' }).closest('tr')!;
    expect(within(third).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '3']);
    expect(requests[0].searchParams.get('year')).toBeNull();

    expect(await axeViolations(container)).toEqual([]);
  });

  it('asks for the year chosen', async () => {
    const years: (string | null)[] = [];
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff())),
      http.get('*/api/departments/046/dashboard', ({ request }) => {
        years.push(new URL(request.url).searchParams.get('year'));
        return HttpResponse.json({ ...dashboard(), schoolYear: new URL(request.url).searchParams.get('year') ?? '2026-2027' });
      }),
    );
    const { user, router } = renderApp('/gestion/tableau-de-bord', { loggedIn: true });
    await screen.findByRole('link', { name: /Non commencées/ });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Année scolaire' }), '2025-2026');
    expect(new URLSearchParams(router.state.location.search).get('year')).toBe('2025-2026');
    expect(await screen.findByRole('link', { name: /Non commencées/ })).toHaveAttribute(
      'href',
      '/gestion/cooperatives?year=2025-2026&status=NOT_STARTED',
    );
    expect(years).toContain('2025-2026');
  });

  it('shows the admin every department side by side', async () => {
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff({ login: 'admin', role: 'admin', department: undefined }))),
      http.get('*/api/departments', () =>
        HttpResponse.json({ items: [{ id: 2, code: '046', name: 'OCCE du Lot' }], page: 0, size: 100, totalItems: 1, totalPages: 1 }),
      ),
      http.get('*/api/dashboard/departments', () => {
        const d = dashboard();
        return HttpResponse.json({
          items: [
            { departmentCode: '046', departmentName: 'OCCE du Lot', deadline: d.deadline, cooperatives: 7, statuses: d.statuses, late: d.late, members: d.members, amounts: { expected: 0.1, validated: 0.2, received: 0.1 } },
            { departmentCode: '038', departmentName: "OCCE de l'Isère", deadline: d.deadline, cooperatives: 5, statuses: d.statuses, late: d.late, members: d.members, amounts: { expected: 1234.56, validated: 0.1, received: 0 } },
          ],
          page: 0,
          size: 100,
          totalItems: 2,
          totalPages: 1,
        });
      }),
    );
    renderApp('/gestion/tableau-de-bord', { loggedIn: true });
    const table = await screen.findByRole('table', { name: 'Campagne par département' });
    expect(within(table).getByRole('link', { name: '046 — OCCE du Lot' })).toHaveAttribute(
      'href',
      '/gestion/tableau-de-bord?department=046&year=2026-2027',
    );
    const row = within(table).getByRole('rowheader', { name: '046 — OCCE du Lot' }).closest('tr')!;
    expect(within(row).getAllByRole('link', { name: '2' })[0]).toHaveAttribute(
      'href',
      '/gestion/cooperatives?department=046&year=2026-2027&status=NOT_STARTED',
    );
    // the validated amount of each department, and a national total row that adds them up to the cent
    expect(within(row).getByRole('link', { name: /0,20\s€/ })).toHaveAttribute('href', '/gestion/cooperatives?department=046&year=2026-2027&status=VALIDATED');
    const total = within(table).getByRole('rowheader', { name: 'Total national' }).closest('tr')!;
    const cells = within(total).getAllByRole('cell').map((c) => c.textContent?.replace(/\s/g, ' '));
    expect(cells[0]).toBe('12');
    expect(cells.slice(-3)).toEqual(['1 234,66 €', '0,30 €', '0,10 €']);
  });
});
