import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { staff } from '@/testing/data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const control = (id: number, code: string, reason: string, status = 'DRAWN', version = 0, district: string | null = null) => ({
  id,
  reportId: 100 + id,
  cooperativeId: id,
  cooperativeCode: code,
  schoolName: `École ${id}`,
  city: 'CAHORS',
  district,
  rank: id,
  reason,
  key: 'ab'.repeat(32),
  income: 1150,
  charges: 796.99,
  status,
  statusLabel: status === 'DRAWN' ? 'tiré au sort' : 'pièces demandées',
  documentsRequested: status === 'DRAWN' ? null : 'Les relevés.',
  remarks: null,
  version,
});

/** A stateful department: no draw, then the draw the POST made; follow-ups move its controls. */
function department() {
  const state: { draw: Record<string, unknown> | null; controls: ReturnType<typeof control>[] } = { draw: null, controls: [] };
  const requests: { draw?: unknown; followUp?: unknown; ifMatch?: string | null; preview?: string } = {};
  const view = () => ({ departmentCode: '046', schoolYear: '2025-2026', validatedReports: 30, draw: state.draw, controls: state.controls });
  server.use(
    http.get('*/api/me', () => HttpResponse.json(staff())),
    http.get('*/api/departments/046/report-controls', () => HttpResponse.json(view())),
    http.post('*/api/departments/046/report-controls', async ({ request }) => {
      requests.draw = await request.json();
      state.draw = {
        id: 1, schoolYear: '2025-2026', seed: '4821', sharePercent: 10, aboveAmount: 15000, perDistrict: true, population: 30, drawn: 5,
        drawnAt: '2026-11-23T09:00:00Z', drawnBy: 'staff046', rule: 'Chaque compte-rendu validé a pour clé SHA-256.',
      };
      state.controls = [control(1, '046-0003', 'RANDOM'), control(2, '046-0011', 'RANDOM'), control(3, '046-0017', 'RANDOM'), control(4, '046-0020', 'AMOUNT'), control(5, '046-0031', 'DISTRICT', 'DRAWN', 0, 'Gourdon')];
      return HttpResponse.json(view(), { status: 201 });
    }),
    http.get('*/api/departments/046/report-controls/preview', ({ request }) => {
      requests.preview = new URL(request.url).search;
      return HttpResponse.json({
        schoolYear: '2025-2026', seed: '4821', sharePercent: 10, aboveAmount: 15000, population: 30, rule: '',
        drawn: state.controls.map((c) => ({ cooperativeCode: c.cooperativeCode, schoolName: c.schoolName, key: c.key, rank: c.rank, reason: c.reason })),
      });
    }),
    http.put('*/api/report-controls/1', async ({ request }) => {
      requests.followUp = await request.json();
      requests.ifMatch = request.headers.get('If-Match');
      state.controls[0] = control(1, '046-0003', 'RANDOM', 'DOCUMENTS_REQUESTED', 1);
      return HttpResponse.json(state.controls[0]);
    }),
  );
  return requests;
}

describe('Contrôle des comptes', () => {
  it('draws the sample, re-draws it from its seed, and asks a drawn cooperative for its documents', async () => {
    const requests = department();
    const { user } = renderApp('/gestion/controle-des-comptes', { loggedIn: true });
    const form = await screen.findByRole('form', { name: "Tirer l'échantillon" });
    expect(form).toHaveTextContent('30 comptes-rendus validés à ce jour');
    await user.type(within(form).getByLabelText(/Et tous ceux au-delà de/), '15000');
    await user.click(within(form).getByRole('checkbox', { name: /Au moins une par circonscription/ }));
    await user.click(within(form).getByRole('button', { name: "Tirer l'échantillon" }));

    const summary = await screen.findByRole('region', { name: 'Le tirage' });
    expect(requests.draw).toMatchObject({ year: '2025-2026', sharePercent: 10, aboveAmount: 15000, perDistrict: true });
    expect(summary).toHaveTextContent(/Graine\s*4821/);
    expect(summary).toHaveTextContent(/10 % au hasard, et au-delà de 15\s000,00\s€, au moins une par circonscription/);
    expect(summary).toHaveTextContent(/5 sur 30 validés/);
    const table = screen.getByRole('table', { name: /Coopératives tirées pour le contrôle 2025.-.2026/ });
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    expect(within(table).getAllByRole('row')[4]).toHaveTextContent(/046-0020.*au-delà du montant.*tiré au sort/);
    expect(within(table).getAllByRole('row')[5]).toHaveTextContent(/046-0031.*CAHORS — Gourdon.*pour sa circonscription/);

    await user.click(within(summary).getByRole('button', { name: 'Refaire le tirage avec cette graine' }));
    expect(await within(summary).findByRole('status')).toHaveTextContent('Même échantillon : 5 coopératives.');
    expect(requests.preview).toContain('seed=4821');
    expect(requests.preview).toContain('perDistrict=true');

    await user.click(within(table).getByRole('button', { name: 'Suivre le contrôle de 046-0003' }));
    const dialog = await screen.findByRole('dialog', { name: 'Contrôle de 046-0003' });
    await user.click(within(dialog).getByRole('radio', { name: 'Pièces demandées' }));
    await user.type(within(dialog).getByLabelText(/Pièces demandées à la coopérative/), 'Les relevés.');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer le suivi' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.followUp).toEqual({ status: 'DOCUMENTS_REQUESTED', documentsRequested: 'Les relevés.' });
    expect(requests.ifMatch).toBe('"0"');
    await waitFor(() => expect(within(screen.getByRole('table', { name: /Coopératives tirées/ })).getAllByRole('row')[1]).toHaveTextContent(/pièces demandées/));
  });
});
