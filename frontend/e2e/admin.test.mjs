// Journey (c): the national admin sees every department and opens the cooperatives of one.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { STAFF_PASSWORD, expectPath, launch, logIn, visitScreen } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the admin sees the four departments and the cooperatives of one', async () => {
  const { page, errors } = browser;
  await logIn(page, 'admin', STAFF_PASSWORD);
  await expectPath(page, '/gestion/departements');
  await page.getByRole('heading', { name: 'Départements' }).waitFor();
  const table = page.getByRole('table', { name: 'Départements' });
  await table.waitFor();
  const codes = await table.locator('tbody tr td:first-child').allInnerTexts();
  assert.deepEqual(codes, ['038', '046', '075', '999']);
  for (const name of ["OCCE de l'Isère", 'OCCE du Lot', 'OCCE de Paris', 'OCCE Démonstration']) {
    await table.getByRole('link', { name }).waitFor();
  }
  await visitScreen(page, '20-admin-departements');

  // the storage's sweep of files no document names: on a fresh server, none older than an hour
  const storage = page.getByRole('region', { name: 'Stockage des documents' });
  await storage.getByRole('button', { name: 'Nettoyer le stockage' }).click();
  await storage.getByRole('status').filter({ hasText: 'aucun fichier sans document' }).waitFor();
  await storage.scrollIntoViewIfNeeded();
  await visitScreen(page, '20b-admin-stockage');

  await table.getByRole('link', { name: 'OCCE de Paris' }).click();
  await expectPath(page, '/gestion/cooperatives');
  const select = page.getByRole('combobox', { name: 'Département' });
  assert.equal(await select.inputValue(), '075');
  const list = page.getByRole('table', { name: 'Coopératives trouvées' });
  await list.getByRole('link', { name: '075-0101' }).waitFor();
  // each row's link is its code (the first column holds the row's checkbox)
  const codesOf075 = await list.locator('tbody tr').getByRole('link', { name: /^\d{2}[\dAB]-\d{4}$/ }).allInnerTexts();
  assert.ok(codesOf075.length > 0 && codesOf075.every((code) => code.startsWith('075-')), codesOf075.join(', '));
  await visitScreen(page, '21-admin-cooperatives');

  // every department
  await select.selectOption('');
  await page.waitForURL((url) => !url.searchParams.has('department'));
  await page.getByText(/^1\d\d coopératives/).waitFor();

  // a cooperative of any department opens
  await page.getByRole('searchbox', { name: 'Rechercher (numéro, école, commune, UAI)' }).fill('2233');
  await list.getByRole('link', { name: '038-2233' }).click();
  await page.getByRole('heading', { level: 1, name: /Jean Moulin/ }).waitFor();
  await page.getByText("OCCE de l'Isère").first().waitFor();
  await visitScreen(page, '22-admin-sommaire');

  // the national chart of headings, which the admin keeps
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Plan comptable' }).click();
  await expectPath(page, '/gestion/plan-comptable');
  const chart = page.getByRole('table', { name: 'Plan comptable national' });
  await chart.getByRole('row').filter({ hasText: '6586' }).waitFor();
  await page.getByRole('form', { name: 'Ajouter une rubrique nationale' }).waitFor();
  await visitScreen(page, '23-admin-plan-comptable');

  assert.deepEqual(errors, []);
});
