import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { cooperative } from '@/testing/data';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

describe('Identité de la coopérative', () => {
  it('sends only the changed fields with the version read', async () => {
    let body: unknown;
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.patch('*/api/cooperatives/1', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(cooperative({ schoolPhone: '05 65 12 34 56', version: 4 }));
      }),
    );
    const { user } = renderApp('/coop/1/identite', { loggedIn: true });

    const phone = await screen.findByLabelText("Téléphone de l'école");
    await user.type(phone, '05 65 12 34 56');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText('Modifications enregistrées')).toBeInTheDocument();
    expect(body).toEqual({ version: 3, schoolPhone: '05 65 12 34 56' });
  });

  it("shows a field's violation under that field", async () => {
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.patch('*/api/cooperatives/1', () =>
        problem(400, 'validation', "L'adresse e-mail n'est pas valide.", [
          { field: 'mandataireEmail', message: "L'adresse e-mail n'est pas valide." },
        ]),
      ),
    );
    const { user } = renderApp('/coop/1/identite', { loggedIn: true });

    const email = await screen.findByLabelText('E-mail du mandataire');
    await user.clear(email);
    // accepted by the browser-side check, refused by the server
    await user.type(email, 'jean@ecole');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText("L'adresse e-mail n'est pas valide.")).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription("L'adresse e-mail n'est pas valide.");
  });

  it('lets a mandataire read, not change, what only the OCCE changes', async () => {
    server.use(http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())));
    renderApp('/coop/1/identite', { loggedIn: true });

    expect(await screen.findByLabelText("Nom de l'école")).toHaveAttribute('readonly');
    expect(screen.getByLabelText('UAI (ancien RNE)')).toHaveAttribute('readonly');
    expect(screen.getByLabelText("Téléphone de l'école")).not.toHaveAttribute('readonly');
    expect(screen.getByText('Jeanne LECLAIR', { exact: false })).toBeInTheDocument();
  });

  it('lets a mandataire correct the whole address, and leads to the change of mandataire (no « bientôt »)', async () => {
    server.use(http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())));
    renderApp('/coop/1/identite', { loggedIn: true });

    expect(await screen.findByLabelText('Code postal')).not.toHaveAttribute('readonly');
    expect(screen.getByLabelText('Commune')).not.toHaveAttribute('readonly');
    expect(screen.queryByText(/bientôt/i)).not.toBeInTheDocument();
    const note = screen.getByRole('note');
    expect(within(note).getByRole('link', { name: /Changement de mandataire/ })).toHaveAttribute('href', '/coop/1/changement-mandataire');
  });

  it('offers to reload when the identity changed meanwhile', async () => {
    let version = 3;
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative({ version, schoolPhone: version > 3 ? '01 02 03 04 05' : undefined }))),
      http.patch('*/api/cooperatives/1', () => {
        version = 4;
        return problem(409, 'stale-version', 'Ces informations ont été modifiées entre-temps.');
      }),
    );
    const { user } = renderApp('/coop/1/identite', { loggedIn: true });

    await user.type(await screen.findByLabelText("Téléphone de l'école"), '05 65 12 34 56');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Ces informations ont été modifiées entre-temps.');
    await user.click(within(alert).getByRole('button', { name: 'Recharger' }));

    expect(await screen.findByDisplayValue('01 02 03 04 05')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
