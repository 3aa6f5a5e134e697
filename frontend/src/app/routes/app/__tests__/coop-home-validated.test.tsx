import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { adhesion, cooperative } from '@/testing/data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const validated = adhesion({
  status: 'VALIDATED',
  statusLabel: "L'adhésion est saisie, et a été validée. Bravo !",
  submittedAmount: 136.99,
  declarations: { insured: true, propertyValue: 0, instrumentValue: 0, subscriptionIds: [], voluntaryParticipation: 0, paymentMeans: 'CHEQUE' },
  review: {
    paymentReceived: true,
    paymentAmount: 136.99,
    paymentMethod: 'CHEQUE',
    paymentDate: '2026-10-01',
    engagementUploaded: true,
    engagementReceived: true,
    mandataireChangeForm: 'NONE',
    registrationCode: '26/0035 A',
  },
});

const entry = {
  id: 9,
  schoolYear: '2026-2027',
  date: '2026-10-01',
  label: 'Cotisation OCCE 2026 - 2027 (adhésion et assurance)',
  heading: 'Cotisations OCCE',
  amountIn: 0,
  amountOut: 136.99,
  paymentMeans: 'CHEQUE',
  voucherNumber: 4,
  chequeNumber: '0012346',
  adhesionId: 5,
};

describe('Sommaire of a validated adhesion', () => {
  it('offers both certificates and writes the payment into the ledger once its numbers are confirmed', async () => {
    let ledger: (typeof entry)[] = [];
    const posted: Record<string, unknown>[] = [];
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get('*/api/cooperatives/1/adhesions/:year', () => HttpResponse.json(validated)),
      http.get('*/api/adhesions/5/certificates', () =>
        HttpResponse.json([
          { kind: 'MEMBERSHIP', title: "Attestation d'adhésion", verificationCode: 'K7QF-2M9D-XW4C', pdfPath: '/x' },
          { kind: 'INSURANCE', title: "Certificat d'assurance", verificationCode: 'M3PD-8QRT-2ZXE', pdfPath: '/y' },
        ]),
      ),
      http.get('*/api/cooperatives/1/ledger-entries', () =>
        HttpResponse.json({ items: ledger, page: 0, size: 50, totalItems: ledger.length, totalPages: 1 }),
      ),
      http.get('*/api/cooperatives/1/ledger-entries/next-numbers', () => HttpResponse.json({ voucherNumber: 4, chequeNumber: '0012346' })),
      http.post('*/api/adhesions/5/ledger-entry', async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        posted.push(body);
        if (body.voucherNumber === 3) {
          return HttpResponse.json(
            {
              type: 'https://coop-en-ligne.fr/problems/validation',
              title: 'Requête invalide',
              status: 400,
              detail: 'La pièce n° 3 est déjà dans le cahier 2026 - 2027 : le prochain numéro libre est 4.',
              violations: [{ field: 'voucherNumber', message: 'La pièce n° 3 est déjà dans le cahier 2026 - 2027 : le prochain numéro libre est 4.' }],
            },
            { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
          );
        }
        ledger = [entry];
        return HttpResponse.json(entry, { status: 201 });
      }),
    );
    const { user } = renderApp('/coop/1', { loggedIn: true });

    expect(await screen.findByRole('heading', { name: "L'adhésion est saisie, et a été validée. Bravo !" })).toBeInTheDocument();
    expect(screen.getByText('26/0035 A')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: "Attestation d'adhésion" })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: "Certificat d'assurance" })).toBeInTheDocument();
    expect(screen.getByText(/cette écriture sera la première du cahier/)).toBeInTheDocument();

    // the click asks first (seed 001: "le numéro de votre chèque, celui de la P.J."), with the suggestions filled in
    await user.click(screen.getByRole('button', { name: 'Écrire le paiement dans le cahier de comptes' }));
    const form = await screen.findByRole('form', { name: 'Écrire le paiement dans le cahier de comptes' });
    expect(posted).toHaveLength(0);
    expect(within(form).getByLabelText('Moyen de paiement')).toHaveValue('CHEQUE');
    await waitFor(() => expect(within(form).getByRole('textbox', { name: /N° du chèque/ })).toHaveValue('0012346'));
    expect(within(form).getByRole('textbox', { name: /N° de pièce/ })).toHaveValue('4');
    expect(within(form).getByRole('textbox', { name: 'Date' })).toHaveValue('01/10/2026');

    // a cheque without its number is refused here; a voucher number already used, by the server, under its field
    await user.clear(within(form).getByRole('textbox', { name: /N° du chèque/ }));
    await user.click(within(form).getByRole('button', { name: 'Écrire dans le cahier' }));
    expect(await within(form).findByText('Indiquez le numéro du chèque, en chiffres.')).toBeInTheDocument();
    expect(posted).toHaveLength(0);
    await user.type(within(form).getByRole('textbox', { name: /N° du chèque/ }), '0012346');
    await user.clear(within(form).getByRole('textbox', { name: /N° de pièce/ }));
    await user.type(within(form).getByRole('textbox', { name: /N° de pièce/ }), '3');
    await user.click(within(form).getByRole('button', { name: 'Écrire dans le cahier' }));
    expect(await within(form).findByText(/La pièce n° 3 est déjà dans le cahier/)).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /N° de pièce/ })).toHaveAccessibleDescription(/La pièce n° 3 est déjà/);

    await user.clear(within(form).getByRole('textbox', { name: /N° de pièce/ }));
    await user.type(within(form).getByRole('textbox', { name: /N° de pièce/ }), '4');
    await user.click(within(form).getByRole('button', { name: 'Écrire dans le cahier' }));
    expect(await screen.findByText('Écrit dans le cahier de comptes')).toBeInTheDocument();
    expect(posted[1]).toEqual({ means: 'CHEQUE', chequeNumber: '0012346', voucherNumber: 4, date: '2026-10-01' });
    expect(screen.getByText(/Pièce n° 4 — 01\/10\/2026 .* par chèque n° 0012346/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Écrire le paiement dans le cahier de comptes' })).not.toBeInTheDocument();
  });
});
