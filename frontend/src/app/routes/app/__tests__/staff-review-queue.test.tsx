import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { reviewQueueItem, staff } from '@/testing/data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const QUEUE_URL = '*/api/departments/999/review-queue';
const staff999 = () => staff({ login: 'staff999', department: { id: 4, code: '999', name: 'OCCE Démonstration' } });

/** axe's serious findings on what is rendered (colours aside: jsdom computes no styles). */
async function axeViolations(container: Element): Promise<string[]> {
  // jsdom has no canvas (axe uses one to recognise icon fonts)
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

function page(items: ReturnType<typeof reviewQueueItem>[], { totalPages = 1 } = {}) {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages };
}

describe('Validation des adhésions', () => {
  it('lists the submitted adhesions with what each still waits for', async () => {
    const requests: URL[] = [];
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff999())),
      http.get(QUEUE_URL, ({ request }) => {
        requests.push(new URL(request.url));
        return HttpResponse.json(
          page([
            reviewQueueItem(),
            reviewQueueItem({
              adhesionId: 7,
              cooperativeId: 3,
              cooperativeCode: '999-9993',
              late: true,
              amountDue: 136.99,
              paymentMeans: 'TRANSFER',
              members: 67,
              paymentReceived: true,
              engagementReceived: true,
              mandataireChangeForm: 'PENDING',
            }),
          ]),
        );
      }),
    );
    const { container } = renderApp('/gestion/validation', { loggedIn: true });

    expect(await screen.findByRole('heading', { level: 1, name: 'Validation des adhésions' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: /envoyées à l'occe/i });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);

    const first = rows[1];
    expect(within(first).getByRole('link', { name: '999-9991' })).toHaveAttribute('href', '/gestion/validation/5');
    // the school and its town under the code, not the code alone
    expect(within(first).getByRole('rowheader')).toHaveTextContent('999-9991École maternelle Les Tilleuls — SUPER VILLE');
    expect(first).toHaveTextContent('25/09/2026');
    expect(first).toHaveTextContent(/1\s157,11\s€/);
    expect(first).toHaveTextContent('Chèque');
    expect(first).toHaveTextContent('67');
    // paiement reçu: a mark read out as a word; the engagement in one word
    const cells = within(first).getAllByRole('cell');
    expect(cells[3]).toHaveTextContent('non');
    expect(cells[4]).toHaveTextContent('à vérifier');
    // seven columns: no registration code before validation
    expect(within(table).getAllByRole('columnheader')).toHaveLength(7);

    const second = rows[2];
    expect(within(second).getByText('en retard')).toBeInTheDocument();
    expect(second).toHaveTextContent(/136,99\s€/);
    expect(second).toHaveTextContent('Collecte ou virement');
    expect(within(second).getAllByRole('cell')[4]).toHaveTextContent('vérifié');
    expect(within(second).getByText('attendu')).toBeInTheDocument();

    expect(screen.getByText('2 adhésions')).toBeInTheDocument();
    expect(requests[0].searchParams.get('status')).toBe('SUBMITTED');
    expect(requests[0].searchParams.get('missing')).toBeNull();
    expect(requests[0].searchParams.get('page')).toBe('0');

    expect(await axeViolations(container)).toEqual([]);
  });

  it('puts the filters in the URL and in the request', async () => {
    const requests: URL[] = [];
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff999())),
      http.get(QUEUE_URL, ({ request }) => {
        const url = new URL(request.url);
        requests.push(url);
        const validated = url.searchParams.get('status') === 'VALIDATED';
        return HttpResponse.json(
          page(validated ? [reviewQueueItem({ status: 'VALIDATED', registrationCode: '26/0001 S', paymentReceived: true })] : []),
        );
      }),
    );
    const { user, router } = renderApp('/gestion/validation', { loggedIn: true });

    expect(await screen.findByText("Aucune adhésion envoyée à l'OCCE n'attend de validation.")).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Ce qui manque'), 'PAYMENT');
    await user.selectOptions(screen.getByLabelText('Statut'), 'VALIDATED');

    const table = await screen.findByRole('table', { name: /validées/i });
    expect(within(table).getByText('26/0001 S')).toBeInTheDocument();
    const last = requests[requests.length - 1];
    expect(last.searchParams.get('status')).toBe('VALIDATED');
    expect(last.searchParams.get('missing')).toBe('PAYMENT');
    expect(requests.some((r) => r.searchParams.get('status') === 'SUBMITTED' && r.searchParams.get('missing') === 'PAYMENT')).toBe(
      true,
    );
    const search = new URLSearchParams(router.state.location.search);
    expect(search.get('status')).toBe('VALIDATED');
    expect(search.get('missing')).toBe('PAYMENT');
  });

  it('reads the filters and the page from the URL', async () => {
    const requests: URL[] = [];
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff999())),
      http.get(QUEUE_URL, ({ request }) => {
        requests.push(new URL(request.url));
        return HttpResponse.json({ ...page([reviewQueueItem({ status: 'CORRECTION_REQUESTED' })], { totalPages: 3 }), page: 1, totalItems: 41 });
      }),
    );
    renderApp('/gestion/validation?status=CORRECTION_REQUESTED&missing=ENGAGEMENT&page=2', { loggedIn: true });

    expect(await screen.findByRole('table', { name: /à corriger/i })).toBeInTheDocument();
    expect(screen.getByLabelText('Statut')).toHaveValue('CORRECTION_REQUESTED');
    expect(screen.getByLabelText('Ce qui manque')).toHaveValue('ENGAGEMENT');
    expect(screen.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    expect(requests[0].searchParams.get('status')).toBe('CORRECTION_REQUESTED');
    expect(requests[0].searchParams.get('missing')).toBe('ENGAGEMENT');
    expect(requests[0].searchParams.get('page')).toBe('1');
  });

  it("lets the admin choose the department, and asks nothing before", async () => {
    const requests: URL[] = [];
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff({ role: 'admin', login: 'admin', department: undefined }))),
      http.get('*/api/departments', () =>
        HttpResponse.json({
          items: [
            { id: 2, code: '046', name: 'OCCE du Lot' },
            { id: 4, code: '999', name: 'OCCE Démonstration' },
          ],
          page: 0,
          size: 100,
          totalItems: 2,
          totalPages: 1,
        }),
      ),
      http.get(QUEUE_URL, ({ request }) => {
        requests.push(new URL(request.url));
        return HttpResponse.json(page([reviewQueueItem()]));
      }),
    );
    const { user, router } = renderApp('/gestion/validation', { loggedIn: true });

    expect(await screen.findByText('Choisissez un département pour voir ses adhésions à valider.')).toBeInTheDocument();
    await user.selectOptions(await screen.findByLabelText('Département'), '999');

    expect(await screen.findByRole('link', { name: '999-9991' })).toBeInTheDocument();
    expect(requests).toHaveLength(1);
    expect(new URLSearchParams(router.state.location.search).get('department')).toBe('999');
  });
});
