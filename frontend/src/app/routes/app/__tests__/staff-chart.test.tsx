import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { staff } from '@/testing/data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const CHART_URL = '*/api/departments/999/ledger-chart/2026-2027';
const staff999 = () => staff({ login: 'staff999', department: { id: 4, code: '999', name: 'OCCE Démonstration' } });

const national = (code: string, label: string, kind: 'CHARGE' | 'INCOME', entries = 0) => ({ code, label, kind, origin: 'NATIONAL', entries });
const chart = (extra: object[] = []) => ({
  departmentCode: '999',
  schoolYear: '2026-2027',
  headings: [national('6068', 'Fournitures pédagogiques', 'CHARGE', 12), ...extra, national('7068', 'Participation des familles aux sorties et activités', 'INCOME', 4)],
});

describe('Plan comptable', () => {
  it("lists the department's chart of the year, adds a sub-heading, relabels a national heading and goes back to its label", async () => {
    const calls: { method: string; path: string; ifMatch: string | null; body?: unknown }[] = [];
    const subHeading = { code: '60681', label: 'Fournitures de la classe de mer', kind: 'CHARGE', origin: 'DEPARTMENT', parentCode: '6068', entries: 0, version: 0 };
    const relabelled = { ...national('7068', 'Participations', 'INCOME', 4), origin: 'DEPARTMENT', nationalLabel: 'Participation des familles aux sorties et activités', version: 0 };
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff999())),
      http.get(CHART_URL, () => HttpResponse.json(chart())),
      http.put(`${CHART_URL}/headings/:code`, async ({ request, params }) => {
        calls.push({ method: 'PUT', path: String(params.code), ifMatch: request.headers.get('If-Match'), body: await request.json() });
        return HttpResponse.json(
          params.code === '60681'
            ? chart([subHeading])
            : { ...chart([subHeading]), headings: [national('6068', 'Fournitures pédagogiques', 'CHARGE', 12), subHeading, relabelled] },
        );
      }),
      http.delete(`${CHART_URL}/headings/:code`, ({ request, params }) => {
        calls.push({ method: 'DELETE', path: String(params.code), ifMatch: request.headers.get('If-Match') });
        return HttpResponse.json(chart([subHeading]));
      }),
    );
    const { user } = renderApp('/gestion/plan-comptable', { loggedIn: true });
    const table = await screen.findByRole('table', { name: /^Plan comptable 999 2026.-.2027$/ });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/6068.*Fournitures pédagogiques.*Dépense.*12/);

    const form = screen.getByRole('form', { name: 'Ajouter une sous-rubrique' });
    await user.type(within(form).getByRole('textbox', { name: /Numéro/ }), '60681');
    await user.type(within(form).getByRole('textbox', { name: /Libellé/ }), 'Fournitures de la classe de mer');
    await user.click(within(form).getByRole('button', { name: 'Ajouter la sous-rubrique' }));
    await screen.findByText('détaille 6068');
    expect(calls[0]).toEqual({ method: 'PUT', path: '60681', ifMatch: null, body: { label: 'Fournitures de la classe de mer' } });

    await user.click(screen.getByRole('button', { name: 'Renommer la rubrique 7068' }));
    const rename = await screen.findByRole('form', { name: 'Renommer la rubrique 7068' });
    await user.clear(within(rename).getByRole('textbox', { name: /Libellé/ }));
    await user.type(within(rename).getByRole('textbox', { name: /Libellé/ }), 'Participations');
    await user.click(within(rename).getByRole('button', { name: 'Renommer' }));
    await screen.findByText('National : Participation des familles aux sorties et activités');
    expect(calls[1]).toEqual({ method: 'PUT', path: '7068', ifMatch: null, body: { label: 'Participations' } });

    await user.click(screen.getByRole('button', { name: 'Revenir au libellé national de 7068' }));
    await user.click(await screen.findByRole('button', { name: 'Revenir au libellé national' }));
    await waitFor(() => expect(calls[2]).toEqual({ method: 'DELETE', path: '7068', ifMatch: '"0"' }));
  });
});
