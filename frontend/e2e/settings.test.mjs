// Issue 6, settings of the department and accounts: staff edit the settings of their department and give a mandataire
// a one-time password; the national admin creates a department and a staff account. The department whose settings
// are edited (with Paris' barème), its staff account and its cooperative are the journey's own (created through the
// API); the department the admin creates takes a code no department has.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  STAFF_PASSWORD,
  TARIFFS,
  expectPath,
  freeDepartmentCode,
  launch,
  logIn,
  logInAsStaff,
  newCooperative,
  newStaffedDepartment,
  visitScreen,
} from './support.mjs';

let browser;
let department;
let staff;
before(async () => {
  // the year's campaign shows in the settings from the barème
  ({ department, staff } = await newStaffedDepartment({ name: 'OCCE de Paris', tariff: TARIFFS.paris }));
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('staff edit the settings of their department and reset the password of a mandataire', async () => {
  const { page, errors } = browser;
  const coop = await newCooperative(department.code, 'École des Paramètres');
  await logInAsStaff(page, staff);
  await page.getByRole('link', { name: 'Paramètres du département' }).click();
  await expectPath(page, '/gestion/parametres');
  await page.getByRole('heading', { level: 1, name: 'Paramètres du département' }).waitFor();
  assert.equal(await page.getByLabel('Numéro de contrat').inputValue(), department.contract);
  await page.getByRole('list', { name: "La campagne de l'année" }).waitFor();
  await visitScreen(page, '90-staff-parametres');

  // an unknown placeholder is refused under its field; then the text is saved
  const reminder = page.getByRole('region', { name: 'Relance des coopératives' });
  await reminder.getByRole('switch', { name: 'Texte propre au département' }).check({ force: true });
  const body = page.getByLabel('Texte — Relance des coopératives');
  await body.fill('Bonjour {directeur},\nLa date limite est le {deadline}.\n{department}');
  await page.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
  await page.getByText("« {directeur} » n'est pas un champ du courriel « Relance des coopératives »", { exact: false }).waitFor();
  await visitScreen(page, '91-staff-parametres-refuses');
  await body.fill('Bonjour,\nLa date limite est le {deadline}.\n{department}');
  await page.getByLabel('Personne à contacter').fill('Mme Claire MARTIN');
  await page.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
  await page.getByText('Paramètres enregistrés').waitFor();

  // the password of a mandataire, from the cooperative's identity
  await page.goto(page.url().replace(/\/gestion\/parametres.*$/, `/gestion/cooperatives?q=${coop.login.slice(4)}`));
  await page.getByRole('link', { name: coop.login }).first().click();
  await page.getByRole('link', { name: /Identité/ }).first().click();
  await expectPath(page, /\/coop\/\d+\/identite$/);
  await page.getByRole('button', { name: 'Réinitialiser le mot de passe' }).click();
  await page.getByRole('dialog', { name: 'Réinitialiser le mot de passe' }).getByRole('button', { name: 'Réinitialiser' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mot de passe réinitialisé' });
  await dialog.waitFor();
  const password = (await dialog.getByTestId('one-time-password').innerText()).trim();
  assert.match(password, /^[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}$/);
  await visitScreen(page, '92-staff-mot-de-passe-provisoire');
  await dialog.getByRole('button', { name: 'Terminé' }).click();
  assert.deepEqual(errors, []);
});

test('the admin creates a department and a staff account', async () => {
  const { page, errors } = browser;
  await page.context().clearCookies();
  await page.goto(page.url());
  await page.evaluate(() => sessionStorage.clear());
  // a department code and a staff login of its own, so that the journey runs again on the same server
  const code = await freeDepartmentCode();
  const name = `OCCE de l'essai ${code}`;
  const staffLogin = `c.martin${code}`;
  await logIn(page, 'admin', STAFF_PASSWORD);
  await expectPath(page, '/gestion/departements');
  await page.getByRole('button', { name: 'Nouveau département' }).click();
  const create = page.getByRole('dialog', { name: 'Nouveau département' });
  await create.getByLabel('Code').fill(code);
  await create.getByLabel('Nom').fill(name);
  await visitScreen(page, '93-admin-nouveau-departement');
  await create.getByRole('button', { name: 'Créer le département' }).click();
  await page.getByRole('table', { name: 'Départements' }).getByRole('link', { name }).waitFor();
  // the notification goes before the next screens are checked (dimmed by a dialog, its text would lack contrast)
  await page.getByText('Département créé').waitFor({ state: 'hidden', timeout: 10_000 });

  await page.getByRole('link', { name: 'Comptes du personnel' }).click();
  await expectPath(page, '/gestion/comptes');
  await page.getByRole('combobox', { name: 'Département' }).selectOption(department.code);
  await page.getByRole('table', { name: /Comptes du personnel/ }).getByText(staff.login).waitFor();
  await visitScreen(page, '94-admin-comptes-personnel');
  await page.getByRole('button', { name: 'Nouveau compte' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouveau compte du personnel' });
  await dialog.getByLabel('Identifiant').fill(staffLogin);
  await dialog.getByLabel('Nom affiché').fill('Claire MARTIN');
  await dialog.getByRole('button', { name: 'Créer le compte' }).click();
  const shown = page.getByRole('dialog', { name: 'Compte créé' });
  await shown.getByTestId('one-time-password').waitFor();
  await visitScreen(page, '95-admin-compte-cree');
  await shown.getByRole('button', { name: 'Terminé' }).click();
  await page.getByRole('table', { name: /Comptes du personnel/ }).getByText(staffLogin).waitFor();
  assert.deepEqual(errors, []);
});
