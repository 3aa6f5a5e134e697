import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { adhesion, classLine, cooperative, seedFee, uploadedDocument } from '@/testing/data';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const ADHESION_URL = '*/api/cooperatives/1/adhesions/2026-2027';

/** The cooperative and its adhesion; the preview is answered with seed 003's tariff. */
function serve(current: ReturnType<typeof adhesion>) {
  server.use(
    http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
    http.get(ADHESION_URL, () => HttpResponse.json(current)),
    http.post('*/api/adhesions/5/quote', async ({ request }) => {
      const body = (await request.json()) as { adults: number; pupils: number };
      return HttpResponse.json(seedFee(body.adults, body.pupils));
    }),
  );
}

const feeTotal = () => within(screen.getByRole('table', { name: "Montant de l'adhésion" })).getByTestId('fee-total');

describe('Adhésion', () => {
  it('adds a line through the entry row and shows the new total', async () => {
    const withThree = adhesion({
      lines: [
        ...adhesion().lines!,
        classLine({ id: 13, position: 3, className: 'CP', teachers: 'M. Aymard', adults: 1, pupils: 18 }),
      ],
      version: 5,
    });
    let sent: { body: unknown; ifMatch: string | null } | undefined;
    serve(adhesion());
    server.use(
      http.post('*/api/adhesions/5/lines', async ({ request }) => {
        sent = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
        return HttpResponse.json(withThree);
      }),
    );
    const { user } = renderApp('/coop/1/adhesion', { loggedIn: true });

    expect(await screen.findByRole('heading', { level: 1, name: 'Adhésion' })).toBeInTheDocument();
    expect(feeTotal()).toHaveTextContent('97,85');

    await user.type(screen.getByLabelText('Nom de la classe et/ou niveau'), 'CP');
    await user.type(screen.getByLabelText('Enseignant(e)(s)'), 'M. Aymard');
    await user.type(screen.getByLabelText('Enseignants'), '1');
    await user.type(screen.getByLabelText('Élèves'), '18');
    await user.click(screen.getByRole('button', { name: 'Valider et calculer' }));

    const lines = screen.getByRole('table', { name: 'Les classes' });
    expect(await within(lines).findByText('CP')).toBeInTheDocument();
    expect(sent).toEqual({
      body: { className: 'CP', teachers: 'M. Aymard', adults: 1, pupils: 18 },
      ifMatch: '"4"',
    });
    // the totals row, and the saved fee (no preview any more)
    const totals = within(lines).getByRole('rowheader', { name: /Total/ }).closest('tr')!;
    expect(totals).toHaveTextContent(/4\s*63\s*67/);
    expect(feeTotal()).toHaveTextContent('132,99 €');
    expect(screen.queryByText('aperçu')).not.toBeInTheDocument();
    // the entry row is empty again
    expect(screen.getByLabelText('Nom de la classe et/ou niveau')).toHaveValue('');
  });

  it("shows the server's violation under « Élèves »", async () => {
    serve(adhesion());
    server.use(
      http.post('*/api/adhesions/5/lines', () =>
        problem(400, 'validation', "Ce nombre d'élèves est trop élevé pour une ligne : vérifiez-le.", [
          { field: 'pupils', message: "Ce nombre d'élèves est trop élevé pour une ligne : vérifiez-le." },
        ]),
      ),
    );
    const { user } = renderApp('/coop/1/adhesion', { loggedIn: true });

    await user.type(await screen.findByLabelText('Nom de la classe et/ou niveau'), 'CM2');
    await user.type(screen.getByLabelText('Enseignants'), '1');
    await user.type(screen.getByLabelText('Élèves'), '999');
    await user.click(screen.getByRole('button', { name: 'Valider et calculer' }));

    const pupils = screen.getByLabelText('Élèves');
    expect(await screen.findByText("Ce nombre d'élèves est trop élevé pour une ligne : vérifiez-le.")).toBeInTheDocument();
    expect(pupils).toHaveAttribute('aria-invalid', 'true');
    expect(pupils).toHaveAccessibleDescription("Ce nombre d'élèves est trop élevé pour une ligne : vérifiez-le.");
    // said under the row, named by its column, rather than wrapped inside the narrow cell
    expect(screen.getByRole('list', { name: 'Erreurs de la ligne' })).toHaveTextContent(
      "Élèves : Ce nombre d'élèves est trop élevé pour une ligne : vérifiez-le.",
    );
    expect(pupils.closest('td')).not.toHaveTextContent('trop élevé');
    expect(screen.getByLabelText('Enseignants')).not.toHaveAttribute('aria-invalid', 'true');
    // the line typed stays, to be corrected
    expect(screen.getByLabelText('Nom de la classe et/ou niveau')).toHaveValue('CM2');
  });

  it('refuses a negative count with the field\'s message instead of rewriting it, and sends nothing', async () => {
    serve(adhesion());
    const posts: unknown[] = [];
    server.use(
      http.post('*/api/adhesions/5/lines', async ({ request }) => {
        posts.push(await request.json());
        return HttpResponse.json(adhesion(), { status: 201 });
      }),
    );
    const { user } = renderApp('/coop/1/adhesion', { loggedIn: true });

    await user.type(await screen.findByLabelText('Nom de la classe et/ou niveau'), 'CE1');
    await user.type(screen.getByLabelText('Enseignants'), '1');
    await user.type(screen.getByLabelText('Élèves'), '-3');
    await user.click(screen.getByRole('button', { name: 'Valider et calculer' }));

    const pupils = screen.getByLabelText('Élèves');
    expect(await screen.findByText('Un nombre de personnes ne peut pas être négatif.')).toBeInTheDocument();
    expect(pupils).toHaveAttribute('aria-invalid', 'true');
    expect(pupils).toHaveValue('-3');
    expect(posts).toEqual([]);
  });

  it('previews the fee of the line being typed through /quote, without saving', async () => {
    const quotes: unknown[] = [];
    serve(adhesion());
    server.use(
      http.post('*/api/adhesions/5/quote', async ({ request }) => {
        const body = (await request.json()) as { adults: number; pupils: number };
        quotes.push(body);
        return HttpResponse.json(seedFee(body.adults, body.pupils));
      }),
    );
    const { user } = renderApp('/coop/1/adhesion', { loggedIn: true });

    await user.type(await screen.findByLabelText('Nom de la classe et/ou niveau'), 'CP');
    await user.type(screen.getByLabelText('Enseignants'), '1');
    await user.type(screen.getByLabelText('Élèves'), '18');

    // 3 adults and 45 pupils saved, plus the line typed
    expect(await screen.findByText('aperçu')).toBeInTheDocument();
    expect(feeTotal()).toHaveTextContent('132,99 €');
    expect(quotes.at(-1)).toEqual({
      adults: 4,
      pupils: 63,
      insured: false,
      propertyValue: 0,
      instrumentValue: 0,
      subscriptionIds: [],
      voluntaryParticipation: 0,
    });
    expect(screen.getByText(/montant enregistré : 97,85/)).toBeInTheDocument();
  });

  it('asks before leaving a line typed and not added, and leaves only when told to', async () => {
    serve(adhesion());
    const { user, router } = renderApp('/coop/1/adhesion', { loggedIn: true });

    await user.type(await screen.findByLabelText('Nom de la classe et/ou niveau'), 'CP');
    await user.click(screen.getAllByRole('link', { name: /Sommaire/ })[0]);
    const warning = await screen.findByRole('dialog', { name: 'Quitter sans enregistrer ?' });
    expect(warning).toHaveTextContent('une ligne de classe');
    await user.click(within(warning).getByRole('button', { name: 'Rester sur la page' }));
    expect(screen.getByLabelText('Nom de la classe et/ou niveau')).toHaveValue('CP');
    expect(router.state.location.pathname).toBe('/coop/1/adhesion');

    await user.click(screen.getAllByRole('link', { name: /Sommaire/ })[0]);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Quitter sans enregistrer' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/coop/1'));
    // the Sommaire's code may still be loading: the adhesion page goes once it is shown
    await waitFor(() => expect(screen.queryByLabelText('Nom de la classe et/ou niveau')).not.toBeInTheDocument());
  });

  it("offers the value of the inventory as the declared property value", async () => {
    serve(adhesion({ declarations: { ...adhesion().declarations, insured: true, propertyValue: 0 } }));
    server.use(http.get('*/api/cooperatives/1/inventory', () => HttpResponse.json({ items: [], heldValue: 1250 })));
    const { user } = renderApp('/coop/1/adhesion', { loggedIn: true });
    await user.click(await screen.findByRole('button', { name: 'Reprendre ce montant' }));
    expect(screen.getByText(/Votre cahier d'inventaire : 1\s250,00\s€ de biens détenus/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Valeur déclarée des biens de la coopérative/ })).toHaveValue('1\u202f250,00');
  });

  it('warns the browser before the tab is closed while the declarations are not saved', async () => {
    serve(adhesion());
    const { user } = renderApp('/coop/1/adhesion', { loggedIn: true });
    await screen.findByLabelText('Nom de la classe et/ou niveau');
    const closing = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(closing()).toBe(false);
    await user.click(screen.getByRole('radio', { name: 'Par chèque' }));
    expect(closing()).toBe(true);
  });

  it('says what is still true of the engagement: asked for, received, then verified', async () => {
    let current = adhesion();
    let uploads: ReturnType<typeof uploadedDocument>[] = [];
    serve(current);
    server.use(
      http.get(ADHESION_URL, () => HttpResponse.json(current)),
      http.get('*/api/adhesions/5/engagement/uploads', () => HttpResponse.json(uploads)),
    );
    const first = renderApp('/coop/1/adhesion', { loggedIn: true });
    const state = await screen.findByTestId('engagement-state');
    expect(state).toHaveTextContent("L'adhésion ne sera pas validée sans lui.");
    first.unmount();

    uploads = [uploadedDocument({ uploadedAt: '2026-09-20T08:00:00Z' })];
    current = adhesion({ status: 'SUBMITTED', statusLabel: "Le paiement n'est pas validé", version: 6 });
    const second = renderApp('/coop/1/adhesion', { loggedIn: true });
    await waitFor(() => expect(screen.getByTestId('engagement-state')).toHaveTextContent('Votre engagement signé est bien reçu (envoyé le 20/09/2026).'));
    expect(screen.getByTestId('engagement-state')).not.toHaveTextContent('ne sera pas validée sans lui');
    second.unmount();

    current = adhesion({ status: 'VALIDATED', statusLabel: "L'adhésion est saisie, et a été validée. Bravo !", version: 7 });
    renderApp('/coop/1/adhesion', { loggedIn: true });
    await waitFor(() => expect(screen.getByTestId('engagement-state')).toHaveTextContent("L'engagement signé a été vérifié"));
    expect(screen.queryByLabelText(/engagement signé/)).not.toBeInTheDocument();
  });

  it('says there was nobody last year, and opens the year', async () => {
    let opened = false;
    const notStarted = adhesion({ id: undefined, status: 'NOT_STARTED', statusLabel: 'À saisir', lines: [], fee: undefined, version: 0 });
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get(ADHESION_URL, () => HttpResponse.json(opened ? adhesion({ lines: [] }) : notStarted)),
      http.post(ADHESION_URL, () => {
        opened = true;
        return HttpResponse.json(adhesion({ lines: [] }), { status: 201 });
      }),
    );
    const { user } = renderApp('/coop/1/adhesion', { loggedIn: true });

    expect(await screen.findByText("Il n'y a aucun adhérent pour l'année 2025 - 2026.")).toBeInTheDocument();
    expect(screen.getByText('Saisie en retard')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Commencer la saisie' }));

    expect(await screen.findByRole('table', { name: 'Les classes' })).toBeInTheDocument();
    expect(opened).toBe(true);
  });

  it('lists the reasons a submission is refused, then shows the status once sent', async () => {
    let attempts = 0;
    serve(adhesion());
    server.use(
      http.post('*/api/adhesions/5/submission', () => {
        attempts++;
        if (attempts === 1) {
          return problem(409, 'submission-refused', "L'adhésion ne peut pas encore être envoyée : Choisissez un moyen de paiement.", [
            { field: 'paymentMeans', message: 'Choisissez un moyen de paiement.' },
          ]);
        }
        return HttpResponse.json(
          adhesion({ status: 'SUBMITTED', statusLabel: "Le paiement n'est pas validé", submittedAmount: 97.85, late: true, version: 6 }),
        );
      }),
    );
    const { user } = renderApp('/coop/1/adhesion', { loggedIn: true });

    await user.click(await screen.findByRole('button', { name: "Envoyer à l'OCCE" }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: "Confirmer l'envoi" }));
    const refusal = await screen.findByRole('alert');
    expect(refusal).toHaveTextContent("L'adhésion ne peut pas encore être envoyée");
    expect(within(refusal).getByRole('listitem')).toHaveTextContent('Choisissez un moyen de paiement.');

    await user.click(screen.getByRole('button', { name: "Envoyer à l'OCCE" }));
    // nothing is sent before the confirmation, which says the amount and that the adhesion locks
    const confirmation = await screen.findByRole('dialog', { name: /Envoyer l'adhésion à/ });
    expect(confirmation).toHaveTextContent('Montant à régler, assurance comprise : 97,85');
    expect(confirmation).toHaveTextContent('ne pourra plus être modifiée');
    await user.click(within(confirmation).getByRole('button', { name: "Confirmer l'envoi" }));
    expect(await screen.findByText("Le paiement n'est pas validé")).toBeInTheDocument();
    // read-only: no entry row, no pencil, no submission
    expect(screen.queryByLabelText('Nom de la classe et/ou niveau')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Modifier la ligne/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: "Envoyer à l'OCCE" })).not.toBeInTheDocument();
  });

  it('offers to reload when the adhesion changed meanwhile', async () => {
    let version = 4;
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get(ADHESION_URL, () =>
        HttpResponse.json(
          version === 4
            ? adhesion()
            : adhesion({ lines: [...adhesion().lines!, classLine({ id: 14, position: 3, className: 'RASED', adults: 1, pupils: 0 })], version }),
        ),
      ),
      http.delete('*/api/adhesions/5/lines/12', () => {
        version = 7;
        return problem(409, 'stale-version', 'Ces informations ont été modifiées entre-temps. Rechargez la page.');
      }),
    );
    const { user } = renderApp('/coop/1/adhesion', { loggedIn: true });

    await user.click(await screen.findByRole('button', { name: 'Supprimer la ligne CE2' }));
    const dialog = await screen.findByRole('dialog', { name: 'Supprimer une ligne' });
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Recharger' }));

    expect(await screen.findByText('RASED')).toBeInTheDocument();
  });

  it("shows the OCCE's message when a correction is asked, and lets the lines change again", async () => {
    serve(
      adhesion({
        status: 'CORRECTION_REQUESTED',
        statusLabel: "L'adhésion est saisie, mais elle doit être corrigée. L'OCCE a besoin d'informations complémentaires",
        correctionMessage: 'Il manque la classe de CP.',
        submittedAmount: 97.85,
      }),
    );
    renderApp('/coop/1/adhesion', { loggedIn: true });

    expect(await screen.findByText(/Il manque la classe de CP\./)).toBeInTheDocument();
    expect(screen.getByText(/elle doit être corrigée/)).toBeInTheDocument();
    expect(screen.getByLabelText('Nom de la classe et/ou niveau')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Modifier la ligne CE1' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: "Envoyer à l'OCCE" })).toBeInTheDocument();
  });

  it('becomes read-only when the adhesion was sent meanwhile (409 adhesion-submitted)', async () => {
    let sent = false;
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get(ADHESION_URL, () =>
        HttpResponse.json(
          sent ? adhesion({ status: 'SUBMITTED', statusLabel: "Le paiement n'est pas validé", submittedAmount: 97.85, version: 5 }) : adhesion(),
        ),
      ),
      http.put('*/api/adhesions/5/lines/11', () => {
        sent = true;
        return problem(409, 'adhesion-submitted', "L'adhésion est envoyée à l'OCCE : elle ne peut plus être modifiée.");
      }),
    );
    const { user } = renderApp('/coop/1/adhesion', { loggedIn: true });

    await user.click(await screen.findByRole('button', { name: 'Modifier la ligne CE1' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText("Le paiement n'est pas validé")).toBeInTheDocument();
    expect(screen.queryByLabelText('Nom de la classe et/ou niveau')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Modifier la ligne/ })).not.toBeInTheDocument();
  });
});
