import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { staff, tariff } from '@/testing/data';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const TARIFF_URL = '*/api/departments/999/tariffs/2026-2027';
const staff999 = () => staff({ login: 'staff999', department: { id: 4, code: '999', name: 'OCCE Démonstration' } });

describe('Barème', () => {
  it('shows the seed tariff of the current year', async () => {
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff999())),
      http.get(TARIFF_URL, () => HttpResponse.json(tariff())),
    );
    renderApp('/gestion/bareme', { loggedIn: true });

    expect(await screen.findByLabelText('Forfait par coopérative')).toHaveValue('8,00');
    expect(screen.getByLabelText('Tarif par élève')).toHaveValue('1,73');
    expect(screen.getByLabelText('Tarif par adulte')).toHaveValue('4,00');
    expect(screen.queryByLabelText('Tarif par coopérateur')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Biens : taux au-delà du seuil')).toHaveValue('1,00');
    expect(screen.getByLabelText('Ouverture de la saisie')).toHaveValue('01/09/2026');
    expect(screen.getByRole('checkbox', { name: 'Par chèque' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Prélèvement immédiat' })).not.toBeChecked();
    expect(screen.getByLabelText('Abonnement 1')).toHaveValue('TOTO est content');
  });

  it("starts a new tariff from the server's defaults (thresholds, campaign dates, payment means)", async () => {
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff999())),
      http.get(TARIFF_URL, () => problem(404, 'not-found', 'Le barème 2026 - 2027 n\'est pas encore défini.')),
      http.get(`${TARIFF_URL}/defaults`, () =>
        HttpResponse.json({
          propertyThreshold: 2500,
          instrumentThreshold: 12000,
          opensOn: '2026-09-01',
          deadline: '2026-10-15',
          paymentMeans: ['CHEQUE', 'DIRECT_DEBIT_NOW'],
        }),
      ),
    );
    const { user } = renderApp('/gestion/bareme', { loggedIn: true });

    await user.click(await screen.findByRole('button', { name: 'Saisir un nouveau barème' }));

    expect(await screen.findByLabelText('Biens de la coopérative : seuil')).toHaveValue('2\u202f500,00');
    expect(screen.getByLabelText('Instruments de musique : seuil')).toHaveValue('12\u202f000,00');
    expect(screen.getByLabelText('Date limite')).toHaveValue('15/10/2026');
    expect(screen.getByRole('checkbox', { name: 'Par chèque' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Prélèvement immédiat' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Par la collecte et/ou par virement' })).not.toBeChecked();
  });

  it('lists the cooperatives a change affects, and saves it when asked again with acknowledge=true', async () => {
    const puts: { acknowledge: string | null; body: Record<string, unknown> }[] = [];
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff999())),
      http.get(TARIFF_URL, () => HttpResponse.json(tariff())),
      http.put(TARIFF_URL, async ({ request }) => {
        const acknowledge = new URL(request.url).searchParams.get('acknowledge');
        puts.push({ acknowledge, body: (await request.json()) as Record<string, unknown> });
        if (acknowledge !== 'true') {
          return HttpResponse.json(
            {
              type: 'https://coop-en-ligne.fr/problems/tariff-in-use',
              title: 'Conflit',
              status: 409,
              detail: "Ce barème a déjà servi à calculer 1 adhésion(s) soumise(s). Confirmez la modification pour l'enregistrer.",
              affected: ['999-9991'],
            },
            { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
          );
        }
        return HttpResponse.json(tariff({ cooperativeFee: 9, version: 3 }));
      }),
    );
    const { user } = renderApp('/gestion/bareme', { loggedIn: true });

    const fee = await screen.findByLabelText('Forfait par coopérative');
    await user.clear(fee);
    await user.type(fee, '9');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le barème' }));

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('Ce barème a déjà servi');
    expect(within(warning).getByRole('list', { name: 'Coopératives concernées' })).toHaveTextContent('999-9991');
    expect(puts).toHaveLength(1);
    expect(puts[0].acknowledge).toBeNull();

    await user.click(within(warning).getByRole('button', { name: 'Enregistrer quand même' }));
    expect(await screen.findByText('Barème enregistré')).toBeInTheDocument();
    expect(puts).toHaveLength(2);
    expect(puts[1].acknowledge).toBe('true');
    expect(puts[1].body).toEqual(puts[0].body);
    expect(puts[1].body).toMatchObject({
      version: 2,
      cooperativeFee: 9,
      membershipMode: 'SPLIT',
      membershipPupilRate: 1.73,
      membershipAdultRate: 4,
      propertyRate: 0.01,
      instrumentRate: 0.008,
      paymentMeans: ['TRANSFER', 'CHEQUE'],
      subscriptions: [
        { name: 'TOTO est content', price: 4 },
        { name: "Les Coopains d'accord", price: 5 },
      ],
    });
    expect(puts[1].body).not.toHaveProperty('membershipRate');
    expect(screen.queryByText('Ce barème a déjà servi')).not.toBeInTheDocument();
  });

  it("copies last year's tariff when the year has none", async () => {
    let copied = false;
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff999())),
      http.get(TARIFF_URL, () =>
        copied ? HttpResponse.json(tariff()) : problem(404, 'not-found', "Le barème 2026 - 2027 de OCCE Démonstration n'est pas encore défini."),
      ),
      http.post(`${TARIFF_URL}/copy-from-previous`, () => {
        copied = true;
        return HttpResponse.json(tariff(), { status: 201 });
      }),
    );
    const { user } = renderApp('/gestion/bareme', { loggedIn: true });

    expect(await screen.findByText(/n'est pas encore défini/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: "Copier le barème de l'an dernier" }));

    expect(await screen.findByLabelText('Forfait par coopérative')).toHaveValue('8,00');
  });
});
