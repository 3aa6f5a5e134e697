import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { cooperative, staff, submittedAdhesion, uploadedDocument } from '@/testing/data';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const staff999 = () => staff({ login: 'staff999', department: { id: 4, code: '999', name: 'OCCE Démonstration' } });
const coop9991 = () =>
  cooperative({
    code: '999-9991',
    departmentCode: '999',
    number: '9991',
    schoolName: 'École Publique',
    city: 'SUPER VILLE',
    uai: '9999991X',
    mandataireName: 'Jean AYMARD',
    mandataireEmail: 'jean.aymard@example.fr',
  });

async function axeViolations(container: Element): Promise<string[]> {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

/** Staff of the OCCE 999, the adhesion 5 of 999-9991, its two uploaded engagements. */
function serve(current: ReturnType<typeof submittedAdhesion>) {
  server.use(
    http.get('*/api/me', () => HttpResponse.json(staff999())),
    http.get('*/api/adhesions/5', () => HttpResponse.json(current)),
    http.get('*/api/cooperatives/1', () => HttpResponse.json(coop9991())),
    http.get('*/api/adhesions/5/engagement/uploads', () =>
      HttpResponse.json([
        uploadedDocument(),
        uploadedDocument({ id: 50, name: 'engagement-non-signe.pdf', size: 812, current: false, uploadedAt: '2026-09-20T08:00:00Z' }),
      ]),
    ),
  );
}

describe("Validation d'une adhésion", () => {
  it('shows the figures and the uploads, and records the checklist with If-Match', async () => {
    let sent: { body: unknown; ifMatch: string | null } | undefined;
    serve(submittedAdhesion());
    server.use(
      http.put('*/api/adhesions/5/review', async ({ request }) => {
        sent = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
        return HttpResponse.json(
          submittedAdhesion({
            review: {
              paymentReceived: true,
              paymentAmount: 1157.11,
              paymentMethod: 'CHEQUE',
              paymentReference: 'Chèque n° 1234567',
              paymentDate: '2026-09-28',
              engagementUploaded: true,
              engagementReceived: true,
              mandataireChangeForm: 'NONE',
            },
            version: 7,
          }),
        );
      }),
    );
    const { user, container } = renderApp('/gestion/validation/5', { loggedIn: true });

    expect(await screen.findByRole('heading', { level: 1, name: 'Adhésion de 999-9991' })).toBeInTheDocument();
    expect(screen.getByText(/Coopérative Scolaire de l'École Publique, à SUPER VILLE/)).toBeInTheDocument();
    expect(screen.getByText('Mandataire : Jean AYMARD.')).toBeInTheDocument();
    expect(screen.getByTestId('amount-due')).toHaveTextContent(/1\s157,11\s€/);
    expect(within(screen.getByRole('table', { name: 'Les classes' })).getByText('CE2')).toBeInTheDocument();

    const uploads = await screen.findByRole('list', { name: 'Engagement du mandataire signé' });
    const rows = within(uploads).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('engagement-signe.pdf');
    expect(rows[0]).toHaveTextContent(/179\sKo · déposé le 24\/09\/2026/);
    expect(rows[0]).toHaveTextContent('actuel');
    expect(rows[1]).toHaveTextContent('remplacé');
    expect(within(rows[1]).getByRole('button', { name: 'Voir engagement-non-signe.pdf' })).toBeInTheDocument();

    expect(screen.getByText(/1\. Le paiement de 1\s157,11\s€ \(par chèque\)/)).toBeInTheDocument();
    // staff read the cooperative's adhesion, not theirs
    expect(screen.getByText("Le montant de l'adhésion se calcule automatiquement.")).toBeInTheDocument();
    expect(screen.queryByText(/votre adhésion/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'oui' }));
    // prefilled: the amount due, the means the cooperative chose
    expect(screen.getByLabelText(/Montant reçu/)).toHaveValue('1\u202f157,11');
    expect(screen.getByLabelText(/Moyen de paiement/)).toHaveValue('CHEQUE');
    await user.type(screen.getByLabelText('Référence'), 'Chèque n° 1234567');
    // the reception date is today's unless changed
    expect(screen.getByLabelText(/Date de réception/)).toHaveValue('23/11/2026');
    await user.clear(screen.getByLabelText(/Date de réception/));
    await user.type(screen.getByLabelText(/Date de réception/), '28/09/2026');
    await user.click(screen.getByRole('checkbox', { name: 'Engagement vérifié (daté et signé)' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer la vérification' }));

    expect(await screen.findByText('Vérification enregistrée')).toBeInTheDocument();
    expect(sent).toEqual({
      body: {
        paymentReceived: true,
        paymentAmount: 1157.11,
        paymentMethod: 'CHEQUE',
        paymentReference: 'Chèque n° 1234567',
        paymentDate: '2026-09-28',
        engagementReceived: true,
        mandataireChangeForm: 'NONE',
      },
      ifMatch: '"6"',
    });

    expect(await axeViolations(container)).toEqual([]);
  });

  it('requires the amount and means of a received payment, its date being today unless changed', async () => {
    let puts = 0;
    serve(submittedAdhesion({ submittedAmount: undefined, declarations: { paymentMeans: undefined } }));
    server.use(
      http.put('*/api/adhesions/5/review', () => {
        puts++;
        return HttpResponse.json(submittedAdhesion());
      }),
    );
    const { user } = renderApp('/gestion/validation/5', { loggedIn: true });

    await user.click(await screen.findByRole('radio', { name: 'oui' }));
    await user.clear(screen.getByLabelText(/Montant reçu/));
    expect(screen.getByLabelText(/Date de réception/)).toHaveValue('23/11/2026');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la vérification' }));

    expect(await screen.findByText('Indiquez le montant reçu.')).toBeInTheDocument();
    expect(screen.getByText('Indiquez le moyen de paiement.')).toBeInTheDocument();
    expect(screen.queryByText('Indiquez la date de réception du paiement.')).not.toBeInTheDocument();
    expect(puts).toBe(0);
  });

  it('lists the reasons of a refused validation', async () => {
    let ifMatch: string | null = null;
    serve(submittedAdhesion());
    server.use(
      http.post('*/api/adhesions/5/review/validation', ({ request }) => {
        ifMatch = request.headers.get('If-Match');
        return problem(
          409,
          'validation-refused',
          "L'adhésion ne peut pas encore être validée : Cochez « Engagement vérifié (daté et signé) » après avoir vérifié la date et les signatures. Le paiement n'est pas encore reçu.",
          [
            { field: 'engagementReceived', message: 'Cochez « Engagement vérifié (daté et signé) » après avoir vérifié la date et les signatures.' },
            { field: 'paymentReceived', message: "Le paiement n'est pas encore reçu." },
          ],
        );
      }),
    );
    const { user } = renderApp('/gestion/validation/5', { loggedIn: true });

    await user.click(await screen.findByRole('button', { name: "Valider l'adhésion" }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirmer la validation' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("L'adhésion ne peut pas encore être validée");
    const reasons = within(alert).getAllByRole('listitem');
    expect(reasons.map((r) => r.textContent)).toEqual([
      'Cochez « Engagement vérifié (daté et signé) » après avoir vérifié la date et les signatures.',
      "Le paiement n'est pas encore reçu.",
    ]);
    expect(ifMatch).toBe('"6"');

    // once the box is ticked, the refusal no longer holds: it goes
    await user.click(screen.getByRole('checkbox', { name: 'Engagement vérifié (daté et signé)' }));
    await waitFor(() => expect(screen.queryByText("L'adhésion ne peut pas encore être validée")).not.toBeInTheDocument());
  });

  it('records a modified checklist before validating, and shows the registration code', async () => {
    const calls: { path: string; ifMatch: string | null }[] = [];
    const reviewed = submittedAdhesion({
      review: { paymentReceived: false, engagementUploaded: true, engagementReceived: true, mandataireChangeForm: 'NONE' },
      version: 7,
    });
    serve(submittedAdhesion({ declarations: { paymentMeans: 'DIRECT_DEBIT_DECEMBER' } }));
    server.use(
      http.put('*/api/adhesions/5/review', ({ request }) => {
        calls.push({ path: 'review', ifMatch: request.headers.get('If-Match') });
        return HttpResponse.json(reviewed);
      }),
      http.post('*/api/adhesions/5/review/validation', ({ request }) => {
        calls.push({ path: 'validation', ifMatch: request.headers.get('If-Match') });
        return HttpResponse.json(
          submittedAdhesion({
            status: 'VALIDATED',
            statusLabel: "L'adhésion est saisie, et a été validée. Bravo !",
            review: { ...reviewed.review, registrationCode: '26/0035 A', validatedAt: '2026-09-29T10:00:00Z' },
            version: 8,
          }),
        );
      }),
    );
    const { user } = renderApp('/gestion/validation/5', { loggedIn: true });

    expect(await screen.findByText(/l'adhésion peut être validée avant que le paiement ne soit reçu/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Engagement vérifié (daté et signé)' }));
    await user.click(screen.getByRole('button', { name: "Valider l'adhésion" }));
    // nothing happens before the confirmation, which says the amount and what validating does
    const confirmation = await screen.findByRole('dialog', { name: /Valider l'adhésion/ });
    expect(confirmation).toHaveTextContent("Un code d'enregistrement sera attribué");
    expect(confirmation).toHaveTextContent("La vérification modifiée sera enregistrée d'abord.");
    expect(calls).toEqual([]);
    await user.click(within(confirmation).getByRole('button', { name: 'Confirmer la validation' }));

    expect(await screen.findByTestId('registration-code')).toHaveTextContent("Code d'enregistrement : 26/0035 A");
    expect(await screen.findByText('Adhésion validée')).toBeInTheDocument();
    expect(calls).toEqual([
      { path: 'review', ifMatch: '"6"' },
      { path: 'validation', ifMatch: '"7"' },
    ]);
    expect(screen.queryByRole('button', { name: "Valider l'adhésion" })).not.toBeInTheDocument();
  });

  it('says to reload when the adhesion changed meanwhile', async () => {
    serve(submittedAdhesion());
    server.use(
      http.put('*/api/adhesions/5/review', () =>
        problem(409, 'stale-version', 'Ces informations ont été modifiées entre-temps (peut-être depuis un autre appareil).'),
      ),
    );
    const { user } = renderApp('/gestion/validation/5', { loggedIn: true });

    await user.click(await screen.findByRole('checkbox', { name: 'Engagement vérifié (daté et signé)' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer la vérification' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Adhésion modifiée entre-temps');
    expect(within(alert).getByRole('button', { name: 'Recharger' })).toBeInTheDocument();
  });

  it('asks for a correction with a required message', async () => {
    let sent: { body: unknown; ifMatch: string | null } | undefined;
    serve(submittedAdhesion());
    server.use(
      http.post('*/api/adhesions/5/review/correction-request', async ({ request }) => {
        sent = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
        return HttpResponse.json(
          submittedAdhesion({
            status: 'CORRECTION_REQUESTED',
            correctionMessage: "Il manque la signature du second signataire sur l'engagement.",
            version: 7,
          }),
        );
      }),
    );
    const { user } = renderApp('/gestion/validation/5', { loggedIn: true });

    await user.click(await screen.findByRole('button', { name: 'Demander une correction' }));
    const dialog = await screen.findByRole('dialog', { name: 'Demander une correction' });
    await user.click(within(dialog).getByRole('button', { name: 'Envoyer la demande' }));
    expect(await within(dialog).findByText('Écrivez le message destiné à la coopérative.')).toBeInTheDocument();
    expect(sent).toBeUndefined();
    expect(await axeViolations(dialog)).toEqual([]);

    await user.type(within(dialog).getByLabelText(/Message à la coopérative/), "Il manque la signature du second signataire sur l'engagement.");
    await user.click(within(dialog).getByRole('button', { name: 'Envoyer la demande' }));

    expect(await screen.findByText('Correction demandée')).toBeInTheDocument();
    expect(sent).toEqual({ body: { message: "Il manque la signature du second signataire sur l'engagement." }, ifMatch: '"6"' });
    expect(await screen.findByText(/Message envoyé : « Il manque la signature/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('reopens a validated adhesion with a reason', async () => {
    let sent: { body: unknown; ifMatch: string | null } | undefined;
    const validated = submittedAdhesion({
      status: 'VALIDATED',
      review: {
        paymentReceived: true,
        paymentAmount: 1157.11,
        paymentMethod: 'CHEQUE',
        paymentDate: '2026-09-28',
        engagementUploaded: true,
        engagementReceived: true,
        mandataireChangeForm: 'NONE',
        registrationCode: '26/0035 A',
        validatedAt: '2026-09-29T10:00:00Z',
      },
      version: 9,
    });
    serve(validated);
    server.use(
      http.post('*/api/adhesions/5/review/reopening', async ({ request }) => {
        sent = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
        return HttpResponse.json({
          ...validated,
          status: 'CORRECTION_REQUESTED',
          correctionMessage: "L'école a ouvert une classe de plus en octobre.",
          review: { ...validated.review, registrationCode: '26/0035 A', validatedAt: undefined, reopenReason: "L'école a ouvert une classe de plus en octobre." },
          version: 10,
        });
      }),
    );
    const { user, container } = renderApp('/gestion/validation/5', { loggedIn: true });

    expect(await screen.findByTestId('registration-code')).toHaveTextContent("Code d'enregistrement : 26/0035 A");
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Rouvrir' }));
    const dialog = await screen.findByRole('dialog', { name: "Rouvrir l'adhésion" });
    await user.type(within(dialog).getByLabelText(/Raison de la réouverture/), "L'école a ouvert une classe de plus en octobre.");
    await user.click(within(dialog).getByRole('button', { name: "Rouvrir l'adhésion" }));

    expect(await screen.findByText('Adhésion rouverte')).toBeInTheDocument();
    expect(sent).toEqual({ body: { reason: "L'école a ouvert une classe de plus en octobre." }, ifMatch: '"9"' });
    expect(screen.queryByTestId('registration-code')).not.toBeInTheDocument();
    expect(screen.getByText("L'adhésion validée a été rouverte.")).toBeInTheDocument();
  });

  it('opens an uploaded engagement in a new tab, read with the token', async () => {
    let authorization: string | null = null;
    serve(submittedAdhesion());
    server.use(
      http.get('*/api/documents/51/content', ({ request }) => {
        authorization = request.headers.get('Authorization');
        return new HttpResponse(new Uint8Array([0x25, 0x50, 0x44, 0x46]), { headers: { 'Content-Type': 'application/pdf' } });
      }),
    );
    const tab = { closed: false, opener: {}, location: { href: '' }, document: window.document.implementation.createHTMLDocument('') };
    const open = vi.spyOn(window, 'open').mockReturnValue(tab as unknown as Window);
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:http://localhost:3000/engagement';
    });
    URL.revokeObjectURL = vi.fn();
    const { user } = renderApp('/gestion/validation/5', { loggedIn: true });

    await user.click(await screen.findByRole('button', { name: 'Voir engagement-signe.pdf' }));

    await waitFor(() => expect(tab.location.href).toBe('blob:http://localhost:3000/engagement'));
    expect(open).toHaveBeenCalledWith('', '_blank');
    expect(tab.opener).toBeNull();
    expect(authorization).toBe('Bearer test-token');
    expect(created[0].type).toBe('application/pdf');
  });
});
