import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { cooperative, staff } from '@/testing/data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const URL = '*/api/cooperatives/1/annual-reports/2025-2026';

const heading = (code: string, label: string, kind: 'CHARGE' | 'INCOME', amount: number) => ({ code, label, kind, amount });
/** SPEC's worked example, filled from the ledger. */
const report = (overrides: { status?: string; version?: number | null; statementBalance?: number | null; id?: number | null } = {}) => {
  const statement = overrides.statementBalance === undefined ? null : overrides.statementBalance;
  const holds = statement === 1583.01;
  return {
    id: overrides.id === undefined ? null : overrides.id,
    cooperativeId: 1,
    cooperativeCode: '046-0410',
    schoolYear: '2025-2026',
    status: overrides.status ?? 'NOT_STARTED',
    statusSentence:
      overrides.status === 'SUBMITTED'
        ? "Le C.R. est validé, mais il est en attente de l'OCCE 046."
        : overrides.status === 'VALIDATED'
          ? 'Le C.R. est saisi, et il est bon. Bravo !'
          : 'Le Compte-Rendu 2026 doit être établi avant le 30 septembre 2026.',
    deadline: '2026-09-30',
    editable: !overrides.status || overrides.status === 'NOT_STARTED' || overrides.status === 'DRAFT',
    version: overrides.version === undefined ? null : overrides.version,
    financial: {
      books: 'LEDGER',
      openingBank: 800,
      openingCash: 50,
      openingSource: 'LEDGER',
      headings: [
        heading('6068', 'Fournitures pédagogiques', 'CHARGE', 180),
        heading('6251', 'Sorties et voyages', 'CHARGE', 420),
        heading('7562', 'Participation volontaire des familles', 'INCOME', 600),
      ],
      income: 1150,
      charges: 796.99,
      result: 353.01,
      statementBalance: statement,
      notDebited: 420,
      notCredited: 0,
      cash: 40,
      cashSource: 'LEDGER',
      booksBank: 1163.01,
      booksCash: 40,
      check: holds
        ? {
            books: 1203.01,
            treasury: 1203.01,
            gap: 0,
            holds: true,
            equation: '850,00 + 1 150,00 − 796,99 = 1 203,01 = 1 583,01 − 420,00 + 0,00 + 40,00',
            verdict: 'Le Compte-Rendu Financier semble correct',
          }
        : { books: 1203.01, holds: false, verdict: 'Saisissez le solde du relevé bancaire au 31/08 pour vérifier le Compte-Rendu Financier.' },
      causes: [],
    },
  };
};

