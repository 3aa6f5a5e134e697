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

async function chooseFile(container: HTMLElement, user: ReturnType<typeof renderApp>['user']) {
  await screen.findByRole('heading', { level: 2, name: 'Importer des coopératives' });
  const input = container.querySelector('input[type="file"]') as HTMLInputElement;
  await user.upload(input, csv());
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
    const { user, container } = renderApp('/gestion/imports-exports', { loggedIn: true });
    await chooseFile(container, user);
    await user.click(screen.getByRole('button', { name: 'Vérifier le fichier' }));

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
    const { user, container } = renderApp('/gestion/imports-exports', { loggedIn: true });
    await chooseFile(container, user);
    await user.click(screen.getByRole('button', { name: 'Vérifier le fichier' }));

    expect(await screen.findByText("Fichier vérifié : rien n'a encore été importé")).toBeInTheDocument();
    expect(screen.getByText(/2 coopératives seront créées/)).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Coopératives du fichier' })).getByText('École Jean Moulin')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Importer 2 coopératives' }));

    expect(await screen.findByText(/2 coopératives créées depuis « coops.csv »/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voir les coopératives' })).toHaveAttribute('href', '/gestion/cooperatives');
    expect(calls).toEqual(['true', 'false']);
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
