// Journey (b): staff of a department search their cooperatives, change a UAI, and cannot see another department's.
// The department (with the Lot's barème), its staff account and its cooperatives (two pages of them) are the journey's
// own, created through the API, and so is the other department.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  BASE_URL,
  TARIFFS,
  adminSession,
  expectPath,
  launch,
  logInAsStaff,
  newCooperative,
  newCooperatives,
  newDepartment,
  newStaffedDepartment,
  visitScreen,
} from './support.mjs';

const OTHER_SCHOOL = "École de l'Autre Département";
const NAMES = ['Victor Hugo', 'Louise Michel', 'Les Tilleuls', 'Pasteur', 'Marie Curie', 'Jacques Prévert', 'Les Marronniers',
  'Paul Bert', 'Condorcet', 'Simone Veil', 'George Sand', 'Albert Camus'];
const CITIES = ['CAHORS', 'FIGEAC', 'GOURDON', 'SOUILLAC'];

let browser;
let department;
let staff;
let jules;
let otherDepartmentCoopId;

before(async () => {
  ({ department, staff } = await newStaffedDepartment({ name: 'OCCE du Lot', tariff: TARIFFS.lot }));
  // 24 cooperatives: more than a page of the list (20); the one the journey changes is « Jules Ferry »
  const schools = Array.from({ length: 23 }, (_, i) => ({
    schoolName: `École ${i % 2 ? 'Maternelle' : 'Élémentaire'} ${NAMES[i % NAMES.length]}`,
    city: CITIES[i % CITIES.length],
  }));
  schools.splice(7, 0, { schoolName: 'École Publique Jules Ferry', city: 'LA ROSE' });
  jules = (await newCooperatives(department.code, schools))[7];
  browser = await launch();
  // a cooperative of another department, found through the admin's access to the API
  const other = await newDepartment();
  const coop = await newCooperative(other.code, OTHER_SCHOOL);
  const admin = await adminSession();
  const page = await admin.get(`/api/cooperatives?department=${other.code}&q=${coop.number}`);
  otherDepartmentCoopId = page.items[0].id;
});
after(async () => {
  await browser?.close();
});

