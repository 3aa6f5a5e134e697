import { http, HttpResponse } from 'msw';
import type { components } from '@/api/generated/schema';
import { adhesion, mandataire } from '../data';

type Problem = components['schemas']['Problem'];

/** An answer of the server's error shape (application/problem+json). */
export function problem(status: number, slug: string, detail: string, violations?: Problem['violations']) {
  return HttpResponse.json(
    { type: `https://coop-en-ligne.fr/problems/${slug}`, title: 'Erreur', status, detail, violations } satisfies Problem,
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/**
 * By default the account behind any token is a mandataire whose password is already personal, and the adhesion
 * of the year (the Sommaire shows its status) is not started.
 */
export const defaultHandlers = [
  http.get('*/api/me', () => HttpResponse.json(mandataire())),
  http.get('*/api/cooperatives/:id/adhesions/:year', ({ params }) =>
    HttpResponse.json(
      adhesion({
        id: undefined,
        cooperativeId: Number(params.id),
        schoolYear: String(params.year),
        status: 'NOT_STARTED',
        statusLabel: 'À saisir',
        lines: [],
        fee: undefined,
        version: 0,
      }),
    ),
  ),
  // nothing uploaded, no certificate, an empty ledger, no change request
  http.get('*/api/adhesions/:adhesionId/engagement/uploads', () => HttpResponse.json([])),
  http.get('*/api/adhesions/:adhesionId/certificates', () => HttpResponse.json([])),
  // an empty inventory (the adhesion offers its value as the property value)
  http.get('*/api/cooperatives/:id/inventory', () => HttpResponse.json({ items: [], heldValue: 0 })),
  // no voucher attached to the ledger's entries
  http.get('*/api/cooperatives/:id/vouchers', () => HttpResponse.json([])),
  // no pedagogical action
  http.get('*/api/cooperatives/:id/ledger/actions', () =>
    HttpResponse.json({ schoolYear: '2026-2027', actions: [], withoutAction: { name: 'Sans action', income: 0, charges: 0, result: 0, entries: 0 }, income: 0, charges: 0, result: 0 }),
  ),
  http.get('*/api/cooperatives/:id/ledger/classes', () =>
    HttpResponse.json({
      schoolYear: '2026-2027',
      hasClassLines: false,
      classes: [],
      withoutClass: { className: 'Sans classe', income: 0, charges: 0, balance: 0, entries: 0 },
      income: 0,
      charges: 0,
      balance: 0,
    }),
  ),
  http.get('*/api/public/department-contacts/:code', ({ params }) =>
    HttpResponse.json({ code: params.code, name: `OCCE ${String(params.code)}`, email: `ad${String(params.code)}@occe.coop` }),
  ),
  http.get('*/api/cooperatives/:id/ledger-entries/next-numbers', () => HttpResponse.json({ voucherNumber: 1 })),
  http.get('*/api/cooperatives/:id/ledger-entries', () =>
    HttpResponse.json({ items: [], page: 0, size: 50, totalItems: 0, totalPages: 0 }),
  ),
  http.get('*/api/cooperatives/:id/mandataire-changes', () =>
    HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }),
  ),
  // SEPA (issue 6, part "sepa"): no mandate recorded
  http.get('*/api/cooperatives/:id/sepa-mandate', ({ params }) =>
    HttpResponse.json({ cooperativeId: Number(params.id), cooperativeCode: '999-9991', proposedReference: 'OCCE999-9991-2026' }),
  ),
  // the department's settings: no email rewritten (the reminder dialog starts from the platform's text)
  http.get('*/api/departments/:code/tariffs/:year/defaults', ({ params }) =>
    HttpResponse.json({
      propertyThreshold: 2000,
      instrumentThreshold: 15000,
      opensOn: `${String(params.year).slice(0, 4)}-09-01`,
      deadline: `${String(params.year).slice(0, 4)}-09-30`,
      paymentMeans: ['TRANSFER', 'CHEQUE'],
    }),
  ),
  http.get('*/api/departments/:code/settings', ({ params }) =>
    HttpResponse.json({ code: params.code, name: 'OCCE de test', version: 0, emailTemplates: [] }),
  ),
];
