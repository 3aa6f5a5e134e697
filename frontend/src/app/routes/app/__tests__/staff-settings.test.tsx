import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { components } from '@/api/generated/schema';
import { staff, tariff } from '@/testing/data';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

type Settings = components['schemas']['DepartmentSettings'];

const SETTINGS_URL = '*/api/departments/999/settings';
const staff999 = () => staff({ login: 'staff999', department: { id: 4, code: '999', name: 'OCCE Démonstration' } });

async function axeViolations(container: Element): Promise<string[]> {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

const placeholders = [
  { name: '{cooperative}', description: 'le numéro de la coopérative, ex. 038-2233' },
  { name: '{department}', description: "le nom de l'association départementale" },
];

function settings(overrides: Partial<Settings> = {}): Settings {
  return {
    code: '999',
    name: 'OCCE Démonstration',
    addressLine: '1 place de la République',
    postalCode: '99999',
    city: 'SUPER VILLE',
    email: 'ad999@occe.coop',
    phone: '01 99 99 99 99',
    contactName: 'Secrétariat',
    openingHours: 'Du lundi au jeudi',
    insurerName: 'Mutuelle de démonstration',
    insurerContractNumber: 'DEMO-999-2025',
    emailTemplates: [
      {
        kind: 'REMINDER',
        label: 'Relance des coopératives',
        subject: 'Relance {year}',
        body: 'Bonjour {cooperative}',
        custom: false,
        defaultSubject: 'Relance {year}',
        defaultBody: 'Bonjour {cooperative}',
        placeholders,
      },
      {
        kind: 'CORRECTION_REQUEST',
        label: 'Demande de correction',
        subject: 'Votre adhésion {year} est à corriger',
        body: '{message}\n{department}',
        custom: false,
        defaultSubject: 'Votre adhésion {year} est à corriger',
        defaultBody: '{message}\n{department}',
        placeholders: [...placeholders, { name: '{message}', description: "le message de l'OCCE" }],
      },
    ],
    version: 4,
    ...overrides,
  };
}

function serve(puts: Record<string, unknown>[], answer: (body: Record<string, unknown>) => Response) {
  server.use(
    http.get('*/api/me', () => HttpResponse.json(staff999())),
    http.get(SETTINGS_URL, () => HttpResponse.json(settings())),
    http.get('*/api/departments/999/tariffs/2026-2027', () => HttpResponse.json(tariff())),
    http.put(SETTINGS_URL, async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      puts.push(body);
      return answer(body);
    }),
  );
}

describe('Paramètres du département', () => {
  it("shows the contacts, the insurer, the year's campaign read-only and the emails with their placeholders", async () => {
    serve([], () => HttpResponse.json(settings()));
    const { container } = renderApp('/gestion/parametres', { loggedIn: true });

    expect(await screen.findByRole('heading', { level: 1, name: 'Paramètres du département' })).toBeInTheDocument();
    expect(await screen.findByLabelText('Personne à contacter')).toHaveValue('Secrétariat');
    expect(screen.getByLabelText('Numéro de contrat')).toHaveValue('DEMO-999-2025');
    const campaign = await screen.findByRole('list', { name: "La campagne de l'année" });
    expect(campaign).toHaveTextContent('Saisie ouverte du 01/09/2026');
    expect(screen.getByRole('link', { name: /^Modifier dans le barème 2026/ })).toHaveAttribute(
      'href',
      '/gestion/bareme?department=999&year=2026-2027',
    );
    expect(screen.getByLabelText('Objet — Demande de correction')).toHaveAttribute('readonly');
    expect(within(screen.getByRole('table', { name: 'Champs possibles — Demande de correction' })).getByText('{message}')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Paramètres du département' })).toHaveAttribute('aria-current', 'page');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('sends the rewritten email only, and shows the French refusal of an unknown placeholder under its field', async () => {
    const puts: Record<string, unknown>[] = [];
    serve(puts, () =>
      problem(400, 'validation', "« {directeur} » n'est pas un champ du courriel « Demande de correction ».", [
        {
          field: 'emailTemplates.CORRECTION_REQUEST.body',
          message: "« {directeur} » n'est pas un champ du courriel « Demande de correction ».",
        },
      ]),
    );
    const { user } = renderApp('/gestion/parametres', { loggedIn: true });

    const switches = await screen.findAllByRole('switch', { name: 'Texte propre au département' });
    await user.click(switches[1]);
    const text = screen.getByLabelText('Texte — Demande de correction');
    expect(text).not.toHaveAttribute('readonly');
    await user.clear(text);
    await user.type(text, 'Bonjour {{directeur}, {{message}');
    await user.clear(screen.getByLabelText('Personne à contacter'));
    await user.type(screen.getByLabelText('Personne à contacter'), 'Mme MARTIN');
    await user.click(screen.getByRole('button', { name: 'Enregistrer les paramètres' }));

    expect(await screen.findByText("« {directeur} » n'est pas un champ du courriel « Demande de correction ».")).toBeInTheDocument();
    expect(screen.getByLabelText('Texte — Demande de correction')).toHaveAttribute('aria-invalid', 'true');
    expect(puts).toHaveLength(1);
    expect(puts[0]).toMatchObject({
      version: 4,
      contactName: 'Mme MARTIN',
      emailTemplates: [{ kind: 'CORRECTION_REQUEST', subject: 'Votre adhésion {year} est à corriger', body: 'Bonjour {directeur}, {message}' }],
    });
  });

  it('offers to reload when the settings changed meanwhile', async () => {
    let reads = 0;
    serve([], () =>
      problem(409, 'stale-version', 'Ces informations ont été modifiées entre-temps (peut-être depuis un autre appareil).'),
    );
    server.use(
      http.get(SETTINGS_URL, () => {
        reads += 1;
        return HttpResponse.json(settings({ contactName: reads > 1 ? 'Quelqu’un d’autre' : 'Secrétariat', version: 4 + reads }));
      }),
    );
    const { user } = renderApp('/gestion/parametres', { loggedIn: true });

    await user.type(await screen.findByLabelText('Assureur'), ' bis');
    await user.click(screen.getByRole('button', { name: 'Enregistrer les paramètres' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Paramètres modifiés entre-temps');
    await user.click(within(alert).getByRole('button', { name: 'Recharger' }));
    await waitFor(() => expect(screen.getByLabelText('Personne à contacter')).toHaveValue('Quelqu’un d’autre'));
  });
});