test('staff of a department search their cooperatives and change a UAI', async () => {
  const { page, errors } = browser;
  await logInAsStaff(page, staff);
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Coopératives', exact: true }).click();
  await expectPath(page, '/gestion/cooperatives');
  await page.getByRole('heading', { name: 'Coopératives' }).waitFor();
  const table = page.getByRole('table', { name: 'Coopératives trouvées' });
  await table.waitFor();

  // every code of the list is one of the department's
  // each row's link is its code (the first column holds the row's checkbox)
  const codes = await table.locator('tbody tr').getByRole('link', { name: /^\d{2}[\dAB]-\d{4}$/ }).allInnerTexts();
  assert.ok(codes.length > 0);
  assert.ok(codes.every((code) => code.startsWith(`${department.code}-`)), codes.join(', '));
  // no department choice for staff
  assert.equal(await page.getByRole('combobox', { name: 'Département' }).count(), 0);
  await visitScreen(page, '10-staff-cooperatives');

  // a second page
  await page.getByRole('button', { name: 'Page 2' }).click();
  await page.waitForURL(/page=2/);
  await table.locator('tbody tr').first().waitFor();

  const search = page.getByRole('searchbox', { name: 'Rechercher (numéro, école, commune, UAI)' });
  // the other department's cooperative is not found
  await search.fill(OTHER_SCHOOL);
  await page.getByText('Aucune coopérative ne correspond à votre recherche.').waitFor();
  await visitScreen(page, '11-staff-recherche-vide');

  await search.fill('Jules');
  const julesLink = table.getByRole('link', { name: jules.login });
  await julesLink.waitFor();
  assert.ok(await page.getByText('Aucune coopérative ne correspond').count() === 0);
  await visitScreen(page, '12-staff-recherche-jules');

  // the cooperative: its Sommaire (with a way back to the list), then its identity
  await julesLink.click();
  await expectPath(page, /^\/coop\/\d+$/);
  await page.getByRole('navigation', { name: "Fil d'Ariane" }).getByRole('link', { name: 'Coopératives', exact: true }).waitFor();
  await visitScreen(page, '13-staff-sommaire');

  await page.getByRole('main').getByRole('link', { name: /Identité de la coop\./ }).click();
  await expectPath(page, /^\/coop\/\d+\/identite$/);
  const uai = page.getByRole('textbox', { name: 'UAI (ancien RNE)' });
  await uai.waitFor();
  assert.equal(await uai.getAttribute('readonly'), null, 'staff change the UAI');

  // a malformed UAI is refused before sending
  await uai.fill('12AB');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await page.getByText("Le code UAI (ancien RNE) a sept chiffres suivis d'une lettre").waitFor();
  await visitScreen(page, '14-staff-identite-erreur');

  await uai.fill('0460411P');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await page.getByText('Modifications enregistrées').waitFor();
  await page.reload();
  await page.getByRole('textbox', { name: 'UAI (ancien RNE)' }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'UAI (ancien RNE)' }).inputValue(), '0460411P');

  // the list shows the new UAI
  await page.getByRole('navigation', { name: "Fil d'Ariane" }).getByRole('link', { name: 'Coopératives', exact: true }).click();
  await expectPath(page, '/gestion/cooperatives');
  await page.getByRole('searchbox', { name: 'Rechercher (numéro, école, commune, UAI)' }).fill('0460411');
  await page.getByRole('table', { name: 'Coopératives trouvées' }).getByRole('link', { name: jules.login }).waitFor();

  // the cooperative's books, read only, from its page
  await page.getByRole('table', { name: 'Coopératives trouvées' }).getByRole('link', { name: jules.login }).click();
  await page.getByRole('main').getByRole('link', { name: /Cahier de compta\./ }).click();
  await expectPath(page, /^\/coop\/\d+\/cahier$/);
  await page.getByRole('heading', { level: 1, name: 'Cahier de compta.' }).waitFor();
  await page.getByRole('button', { name: 'Exporter (FEC)' }).or(page.getByText(/est vide/)).first().waitFor();
  assert.equal(await page.getByRole('button', { name: 'Écrire une opération' }).count(), 0, 'staff do not write in the books');
  await visitScreen(page, '16-staff-cahier');
  await page.goto(page.url().replace(/\/cahier$/, '/releves'));
  await page.getByRole('heading', { level: 1, name: 'Relevés de banque' }).waitFor();
  assert.equal(await page.getByRole('form', { name: 'Importer un relevé de banque' }).count(), 0, 'staff do not import statements');

  // the department's chart of the year: a sub-heading detailing 6068 (a fresh code, so the journey runs again)
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Plan comptable' }).click();
  await expectPath(page, '/gestion/plan-comptable');
  const chart = page.getByRole('table', { name: new RegExp(`^Plan comptable ${department.code} `) });
  await chart.getByText('Fournitures pédagogiques', { exact: true }).waitFor();
  const code = `6068${Date.now() % 100000}`;
  const add = page.getByRole('form', { name: 'Ajouter une sous-rubrique' });
  await add.getByRole('textbox', { name: /Numéro/ }).fill(code);
  await add.getByRole('textbox', { name: /Libellé/ }).fill('Fournitures de la classe de mer');
  await add.getByRole('button', { name: 'Ajouter la sous-rubrique' }).click();
  await chart.getByRole('row').filter({ hasText: code }).filter({ hasText: 'détaille 6068' }).waitFor();
  // a code that details nothing is refused, with the field
  await add.getByRole('textbox', { name: /Numéro/ }).fill('99999');
  await add.getByRole('textbox', { name: /Libellé/ }).fill('Rien');
  await add.getByRole('button', { name: 'Ajouter la sous-rubrique' }).click();
  await add.getByText(/Une sous-rubrique commence par le numéro de la rubrique nationale/).waitFor();
  await visitScreen(page, '17-staff-plan-comptable');

  // a cooperative of another department
  await page.goto(`${BASE_URL}/coop/${otherDepartmentCoopId}`);
  await page.getByRole('heading', { name: 'Accès refusé' }).waitFor();
  await visitScreen(page, '15-staff-acces-refuse');

  // the departments' page is the admin's
  await page.goto(`${BASE_URL}/gestion/departements`);
  await page.getByRole('heading', { name: 'Accès refusé' }).waitFor();

  assert.deepEqual(errors, []);
});
