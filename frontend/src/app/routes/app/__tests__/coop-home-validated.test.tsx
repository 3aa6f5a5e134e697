import { screen } from '@testing-library/react';
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
  adhesionId: 5,
};

describe('Sommaire of a validated adhesion', () => {
  it('offers both certificates and writes the payment into the ledger with one click', async () => {
    let ledger: (typeof entry)[] = [];
    let posted = 0;
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
      http.post('*/api/adhesions/5/ledger-entry', () => {
        posted += 1;
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

    await user.click(screen.getByRole('button', { name: 'Écrire le paiement dans le cahier de comptes' }));
    expect(await screen.findByText('Écrit dans le cahier de comptes')).toBeInTheDocument();
    expect(posted).toBe(1);
    expect(screen.queryByRole('button', { name: 'Écrire le paiement dans le cahier de comptes' })).not.toBeInTheDocument();
  });
});
