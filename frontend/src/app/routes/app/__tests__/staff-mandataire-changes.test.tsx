import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { mandataireChange, staff } from '@/testing/data';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const CHANGES_URL = '*/api/departments/999/mandataire-changes';
const staff999 = () => staff({ login: 'staff999', department: { id: 4, code: '999', name: 'OCCE Démonstration' } });

async function axeViolations(container: Element): Promise<string[]> {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

function page(items: ReturnType<typeof mandataireChange>[]) {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: 1 };
}

describe('Changements de mandataire', () => {
  it('lists the pending requests with the new mandataire and the papers', async () => {
    const requests: URL[] = [];
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff999())),
      http.get(CHANGES_URL, ({ request }) => {
        requests.push(new URL(request.url));
        return HttpResponse.json(page([mandataireChange()]));
      }),
    );
    const { container } = renderApp('/gestion/changements-mandataire', { loggedIn: true });

    const card = await screen.findByRole('article', { name: /999-9991 : Marie MARTIN/ });
    expect(card).toHaveTextContent('marie.martin@example.fr');
    expect(card).toHaveTextContent('06 12 34 56 78');
    expect(card).toHaveTextContent(/Paul DURAND\s*Lucie PETIT/);
    expect(within(card).getByRole('button', { name: 'Voir Formulaire de changement signé' })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: "Voir Pièce d'identité" })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Voir Justificatif de domicile' })).toBeInTheDocument();
    expect(requests[0].searchParams.get('status')).toBe('PENDING');

    expect(await axeViolations(container)).toEqual([]);
  });

  it('accepts a request and shows the one-time password once', async () => {
    let ifMatch: string | null = null;
    let accepted = false;
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff999())),
      http.get(CHANGES_URL, () => HttpResponse.json(page(accepted ? [] : [mandataireChange()]))),
      http.post('*/api/mandataire-changes/21/acceptance', ({ request }) => {
        ifMatch = request.headers.get('If-Match');
        accepted = true;
        return HttpResponse.json({
          change: mandataireChange({ status: 'ACCEPTED', decidedAt: '2026-09-27T09:00:00Z', decidedBy: 'staff999', version: 2 }),
          login: '999-9991',
          oneTimePassword: 'k7Qf-2m9D-xW4c',
        });
      }),
    );
    const { user } = renderApp('/gestion/changements-mandataire', { loggedIn: true });

    await user.click(await screen.findByRole('button', { name: 'Accepter la demande de 999-9991' }));
    const confirm = await screen.findByRole('dialog', { name: 'Accepter le changement de mandataire' });
    await user.click(within(confirm).getByRole('button', { name: 'Accepter le changement' }));

    const dialog = await screen.findByRole('dialog', { name: 'Changement de mandataire accepté' });
    expect(within(dialog).getByTestId('one-time-password')).toHaveTextContent('k7Qf-2m9D-xW4c');
    expect(dialog).toHaveTextContent('Identifiant : 999-9991');
    expect(dialog).toHaveTextContent(
      "Il a aussi été envoyé par courriel au nouveau mandataire (marie.martin@example.fr). Ce mot de passe n'est affiché qu'une fois",
    );
    expect(within(dialog).getByRole('button', { name: 'Copier le mot de passe' })).toBeInTheDocument();
    expect(ifMatch).toBe('"1"');
    expect(await axeViolations(dialog)).toEqual([]);
    // the list was read again: the request is no longer pending
    expect(await screen.findByText("Aucune demande de changement de mandataire n'est en attente.")).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Terminé' }));
    await waitFor(() => expect(screen.queryByText('k7Qf-2m9D-xW4c')).not.toBeInTheDocument());
  });

  it('refuses a request with a required reason', async () => {
    let sent: { body: unknown; ifMatch: string | null } | undefined;
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff999())),
      http.get(CHANGES_URL, () => HttpResponse.json(page([mandataireChange()]))),
      http.post('*/api/mandataire-changes/21/refusal', async ({ request }) => {
        sent = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
        return HttpResponse.json(mandataireChange({ status: 'REFUSED', refusalReason: 'Le justificatif de domicile a plus de 3 mois.' }));
      }),
    );
    const { user } = renderApp('/gestion/changements-mandataire', { loggedIn: true });

    await user.click(await screen.findByRole('button', { name: 'Refuser la demande de 999-9991' }));
    const dialog = await screen.findByRole('dialog', { name: 'Refuser la demande' });
    await user.click(within(dialog).getByRole('button', { name: 'Refuser la demande' }));
    expect(await within(dialog).findByText('Indiquez la raison.')).toBeInTheDocument();
    expect(sent).toBeUndefined();
    expect(await axeViolations(dialog)).toEqual([]);

    await user.type(within(dialog).getByLabelText(/Motif du refus/), 'Le justificatif de domicile a plus de 3 mois.');
    await user.click(within(dialog).getByRole('button', { name: 'Refuser la demande' }));

    expect(await screen.findByText('Demande refusée')).toBeInTheDocument();
    expect(sent).toEqual({ body: { reason: 'Le justificatif de domicile a plus de 3 mois.' }, ifMatch: '"1"' });
  });

  it('says to reload when the request changed meanwhile', async () => {
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff999())),
      http.get(CHANGES_URL, () => HttpResponse.json(page([mandataireChange()]))),
      http.post('*/api/mandataire-changes/21/acceptance', () =>
        problem(409, 'stale-version', 'Ces informations ont été modifiées entre-temps (peut-être depuis un autre appareil).'),
      ),
    );
    const { user } = renderApp('/gestion/changements-mandataire', { loggedIn: true });

    await user.click(await screen.findByRole('button', { name: 'Accepter la demande de 999-9991' }));
    const confirm = await screen.findByRole('dialog', { name: 'Accepter le changement de mandataire' });
    await user.click(within(confirm).getByRole('button', { name: 'Accepter le changement' }));

    const alert = await within(confirm).findByRole('alert');
    expect(alert).toHaveTextContent('Demande modifiée entre-temps');
    expect(within(alert).getByRole('button', { name: 'Recharger' })).toBeInTheDocument();
  });

  it('shows the decided requests of the chosen status', async () => {
    const requests: URL[] = [];
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff999())),
      http.get(CHANGES_URL, ({ request }) => {
        const url = new URL(request.url);
        requests.push(url);
        return HttpResponse.json(
          page(
            url.searchParams.get('status') === 'REFUSED'
              ? [
                  mandataireChange({
                    status: 'REFUSED',
                    decidedAt: '2026-09-27T09:00:00Z',
                    decidedBy: 'staff999',
                    refusalReason: 'Le justificatif de domicile a plus de 3 mois.',
                  }),
                ]
              : [],
          ),
        );
      }),
    );
    const { user } = renderApp('/gestion/changements-mandataire', { loggedIn: true });

    await user.selectOptions(await screen.findByLabelText('Statut'), 'REFUSED');

    const card = await screen.findByRole('article');
    expect(card).toHaveTextContent('refusée');
    expect(card).toHaveTextContent('« Le justificatif de domicile a plus de 3 mois. »');
    expect(within(card).queryByRole('button', { name: /Accepter/ })).not.toBeInTheDocument();
    expect(requests[requests.length - 1].searchParams.get('status')).toBe('REFUSED');
  });
});