describe('Compte-rendu', () => {
  it('fills the financial report from the books, checks it with the statement and sends it to the OCCE', async () => {
    const calls: { method: string; ifMatch: string | null; body?: unknown }[] = [];
    let current = report();
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get('*/api/cooperatives/1/ledger/headings', () => HttpResponse.json([])),
      http.get(URL, () => HttpResponse.json(current)),
      http.put(`${URL}/financial`, async ({ request }) => {
        calls.push({ method: 'PUT', ifMatch: request.headers.get('If-Match'), body: await request.json() });
        current = report({ status: 'DRAFT', version: 0, statementBalance: 1583.01, id: 5 });
        return HttpResponse.json(current);
      }),
      http.post(`${URL}/submission`, ({ request }) => {
        calls.push({ method: 'POST', ifMatch: request.headers.get('If-Match') });
        current = report({ status: 'SUBMITTED', version: 1, statementBalance: 1583.01, id: 5 });
        return HttpResponse.json(current);
      }),
    );
    const { user } = renderApp('/coop/1/compte-rendu', { loggedIn: true });
    expect(await screen.findByText('Le Compte-Rendu 2026 doit être établi avant le 30 septembre 2026.')).toBeInTheDocument();
    const charges = screen.getByRole('table', { name: 'Dépenses par rubrique' });
    expect(within(charges).getAllByRole('row')[0]).toHaveTextContent(/6068 Fournitures pédagogiques\s*180,00\s€/);
    expect(within(charges).getAllByRole('row')[2]).toHaveTextContent(/Total\s*796,99\s€/);
    expect(screen.getByRole('button', { name: "Envoyer à l'OCCE" })).toBeDisabled();

    await user.type(screen.getByRole('textbox', { name: /Solde du relevé bancaire au 31\/08/ }), '1583,01');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Le Compte-Rendu Financier semble correct')).toBeInTheDocument();
    expect(screen.getByText(/= 1 583,01 − 420,00 \+ 0,00 \+ 40,00/)).toBeInTheDocument();
    expect(calls[0]).toEqual({ method: 'PUT', ifMatch: null, body: { books: 'LEDGER', statementBalance: 1583.01 } });

    await user.click(screen.getByRole('button', { name: "Envoyer à l'OCCE" }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('semble correct');
    await user.click(within(dialog).getByRole('button', { name: 'Envoyer' }));
    expect(await screen.findByText("Le C.R. est validé, mais il est en attente de l'OCCE 046.")).toBeInTheDocument();
    expect(calls[1]).toEqual({ method: 'POST', ifMatch: '"0"' });
    expect(screen.queryByRole('button', { name: 'Enregistrer' })).not.toBeInTheDocument();
  });

  it('lets staff validate a report sent to them, which closes the year', async () => {
    const calls: string[] = [];
    let current = report({ status: 'SUBMITTED', version: 3, statementBalance: 1583.01, id: 5 });
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff())),
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get('*/api/cooperatives/1/ledger/headings', () => HttpResponse.json([])),
      http.get(URL, () => HttpResponse.json(current)),
      http.put('*/api/annual-reports/5/checklist', async ({ request }) => {
        calls.push(`checklist ${String(request.headers.get('If-Match'))} ${JSON.stringify(await request.json())}`);
        current = { ...report({ status: 'SUBMITTED', version: 4, statementBalance: 1583.01, id: 5 }), checklist: { quitusSigned: true } } as typeof current;
        return HttpResponse.json(current);
      }),
      http.post('*/api/annual-reports/5/validation', ({ request }) => {
        calls.push(String(request.headers.get('If-Match')));
        current = report({ status: 'VALIDATED', version: 5, statementBalance: 1583.01, id: 5 });
        return HttpResponse.json(current);
      }),
    );
    const { user } = renderApp('/coop/1/compte-rendu', { loggedIn: true });
    // the review's checklist: each box is saved as ticked
    const quitus = await screen.findByRole('checkbox', { name: /Quitus signé par les deux vérificateurs/ });
    await user.click(quitus);
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /Quitus signé/ })).toBeChecked());
    expect(calls[0]).toBe('checklist "3" {"quitusSigned":true}');
    await user.click(await screen.findByRole('button', { name: 'Valider le compte-rendu' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('sera close');
    await user.click(within(dialog).getByRole('button', { name: "Valider et clore l'année" }));
    expect(await screen.findByText('Le C.R. est saisi, et il est bon. Bravo !')).toBeInTheDocument();
    await waitFor(() => expect(calls.at(-1)).toBe('"4"'));
    expect(screen.getByRole('button', { name: 'Rouvrir le compte-rendu' })).toBeInTheDocument();
  });

  it("asks the OCCE to correct an opening carried from last year's validated report", async () => {
    const carried = () => {
      const r = report({ status: 'DRAFT', version: 2, id: 5 });
      return { ...r, financial: { ...r.financial, openingSource: 'CLOSED' } } as ReturnType<typeof report> & { openingCorrection?: string; openingCorrectionAt?: string };
    };
    let current = carried();
    let sent: unknown;
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get('*/api/cooperatives/1/ledger/headings', () => HttpResponse.json([])),
      http.get(URL, () => HttpResponse.json(current)),
      http.post(`${URL}/opening-correction`, async ({ request }) => {
        sent = await request.json();
        current = { ...carried(), openingCorrection: 'Le relevé indiquait 1 158,01 €.', openingCorrectionAt: '2026-11-23T10:00:00Z', version: 3 };
        return HttpResponse.json(current);
      }),
    );
    const { user } = renderApp('/coop/1/compte-rendu', { loggedIn: true });
    await user.click(await screen.findByRole('button', { name: "Demander à l'OCCE de corriger le report à nouveau" }));
    const dialog = await screen.findByRole('dialog', { name: 'Corriger le report à nouveau' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Ce qui est faux' }), 'Le relevé indiquait 1 158,01 €.');
    await user.click(within(dialog).getByRole('button', { name: 'Envoyer la demande' }));
    expect(await screen.findByText('Correction du report à nouveau demandée')).toBeInTheDocument();
    expect(screen.getByText(/Le 23\/11\/2026 : « Le relevé indiquait 1 158,01 €. »/)).toBeInTheDocument();
    expect(sent).toEqual({ reason: 'Le relevé indiquait 1 158,01 €.' });
  });
});
