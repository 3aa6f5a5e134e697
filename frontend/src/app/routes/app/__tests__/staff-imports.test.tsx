import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { staff } from '@/testing/data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const IMPORT_URL = '*/api/departments/999/cooperative-imports';
const staff999 = () => staff({ login: 'staff999', department: { id: 4, code: '999', name: 'OCCE Démonstration' } });
const csv = () =>
  new File(['numero;ecole;type;adresse;code_postal;commune;uai;courriel_ecole;mandataire;courriel_mandataire;telephone_mandataire\r\n'], 'coops.csv', {
    type: 'text/csv',
  });

/** Chooses the file in the import titled `title`; answers that import's section. */
async function chooseFile(user: ReturnType<typeof renderApp>['user'], title = 'Importer des coopératives', file = csv()) {
  const section = await screen.findByRole('region', { name: title });
  await user.upload(section.querySelector('input[type="file"]') as HTMLInputElement, file);
  return within(section);
}

describe('Imports et exports', () => {
  it('shows the rows a refused file has, in a table, and imports nothing', async () => {
    const calls: string[] = [];
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff999())),
      http.post(IMPORT_URL, ({ request }) => {
        calls.push(new URL(request.url).searchParams.get('dryRun') ?? '');
        return HttpResponse.json(
          {
            type: 'https://coop-en-ligne.fr/problems/import-refused',
            title: 'Import refusé',
            status: 422,
            detail: "2 lignes ont des erreurs : rien n'a été importé. Corrigez le fichier puis importez-le de nouveau.",
            rows: [
              { row: 3, column: 'numero', message: 'Le numéro 0031 figure déjà à la ligne 2 du fichier.' },
              { row: 5, column: 'uai', message: "L'UAI « 0380001A » n'est pas valide : la lettre de contrôle attendue pour 0380001 est U." },
            ],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    const { user } = renderApp('/gestion/imports-exports', { loggedIn: true });
    const section = await chooseFile(user);
    await user.click(section.getByRole('button', { name: 'Vérifier le fichier' }));

    const table = await screen.findByRole('table', { name: 'Erreurs du fichier' });
    expect(screen.getByText(/2 lignes ont des erreurs : rien n'a été importé/)).toBeInTheDocument();
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('3numeroLe numéro 0031 figure déjà à la ligne 2 du fichier.');
    expect(rows[2]).toHaveTextContent('la lettre de contrôle attendue pour 0380001 est U');
    expect(calls).toEqual(['true']);
    expect(screen.queryByRole('button', { name: /^Importer/ })).not.toBeInTheDocument();
  });

  it('checks the file first, shows what will be created, then imports on confirmation', async () => {
    const calls: string[] = [];
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff999())),
      http.post(IMPORT_URL, ({ request }) => {
        const dryRun = new URL(request.url).searchParams.get('dryRun') === 'true';
        calls.push(String(dryRun));
        const preview = [
          { code: '999-0012', schoolName: 'École Jean Moulin', city: 'VIENNE', uai: '0000012M', mandataireName: 'Marie DUPONT' },
          { code: '999-0013', schoolName: 'École Victor Hugo', city: 'VIENNE' },
        ];
        return HttpResponse.json(
          { dryRun, fileName: 'coops.csv', sha256: 'ab', rows: 2, created: dryRun ? 0 : 2, preview },
          { status: dryRun ? 200 : 201 },
        );
      }),
    );
    const { user } = renderApp('/gestion/imports-exports', { loggedIn: true });
    const section = await chooseFile(user);
    await user.click(section.getByRole('button', { name: 'Vérifier le fichier' }));

    expect(await screen.findByText("Fichier vérifié : rien n'a encore été importé")).toBeInTheDocument();
    expect(screen.getByText(/2 coopératives seront créées/)).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Coopératives du fichier' })).getByText('École Jean Moulin')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Importer 2 coopératives' }));

    expect(await screen.findByText(/2 coopératives créées depuis « coops.csv »/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voir les coopératives' })).toHaveAttribute('href', '/gestion/cooperatives');
    expect(calls).toEqual(['true', 'false']);
  });

  it("takes a past year's adhesions over: the year chosen, the file checked, then recorded", async () => {
    const calls: string[] = [];
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff999())),
      http.post('*/api/departments/999/adhesion-history-imports', ({ request }) => {
        const query = new URL(request.url).searchParams;
        const dryRun = query.get('dryRun') === 'true';
        calls.push(`${query.get('year')} ${dryRun}`);
        const preview = [
          { code: '999-2233', lines: 1, adults: 10, pupils: 165 },
          { code: '999-0410', lines: 3, adults: 4, pupils: 57 },
        ];
        return HttpResponse.json(
          { dryRun, fileName: 'adhesions.csv', sha256: 'ab', schoolYear: query.get('year'), cooperatives: 2, lines: 4, created: dryRun ? 0 : 2, preview },
          { status: dryRun ? 200 : 201 },
        );
      }),
    );
    const { user } = renderApp('/gestion/imports-exports', { loggedIn: true });
    const file = new File(['numero;classe;enseignants;adultes;eleves\r\n2233;ECOLE ENTIERE;;10;165\r\n'], 'adhesions.csv', { type: 'text/csv' });
    const section = await chooseFile(user, "Reprendre les adhésions d'une année passée", file);
    const year = section.getByRole('combobox', { name: 'Année des adhésions' }) as HTMLSelectElement;
    const last = year.value;
    expect(last).toMatch(/^\d{4}-\d{4}$/);
    await user.click(section.getByRole('button', { name: 'Vérifier le fichier' }));

    expect(await section.findByText(/2 coopératives recevront son adhésion .* \(4 classes\)/)).toBeInTheDocument();
    const rows = within(section.getByRole('table', { name: 'Adhésions du fichier' })).getAllByRole('row');
    expect(rows[2]).toHaveTextContent('999-04103457');
    await user.click(section.getByRole('button', { name: 'Reprendre 2 adhésions' }));
    expect(await section.findByText(/2 adhésions reprises de .* depuis « adhesions.csv »/)).toBeInTheDocument();
    expect(calls).toEqual([`${last} true`, `${last} false`]);
  });

  it('downloads an export of the chosen school year with the token', async () => {
    let url: URL | null = null;
    let authorization: string | null = null;
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff999())),
      http.get('*/api/departments/999/exports/adhesions.csv', ({ request }) => {
        url = new URL(request.url);
        authorization = request.headers.get('Authorization');
        return new HttpResponse('\uFEFFcode;ecole\r\n', { headers: { 'Content-Type': 'text/csv; charset=UTF-8' } });
      }),
    );
    URL.createObjectURL = vi.fn(() => 'blob:http://localhost:3000/export');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = renderApp('/gestion/imports-exports', { loggedIn: true });

    await user.selectOptions(await screen.findByLabelText('Année scolaire'), '2025-2026');
    await user.click(screen.getByRole('button', { name: 'Adhésions (CSV)' }));

    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(url!.searchParams.get('year')).toBe('2025-2026');
    expect(authorization).toBe('Bearer test-token');
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('adhesions-999-2025-2026.csv');
  });
});
