import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { components } from '@/api/generated/schema';
import { staff } from '@/testing/data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

type Item = components['schemas']['CooperativeListItem'];

async function axeViolations(container: Element): Promise<string[]> {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

function item(n: number, overrides: Partial<Item> = {}): Item {
  const number = String(100 + n).padStart(4, '0');
  return {
    id: n,
    code: `046-${number}`,
    departmentCode: '046',
    number,
    schoolName: `École ${n}`,
    city: 'CAHORS',
    uai: `046${number}X`,
    mandataireName: 'Marie TEST',
    status: 'NOT_STARTED',
    late: false,
    paymentReceived: false,
    ...overrides,
  };
}

function listHandler(requests: URL[], total = 2) {
  return http.get('*/api/cooperatives', ({ request }) => {
    requests.push(new URL(request.url));
    const items = [item(1), item(2, { status: 'SUBMITTED', amount: 44, submittedAt: '2026-09-03T07:30:00Z', late: true })];
    return HttpResponse.json({ items, page: 0, size: 20, totalItems: total, totalPages: Math.ceil(total / 20) });
  });
}

/** A list of 45 cooperatives whose reminder is accepted with the given progress; returns the bodies posted. */
function filterOf45Reminded(progress: { pending: number; skippedNoEmail: number }) {
  const posts: Record<string, unknown>[] = [];
  server.use(
    http.get('*/api/me', () => HttpResponse.json(staff())),
    listHandler([], 45),
    dashboardHandler,
    http.post('*/api/departments/046/reminders', async ({ request }) => {
      posts.push((await request.json()) as Record<string, unknown>);
      return HttpResponse.json(
        { id: 52, recipientCount: 45, progress: { ...progress, sent: 0, failed: 0, skippedRecent: 0 } },
        { status: 202 },
      );
    }),
  );
  return posts;
}

/** The cooperatives export, recording each request; the file is "saved" through a mocked object URL. */
function exportHandler(exports: URL[]) {
  URL.createObjectURL = vi.fn(() => 'blob:http://localhost:3000/selection');
  URL.revokeObjectURL = vi.fn();
  return http.get('*/api/departments/046/exports/cooperatives.csv', ({ request }) => {
    exports.push(new URL(request.url));
    return new HttpResponse('\uFEFFcode;numero\r\n046-0101;0101\r\n', { headers: { 'Content-Type': 'text/csv' } });
  });
}

const dashboardHandler = http.get('*/api/departments/046/dashboard', () =>
  HttpResponse.json({ departmentCode: '046', departmentName: 'OCCE du Lot', schoolYear: '2026-2027', deadline: '2026-09-30', trend: [] }),
);

describe('Coopératives (staff)', () => {
  it('sends the filters and the sort of the URL, shows each row’s adhesion, and sorts by a header', async () => {
    const requests: URL[] = [];
    server.use(http.get('*/api/me', () => HttpResponse.json(staff())), listHandler(requests));
    const { user, router, container } = renderApp('/gestion/cooperatives?status=SUBMITTED&late=true&sort=school&direction=desc', {
      loggedIn: true,
    });

    const table = await screen.findByRole('table', { name: 'Coopératives trouvées' });
    const q = requests[0].searchParams;
    expect([q.get('status'), q.get('late'), q.get('sort'), q.get('direction'), q.get('year')]).toEqual([
      'SUBMITTED',
      'true',
      'school',
      'desc',
      '2026-2027',
    ]);
    expect(screen.getByRole('combobox', { name: "État de l'adhésion" })).toHaveValue('SUBMITTED');
    // the search's example is one of the department's own cooperatives
    expect(screen.getByRole('searchbox', { name: /Rechercher/ })).toHaveAttribute('placeholder', 'Ex. : 0101, École 1, CAHORS');
    const row = within(table).getByRole('link', { name: '046-0102' }).closest('tr')!;
    expect(row).toHaveTextContent('envoyée');
    expect(row).toHaveTextContent('en retard');
    expect(row).toHaveTextContent('44,00');
    expect(row).toHaveTextContent('03/09/2026');
    expect(within(table).getByRole('columnheader', { name: /École/ })).toHaveAttribute('aria-sort', 'descending');
    // on a phone each row is a card (app/global.css): the checkbox aside, each other cell naming its column
    const columns = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    const cells = [...row.querySelectorAll('td')];
    expect(cells[0]).toHaveAttribute('data-aside');
    expect(cells.slice(1).map((td) => td.dataset.label)).toEqual(columns.slice(1));
    expect(table).toHaveClass('stack-table', 'stack-table--head-tools');

    await user.click(within(table).getByRole('button', { name: 'Commune' }));
    expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('city');
    expect(new URLSearchParams(router.state.location.search).get('direction')).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Assurance' }), 'false');
    expect(requests[requests.length - 1].searchParams.get('insured')).toBe('false');

    expect(await axeViolations(container)).toEqual([]);
  });

  it('exports the ticked cooperatives only', async () => {
    const requests: URL[] = [];
    const exports: URL[] = [];
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff())),
      listHandler(requests),
      dashboardHandler,
      exportHandler(exports),
    );
    const { user } = renderApp('/gestion/cooperatives?status=NOT_STARTED', { loggedIn: true });
    await screen.findByRole('table', { name: 'Coopératives trouvées' });
    // nothing ticked: the button names the whole filter
    expect(screen.getByRole('button', { name: 'Exporter les 2 (CSV)' })).toBeEnabled();

    await user.click(screen.getByRole('checkbox', { name: 'Sélectionner 046-0101' }));
    await user.click(screen.getByRole('button', { name: 'Exporter (CSV) (1)' }));
    await waitFor(() => expect(exports).toHaveLength(1));
    expect(exports[0].searchParams.getAll('cooperativeIds')).toEqual(['1']);
  });

  it('exports every cooperative matching the filter, as the filter and the sort', async () => {
    const exports: URL[] = [];
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff())),
      listHandler([], 45),
      dashboardHandler,
      exportHandler(exports),
    );
    const { user } = renderApp('/gestion/cooperatives?status=NOT_STARTED&late=true&q=cahors&sort=city&direction=desc', { loggedIn: true });
    await screen.findByRole('table', { name: 'Coopératives trouvées' });
    // nothing ticked: Exporter takes every match of the filter
    await user.click(screen.getByRole('button', { name: 'Exporter les 45 (CSV)' }));
    await waitFor(() => expect(exports).toHaveLength(1));
    const q = exports[0].searchParams;
    expect(Object.fromEntries(q)).toEqual({
      year: '2026-2027',
      q: 'cahors',
      status: 'NOT_STARTED',
      late: 'true',
      sort: 'city',
      direction: 'desc',
    });
    expect(q.getAll('cooperativeIds')).toEqual([]);
  });

  it('reminds the ticked cooperatives once, with a preview of the first one’s email', async () => {
    const requests: URL[] = [];
    const posts: { body: unknown; key: string | null }[] = [];
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff())),
      listHandler(requests),
      dashboardHandler,
      http.post('*/api/departments/046/reminders', async ({ request }) => {
        posts.push({ body: await request.json(), key: request.headers.get('Idempotency-Key') });
        return HttpResponse.json(
          { id: 51, recipientCount: 1, progress: { pending: 1, sent: 0, failed: 0, skippedNoEmail: 0, skippedRecent: 0 } },
          { status: 202 },
        );
      }),
    );
    const { user } = renderApp('/gestion/cooperatives?status=NOT_STARTED', { loggedIn: true });
    await screen.findByRole('table', { name: 'Coopératives trouvées' });
    expect(screen.getByRole('button', { name: 'Relancer les 2' })).toBeEnabled();

    await user.click(screen.getByRole('checkbox', { name: 'Sélectionner 046-0101' }));
    await user.click(screen.getByRole('button', { name: 'Relancer (1)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Relancer les coopératives' });
    const preview = await within(dialog).findByRole('region', { name: 'Aperçu du premier courriel' });
    expect(preview).toHaveTextContent('Adhésion 2026 - 2027 : à saisir avant le 30/09/2026');
    expect(preview).toHaveTextContent("L'adhésion 2026 - 2027 de la coopérative 046-0101 (École 1) n'est pas encore envoyée à l'OCCE du Lot.");

    await user.click(within(dialog).getByRole('button', { name: 'Envoyer à 1 coopérative' }));
    expect(await within(dialog).findByText(/1 courriel en cours d'envoi/)).toBeInTheDocument();
    expect(posts).toHaveLength(1);
    expect(posts[0].body).toMatchObject({ cooperativeIds: [1], year: '2026-2027', subject: 'Adhésion {year} : à saisir avant le {deadline}' });
    expect(posts[0].key).toMatch(/^[A-Za-z0-9_-]{8,80}$/);
  });

  it('reminds every cooperative of the filter when none is ticked', async () => {
    const posts = filterOf45Reminded({ pending: 45, skippedNoEmail: 0 });
    const { user } = renderApp('/gestion/cooperatives?status=NOT_STARTED&late=true', { loggedIn: true });
    await screen.findByRole('table', { name: 'Coopératives trouvées' });
    await user.click(screen.getByRole('button', { name: 'Relancer les 45' }));
    const dialog = await screen.findByRole('dialog', { name: 'Relancer les coopératives' });
    await user.click(within(dialog).getByRole('button', { name: 'Envoyer à 45 coopératives' }));
    await within(dialog).findByText(/45 courriels en cours d'envoi/);
    expect(posts[0]).toMatchObject({ filter: { status: 'NOT_STARTED', late: true } });
    expect(posts[0].cooperativeIds).toBeUndefined();
  });

  it('reminds every cooperative matching the filter, as a filter', async () => {
    const posts = filterOf45Reminded({ pending: 44, skippedNoEmail: 1 });
    const { user } = renderApp('/gestion/cooperatives?status=NOT_STARTED', { loggedIn: true });
    await screen.findByRole('table', { name: 'Coopératives trouvées' });
    await user.click(screen.getByRole('checkbox', { name: 'Sélectionner les coopératives de cette page' }));
    await user.click(screen.getByRole('button', { name: 'Sélectionner les 45 coopératives du filtre' }));
    expect(screen.getByText(/45 sélectionnées/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Relancer (45)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Relancer les coopératives' });
    await user.click(within(dialog).getByRole('button', { name: 'Envoyer à 45 coopératives' }));
    expect(await within(dialog).findByText(/44 courriels en cours d'envoi, 1 sans adresse/)).toBeInTheDocument();
    expect(posts[0]).toMatchObject({ filter: { status: 'NOT_STARTED' } });
    expect(posts[0].cooperativeIds).toBeUndefined();
  });

  it('refuses an unknown placeholder before sending', async () => {
    server.use(http.get('*/api/me', () => HttpResponse.json(staff())), listHandler([]), dashboardHandler);
    const { user } = renderApp('/gestion/cooperatives', { loggedIn: true });
    await screen.findByRole('table', { name: 'Coopératives trouvées' });
    await user.click(screen.getByRole('checkbox', { name: 'Sélectionner 046-0101' }));
    await user.click(screen.getByRole('button', { name: 'Relancer (1)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Relancer les coopératives' });
    const text = within(dialog).getByRole('textbox', { name: 'Texte' });
    await user.clear(text);
    await user.type(text, 'Bonjour {{ecole}');
    expect(within(dialog).getByText('Champ inconnu : {ecole}')).toBeInTheDocument();
  });
});
