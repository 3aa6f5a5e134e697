import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { staff } from '@/testing/data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const staff999 = () => staff({ login: 'staff999', department: { id: 4, code: '999', name: 'OCCE Démonstration' } });
const heading = (code: string, label: string, kind: 'CHARGE' | 'INCOME', entries: number, total: number) => ({ code, label, kind, entries, total });

describe('Cahiers des coopératives', () => {
  it("sums the department's ledgers of the year per heading, and reads another year when chosen", async () => {
    const asked: string[] = [];
    server.use(
      http.get('*/api/me', () => HttpResponse.json(staff999())),
      http.get('*/api/departments/999/books/:year', ({ params }) => {
        asked.push(String(params.year));
        return params.year === '2026-2027'
          ? HttpResponse.json({
              departmentCode: '999', schoolYear: '2026-2027', cooperatives: 3000, cooperativesWithBooks: 1250,
              income: 1120.5, charges: 319.99, result: 800.51,
              headings: [
                heading('6068', 'Fournitures pédagogiques', 'CHARGE', 2, 69.99),
                heading('62511', 'Classe de mer', 'CHARGE', 1, 250),
                heading('7068', 'Participation des familles aux sorties et activités', 'INCOME', 1, 120.5),
                heading('744', 'Subventions de la commune', 'INCOME', 1, 1000),
              ],
            })
          : HttpResponse.json({ departmentCode: '999', schoolYear: String(params.year), cooperatives: 3000, cooperativesWithBooks: 0,
              income: 0, charges: 0, result: 0, headings: [] });
      }),
    );
    const { user } = renderApp('/gestion/cahiers', { loggedIn: true });
    const charges = await screen.findByRole('table', { name: 'Dépenses par rubrique' });
    const rows = within(charges).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/6068 Fournitures pédagogiques\s*2\s*69,99\s€/);
    expect(rows[2]).toHaveTextContent(/62511 Classe de mer\s*1\s*250,00\s€/);
    expect(rows[3]).toHaveTextContent(/Total\s*319,99\s€/);
    expect(within(screen.getByRole('table', { name: 'Recettes par rubrique' })).getAllByRole('row')[3]).toHaveTextContent(/Total\s*1\s120,50\s€/);
    expect(screen.getByText(/^1\s250 sur 3\s000$/)).toBeInTheDocument();
    expect(screen.getByText(/^\+ 800,51\s€$/)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Année scolaire' }), '2025-2026');
    expect(await screen.findByText(/Aucune opération en 2025.-.2026/)).toBeInTheDocument();
    expect(asked).toEqual(['2026-2027', '2025-2026']);
  });
});
