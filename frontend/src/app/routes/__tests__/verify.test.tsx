import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const verification = (current: boolean) => ({
  verificationCode: 'K7QF-2M9D-XW4C',
  kind: 'INSURANCE',
  title: "Certificat d'assurance",
  current,
  departmentName: "OCCE de l'Isère",
  cooperativeCode: '038-0107',
  schoolName: 'École élémentaire des Tilleuls',
  city: 'GRENOBLE',
  schoolYear: '2026-2027',
  registrationCode: '26/0001 A',
  issuedAt: '2026-10-02T08:00:00Z',
  revokedAt: current ? null : '2026-10-20T08:00:00Z',
});

describe('Vérifier une attestation (public)', () => {
  it('says a current certificate is genuine, without logging in', async () => {
    let asked = '';
    server.use(
      http.get('*/api/public/certificates/:code', ({ params, request }) => {
        asked = `${String(params.code)} ${request.headers.get('Authorization') ?? 'sans jeton'}`;
        return HttpResponse.json(verification(true));
      }),
    );
    renderApp('/verifier/K7QF-2M9D-XW4C');
    expect(await screen.findByText('Document authentique et valable')).toBeInTheDocument();
    expect(screen.getByText('26/0001 A')).toBeInTheDocument();
    expect(screen.getByText(/École élémentaire des Tilleuls — GRENOBLE/)).toBeInTheDocument();
    expect(screen.getByText(/a bien été délivré par l'OCCE de l'Isère/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Ce que le document atteste' });
    expect(within(table).getByRole('row', { name: /Valable/ })).toHaveTextContent('du 01/09/2026 au 31/08/2027');
    // the cooperative's number never breaks at its hyphen
    expect(within(table).getByText('038-0107')).toHaveStyle({ whiteSpace: 'nowrap' });
    expect(asked).toBe('K7QF-2M9D-XW4C sans jeton');
  });

  it('says a revoked certificate is no longer valid', async () => {
    server.use(http.get('*/api/public/certificates/:code', () => HttpResponse.json(verification(false))));
    renderApp('/verifier/K7QF-2M9D-XW4C');
    expect(await screen.findByText('Document authentique, mais plus valable')).toBeInTheDocument();
  });

  it('says an unknown code belongs to no document', async () => {
    server.use(
      http.get('*/api/public/certificates/:code', () =>
        problem(404, 'not-found', 'Aucun document de Coopérative en ligne ne porte ce code de vérification.'),
      ),
    );
    renderApp('/verifier/AAAA-BBBB-CCCC');
    expect(await screen.findByText('Code inconnu')).toBeInTheDocument();
  });
});
