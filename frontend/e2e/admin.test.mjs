// Journey (c): the national admin sees every department and opens the cooperatives of one. The two departments it
// opens and their cooperatives are the journey's own (created through the API); the list of departments is compared
// with what the API answers the admin, whatever else the server holds.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  STAFF_PASSWORD,
  TARIFFS,
  adminSession,
  expectPath,
  launch,
  logIn,
  newCooperative,
  newCooperatives,
  newDepartment,
  putTariff,
  visitScreen,
} from './support.mjs';

let browser;
let paris;
let isere;
let parisCoops;
let jeanMoulin;
before(async () => {
  paris = await newDepartment('OCCE de Paris');
  isere = await newDepartment("OCCE de l'Isère");
  await putTariff(paris.code, '2026-2027', TARIFFS.paris);
  await putTariff(isere.code, '2026-2027', TARIFFS.isere);
  parisCoops = await newCooperatives(paris.code, ['Victor Hugo', 'de la Victoire', 'Louise Michel']
    .map((name) => ({ schoolName: `École Élémentaire ${name}`, city: 'PARIS' })));
  jeanMoulin = await newCooperative(isere.code, 'École Élémentaire Jean Moulin', 'VIENNE');
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the admin sees the departments and the cooperatives of one', async () => {
  const { page, errors } = browser;
  const admin = await adminSession();
  await logIn(page, 'admin', STAFF_PASSWORD);
  await expectPath(page, '/gestion/departements');
  await page.getByRole('heading', { name: 'Départements' }).waitFor();
  const table = page.getByRole('table', { name: 'Départements' });
  await table.getByRole('link', { name: paris.name }).waitFor();
  // every department the API knows, in the order of their codes
  const codes = await table.locator('tbody tr td:first-child').allInnerTexts();
  const known = (await admin.get('/api/departments?size=100')).items.map((d) => d.code);
  assert.deepEqual(codes, known);
  assert.deepEqual(codes, [...codes].sort());
  for (const { code, name } of [paris, isere]) {
    assert.ok(codes.includes(code), `${code} in ${codes.join(', ')}`);
    await table.getByRole('link', { name }).waitFor();
  }
  await visitScreen(page, '20-admin-departements');

  // the storage's sweep of files no document names: the journeys leave none behind, so none older than an hour
  const storage = page.getByRole('region', { name: 'Stockage des documents' });
  await storage.getByRole('button', { name: 'Nettoyer le stockage' }).click();
  await storage.getByRole('status').filter({ hasText: 'aucun fichier sans document' }).waitFor();
  await storage.scrollIntoViewIfNeeded();
  await visitScreen(page, '20b-admin-stockage');

  await table.getByRole('link', { name: paris.name }).click();
  await expectPath(page, '/gestion/cooperatives');
  const select = page.getByRole('combobox', { name: 'Département' });
  assert.equal(await select.inputValue(), paris.code);
  const list = page.getByRole('table', { name: 'Coopératives trouvées' });
  await list.getByRole('link', { name: parisCoops[1].login }).waitFor();
  // each row's link is its code (the first column holds the row's checkbox)
  const codesOfParis = await list.locator('tbody tr').getByRole('link', { name: /^\d{2}[\dAB]-\d{4}$/ }).allInnerTexts();
  assert.deepEqual(codesOfParis.sort(), parisCoops.map((c) => c.login).sort());
  await visitScreen(page, '21-admin-cooperatives');

  // every department
  await select.selectOption('');
  await page.waitForURL((url) => !url.searchParams.has('department'));
  const total = (await admin.get('/api/cooperatives?size=1')).totalItems;
  assert.ok(total > parisCoops.length);
  await page.getByText(new RegExp(`^${total} coopératives`)).waitFor();

  // a cooperative of any department opens
  await page.getByRole('searchbox', { name: 'Rechercher (numéro, école, commune, UAI)' }).fill(jeanMoulin.login);
  await list.getByRole('link', { name: jeanMoulin.login }).click();
  await page.getByRole('heading', { level: 1, name: /Jean Moulin/ }).waitFor();
  await page.getByText(isere.name).first().waitFor();
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
