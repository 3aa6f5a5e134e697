import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cooperative, staff } from '@/testing/data';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const staff038 = () => staff({ login: 'staff038', department: { id: 1, code: '038', name: "OCCE de l'Isère" } });
const BASE = '*/api/departments/038/sepa-direct-debits';

async function axeViolations(container: Element): Promise<string[]> {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

const creditor = {
  departmentCode: '038',
  name: "OCCE de l'Isère",
  identifier: 'FR65ZZZ564738',
  iban: 'FR7630004000031234567890143',
  bic: 'BNPAFRPPXXX',
  updatedAt: '2026-09-01T08:00:00Z',
  updatedBy: 'staff038',
  version: 0,
};

const preview = {
  schoolYear: '2026-2027',
  means: ['DIRECT_DEBIT_NOW', 'DIRECT_DEBIT_DECEMBER'],
  count: 2,
  total: 243.47,
  refusedCount: 1,
  creditorReady: true,
  candidates: {
    items: [
      {
        adhesionId: 13,
        cooperativeId: 13,
        cooperativeCode: '038-0163',
        schoolName: 'École Maternelle Pasteur',
        paymentMeans: 'DIRECT_DEBIT_NOW',
        amount: 130.52,
        refusal: "Aucun mandat de prélèvement SEPA n'est enregistré pour cette coopérative.",
      },
      {
        adhesionId: 11,
        cooperativeId: 11,
        cooperativeCode: '038-0135',
        schoolName: 'École Élémentaire Victor Hugo',
        paymentMeans: 'DIRECT_DEBIT_NOW',
        amount: 115.46,
        ibanMasked: 'FR76 •••• 1010',
        mandateReference: 'OCCE038-0135-2026',
      },
      {
        adhesionId: 12,
        cooperativeId: 12,
        cooperativeCode: '038-0142',
        schoolName: 'Groupe Scolaire Les Tilleuls',
        paymentMeans: 'DIRECT_DEBIT_DECEMBER',
        amount: 128.01,
        ibanMasked: 'FR76 •••• 1011',
        mandateReference: 'OCCE038-0142-2026',
      },
    ],
    page: 0,
    size: 20,
    totalItems: 3,
    totalPages: 1,
  },
};

const batch = {
  id: 51,
  messageId: 'OCCE038-20261123-51',
  schoolYear: '2026-2027',
  means: ['DIRECT_DEBIT_NOW', 'DIRECT_DEBIT_DECEMBER'],
  collectionDate: '2026-11-30',
  createdAt: '2026-11-23T09:00:00Z',
  createdBy: 'staff038',
  count: 2,
  controlSum: 243.47,
  refusedCount: 1,
};

describe('Prélèvements SEPA', () => {
  let saved: { blob: Blob; name: string }[] = [];
  beforeEach(() => {
    saved = [];
    let last: Blob = new Blob();
    URL.createObjectURL = vi.fn((blob: Blob) => {
      last = blob;
      return 'blob:http://localhost:3000/sepa';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ blob: last, name: this.download });
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows the count, the total, the refused adhesions with their reason, and makes and downloads the file', async () => {
    let posted: unknown;
    let batches = [] as (typeof batch)[];
    const previews: URL[] = [];
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff038())),
      http.get('*/api/departments/038/sepa-creditor', () => HttpResponse.json(creditor)),
      http.get(BASE, ({ request }) => {
        previews.push(new URL(request.url));
        return HttpResponse.json(preview);
      }),
      http.get(`${BASE}/batches`, () =>
        HttpResponse.json({ items: batches, page: 0, size: 20, totalItems: batches.length, totalPages: batches.length ? 1 : 0 }),
      ),
      http.post(BASE, async ({ request }) => {
        posted = await request.json();
        batches = [batch];
        return HttpResponse.json(batch, { status: 201 });
      }),
      http.get(`${BASE}/batches/51/file`, () =>
        new HttpResponse('<Document/>', { headers: { 'Content-Type': 'application/xml' } }),
      ),
    );
    const { user, container } = renderApp('/gestion/prelevements-sepa', { loggedIn: true });

    expect(await screen.findByRole('heading', { level: 1, name: 'Prélèvements SEPA' })).toBeInTheDocument();
    expect(await screen.findByLabelText(/^Identifiant créancier SEPA \(ICS\)/)).toHaveValue('FR65ZZZ564738');
    expect(screen.getByLabelText(/^IBAN du département/)).toHaveValue('FR76 3000 4000 0312 3456 7890 143');

    const summary = await screen.findByLabelText('Résumé du prochain fichier');
    expect(summary).toHaveTextContent('Prélèvements2');
    expect(summary).toHaveTextContent(/Montant total243,47\s€/);
    expect(summary).toHaveTextContent('Adhésions écartées1');
    const table = screen.getByRole('table', { name: 'Adhésions à prélever' });
    const refused = within(table).getByRole('link', { name: '038-0163' }).closest('tr')!;
    expect(refused).toHaveTextContent('écartée');
    expect(refused).toHaveTextContent("Aucun mandat de prélèvement SEPA n'est enregistré pour cette coopérative.");
    expect(within(table).getByRole('link', { name: '038-0135' }).closest('tr')!).toHaveTextContent('FR76 •••• 1010');
    expect(previews[0].searchParams.get('year')).toBe('2026-2027');
    expect(screen.getByText("Aucun fichier créé pour l'instant.")).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    // only the December debits
    await user.selectOptions(screen.getByLabelText('Moyen de paiement'), 'DIRECT_DEBIT_DECEMBER');
    await waitFor(() => expect(previews.at(-1)!.searchParams.get('means')).toBe('DIRECT_DEBIT_DECEMBER'));
    await user.selectOptions(screen.getByLabelText('Moyen de paiement'), '');

    const collection = screen.getByRole('textbox', { name: /Date de prélèvement/ });
    await user.clear(collection);
    await user.type(collection, '30/11/2026');
    await user.click(screen.getByRole('button', { name: 'Créer et télécharger le fichier SEPA' }));
    // the file is made only once confirmed, after reading how many debits and how much
    const confirmation = await screen.findByRole('dialog', { name: 'Créer le fichier de prélèvement ?' });
    expect(confirmation).toHaveTextContent(/prélèvements? pour un total de .*débités? le 30\/11\/2026/);
    expect(posted).toBeUndefined();
    await user.click(within(confirmation).getByRole('button', { name: 'Créer le fichier' }));

    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toBe('prelevements-sepa-038-2026-11-30.xml');
    expect(await saved[0].blob.text()).toBe('<Document/>');
    expect(posted).toEqual({ schoolYear: '2026-2027', collectionDate: '2026-11-30', includeDebited: false });
    // the file is listed among those made, to download again
    const past = await screen.findByRole('table', { name: 'Fichiers de prélèvement créés' });
    expect(past).toHaveTextContent('OCCE038-20261123-51');
    expect(past).toHaveTextContent('30/11/2026');
    await user.click(within(past).getByRole('button', { name: 'Télécharger le fichier OCCE038-20261123-51' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1].name).toBe('OCCE038-20261123-51.xml');
  });

  it("says in French why the file was not made, and the creditor's field that is wrong", async () => {
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff038())),
      http.get('*/api/departments/038/sepa-creditor', () => HttpResponse.json({ departmentCode: '038' })),
      http.put('*/api/departments/038/sepa-creditor', () =>
        problem(400, 'validation', 'Le BIC est refusé par la banque.', [{ field: 'bic', message: 'Le BIC est refusé par la banque.' }]),
      ),
      http.get(BASE, () => HttpResponse.json({ ...preview, creditorReady: false })),
      http.get(`${BASE}/batches`, () => HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 })),
    );
    const { user } = renderApp('/gestion/prelevements-sepa', { loggedIn: true });

    expect(await screen.findByText(/Renseignez d'abord le créancier/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Créer et télécharger le fichier SEPA' })).toBeDisabled();
    // the department's name is proposed; a wrong identifier is caught before sending
    expect(screen.getByLabelText(/^Nom du créancier/)).toHaveValue("OCCE de l'Isère");
    await user.type(screen.getByLabelText(/^Identifiant créancier SEPA \(ICS\)/), 'FR12ZZZ123456');
    await user.type(screen.getByLabelText(/^IBAN du département/), 'FR76 3000 4000 0312 3456 7890 14');
    expect(screen.getByText('Un IBAN français compte 27 caractères : 26 saisis, il en manque 1.')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^IBAN du département/), '3');
    expect(screen.getByText('IBAN valide : FR76 3000 4000 0312 3456 7890 143')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^BIC du département/), 'BNPAFRPP');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le créancier' }));
    expect(await screen.findByText(/Cet identifiant créancier SEPA \(ICS\) n'est pas valide/)).toBeInTheDocument();

    await user.clear(screen.getByLabelText(/^Identifiant créancier SEPA \(ICS\)/));
    await user.type(screen.getByLabelText(/^Identifiant créancier SEPA \(ICS\)/), 'FR72ZZZ123456');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le créancier' }));
    expect(await screen.findByText('Le BIC est refusé par la banque.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^BIC du département/)).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('Mandat de prélèvement SEPA (identity of a cooperative)', () => {
  it('lets staff record the mandate: the IBAN is checked while typed and sent without spaces', async () => {
    let body: unknown;
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff038())),
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get('*/api/departments/046', () => HttpResponse.json({ id: 2, code: '046', name: 'OCCE du Lot' })),
      http.get('*/api/cooperatives/1/sepa-mandate', () =>
        HttpResponse.json({ cooperativeId: 1, cooperativeCode: '046-0410', proposedReference: 'OCCE046-0410-2026' }),
      ),
      http.put('*/api/cooperatives/1/sepa-mandate', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({
          cooperativeId: 1,
          cooperativeCode: '046-0410',
          iban: 'FR7630006000011234567890189',
          ibanMasked: 'FR76 •••• 0189',
          bic: 'AGRIFRPP882',
          reference: 'OCCE046-0410-2026',
          signatureDate: '2026-09-01',
          proposedReference: 'OCCE046-0410-2026',
          updatedAt: '2026-09-02T08:00:00Z',
          updatedBy: 'staff038',
          version: 0,
        });
      }),
    );
    const { user } = renderApp('/coop/1/identite', { loggedIn: true });

    const form = await screen.findByRole('form', { name: 'Mandat de prélèvement SEPA' });
    const iban = within(form).getByLabelText(/^IBAN/);
    expect(within(form).getByText('Laissée vide : OCCE046-0410-2026')).toBeInTheDocument();
    await user.type(iban, 'fr76 3000 6000 0112 3456 7890 188');
    expect(within(form).getByText(/la clé de contrôle ne correspond pas/)).toBeInTheDocument();
    await user.clear(iban);
    await user.type(iban, 'fr76 3000 6000 0112 3456 7890 189');
    expect(within(form).getByText('IBAN valide : FR76 3000 6000 0112 3456 7890 189')).toBeInTheDocument();
    await user.type(within(form).getByLabelText(/^BIC/), 'agrifrpp882');
    await user.type(within(form).getByRole('textbox', { name: /Date de signature/ }), '01/09/2026');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer le mandat' }));

    expect(await screen.findByText('Mandat enregistré')).toBeInTheDocument();
    expect(body).toEqual({ iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP882', signatureDate: '2026-09-01' });
  });

  it('shows the mandataire its mandate, read only', async () => {
    server.use(
      http.get('*/api/cooperatives/1', () => HttpResponse.json(cooperative())),
      http.get('*/api/cooperatives/1/sepa-mandate', () =>
        HttpResponse.json({
          cooperativeId: 1,
          iban: 'FR7630006000011234567890189',
          bic: 'AGRIFRPP882',
          reference: 'OCCE046-0410-2026',
          signatureDate: '2026-09-01',
          version: 0,
        }),
      ),
    );
    renderApp('/coop/1/identite', { loggedIn: true });

    const section = await screen.findByRole('region', { name: 'Mandat de prélèvement SEPA' });
    expect(await within(section).findByText('FR76 3000 6000 0112 3456 7890 189')).toBeInTheDocument();
    expect(within(section).getByText('01/09/2026')).toBeInTheDocument();
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });
});
