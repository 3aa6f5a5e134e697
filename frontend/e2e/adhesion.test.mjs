// Journeys (d)–(g): the adhesion of the year, entered through the screens with the seeds' three worked examples,
// and the staff's barème. The server's current school year is 2026-2027 and its deadline (30/09/2026) has passed: the
// entries are "late", as expected. `make test-e2e` starts the server on the business day 2026-11-23
// (coop.clock.today), whatever the real date.
// Seed 003 and the barème are the journey's own: a department with the seed's barème (8,00 € a cooperative, 1,73 € a
// pupil, 4,00 € an adult, two subscriptions), its staff account and its « École Publique », created through the API.
// Seeds 001 and 002 are the carry-over of last year's lines: each journey has its cooperative, in a department of its own
// with the Isère's or the Lot's barème, whose adhesion of 2025-2026 staff took over from the former site (the import
// « Reprendre les adhésions d'une année passée »), so that every journey runs on any server, in any order.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  TARIFFS,
  expectPath,
  importPastAdhesions,
  launch,
  logIn,
  logInAsStaff,
  newCooperative,
  newStaffedDepartment,
  sendAdhesion,
  visitScreen,
} from './support.mjs';

let browser;
let department;
let staff;
let coop;
before(async () => {
  ({ department, staff } = await newStaffedDepartment({ name: 'OCCE Démonstration', tariff: TARIFFS.demonstration }));
  coop = await newCooperative(department.code, 'École Publique', 'SUPER VILLE');
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/**
 * A cooperative of its own, in a department of its own with `tariff`, whose adhesion of last year (`lines`:
 * [class, adults, pupils]) staff took over from the former site: its login and initial password.
 */
async function cooperativeWithLastYear(tariff, schoolName, city, lines) {
  const { department: own } = await newStaffedDepartment({ tariff });
  const coop = await newCooperative(own.code, schoolName, city);
  await importPastAdhesions(own.code, '2025-2026', lines.map(([className, adults, pupils]) => ({ number: coop.number, className, adults, pupils })));
  return coop;
}

/** Whitespace as Playwright compares it: U+00A0 and U+202F count as spaces. */
const normalize = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A cooperative's first login: the initial password, then a personal one; ends on the Sommaire. */
async function firstLogin(page, login, initialPassword, newPassword) {
  await logIn(page, login, initialPassword);
  await expectPath(page, '/mot-de-passe');
  await page.getByLabel('Mot de passe actuel', { exact: true }).fill(initialPassword);
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(newPassword);
  await page.getByLabel('Confirmez le nouveau mot de passe', { exact: true }).fill(newPassword);
  await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
  await expectPath(page, /^\/coop\/\d+$/);
}

/** From the Sommaire, through its "Adhésion" tile. */
async function openAdhesionTile(page, status) {
  const tile = page.getByRole('main').getByRole('link', { name: /Adhésion/ });
  await tile.filter({ hasText: status }).waitFor();
  await tile.click();
  await expectPath(page, /^\/coop\/\d+\/adhesion$/);
  await page.getByRole('heading', { level: 1, name: 'Adhésion' }).waitFor();
}

async function startEntry(page) {
  await page.getByRole('button', { name: 'Commencer la saisie' }).click();
  await page.getByRole('table', { name: 'Les classes' }).waitFor();
}

const entry = (page, name) => page.getByRole('textbox', { name, exact: true });

/** Types a line in the entry row and clicks "Valider et calculer"; waits until the row is in the table. */
async function addLine(page, { className, teachers, adults, pupils }) {
  await entry(page, 'Nom de la classe et/ou niveau').fill(className);
  await entry(page, 'Enseignant(e)(s)').fill(teachers);
  await entry(page, 'Enseignants').fill(String(adults));
  await entry(page, 'Élèves').fill(String(pupils));
  await page.getByRole('button', { name: 'Valider et calculer' }).click();
  await page.getByRole('table', { name: 'Les classes' }).getByRole('cell', { name: className, exact: true }).waitFor();
  // the entry row is emptied for the next line
  await page.waitForFunction(
    () => document.querySelector('input[aria-label="Nom de la classe et/ou niveau"]')?.value === '',
  );
}

/** A line carried over from last year: the pencil, then "Enregistrer" (the counts are confirmed as they are). */
async function confirmLine(page, className, { adults, pupils }) {
  await page.getByRole('button', { name: `Modifier la ligne ${className}`, exact: true }).click();
  const pupilsInput = page.getByRole('textbox', { name: `Élèves (ligne ${className})`, exact: true });
  assert.equal(await pupilsInput.inputValue(), String(pupils));
  assert.equal(await page.getByRole('textbox', { name: `Enseignants (ligne ${className})`, exact: true }).inputValue(), String(adults));
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await pupilsInput.waitFor({ state: 'detached' });
}

async function saveDeclarations(page) {
  await page.getByRole('button', { name: 'Mettre à jour les informations' }).click();
  await page.getByText('Informations à jour.').waitFor();
}

const feeTotal = (page) => page.getByTestId('fee-total');

async function expectTotal(page, amount) {
  await feeTotal(page).filter({ hasText: amount }).waitFor();
  // the saved amount, not a preview
  await page.getByText('aperçu', { exact: true }).waitFor({ state: 'detached' });
}

test('a cooperative enters seed 003 (three classes, no insurance, a subscription) and sends it: 136,99 €', async () => {
  const { page, errors } = browser;
  await firstLogin(page, coop.login, coop.password, 'Super-Ville-2026!');
  await page.getByRole('heading', { level: 1, name: /École Publique/ }).waitFor();
  await openAdhesionTile(page, 'À saisir');

  // nobody last year: nothing is carried over
  await page.getByText("Il n'y a aucun adhérent pour l'année 2025 - 2026.").waitFor();
  await page.getByText('Adhésion de la Coopérative Scolaire de l\'École Publique, à SUPER VILLE.').waitFor();
  await page.getByText('Saisie en retard', { exact: true }).waitFor();
  await visitScreen(page, '30-adhesion-a-commencer');

  await startEntry(page);

  // the preview follows the line being typed (POST /quote), before it is saved
  await entry(page, 'Nom de la classe et/ou niveau').fill('CE1');
  await entry(page, 'Enseignant(e)(s)').fill('Mme Detruc - Mlle Machin');
  await entry(page, 'Enseignants').fill('2');
  await entry(page, 'Élèves').fill('23');
  await page.getByText('aperçu', { exact: true }).waitFor();
  await feeTotal(page).filter({ hasText: '55,79 €' }).waitFor();
  await visitScreen(page, '31-adhesion-apercu');
  await page.getByRole('button', { name: 'Valider et calculer' }).click();
  await page.getByRole('table', { name: 'Les classes' }).getByRole('cell', { name: 'CE1', exact: true }).waitFor();
  await page.waitForFunction(() => document.querySelector('input[aria-label="Nom de la classe et/ou niveau"]')?.value === '');

  await addLine(page, { className: 'CE2', teachers: 'M. Chose', adults: 1, pupils: 22 });
  await addLine(page, { className: 'CP', teachers: 'M. Aymard', adults: 1, pupils: 18 });
  const totals = page.getByRole('table', { name: 'Les classes' }).locator('tfoot');
  assert.equal(normalize(await totals.innerText()), 'Total : 4 63 67');
  await expectTotal(page, '132,99 €');

  // sending without a payment means is refused, with the reason
  await sendAdhesion(page);
  await page.getByRole('alert').filter({ hasText: 'Choisissez un moyen de paiement.' }).waitFor();
  await visitScreen(page, '32-adhesion-refusee');

  await page.getByRole('radio', { name: 'non', exact: true }).check();
  await page.getByRole('checkbox', { name: /TOTO est content/ }).check();
  await page.getByRole('radio', { name: 'Par chèque' }).check();
  await saveDeclarations(page);
  await expectTotal(page, '136,99 €');
  const fee = page.getByRole('table', { name: "Montant de l'adhésion" });
  for (const [label, amount] of [
    ['de la coopérative (forfait)', '8,00 €'],
    ['des élèves (63 x 1,73 €)', '108,99 €'],
    ['des enseignants (4 x 4,00 €)', '16,00 €'],
    ['Abonnement à « TOTO est content »', '4,00 €'],
  ]) {
    await fee.getByRole('row').filter({ hasText: label }).filter({ hasText: amount }).waitFor();
  }
  await visitScreen(page, '33-adhesion-saisie');

  await page.getByRole('button', { name: "Envoyer à l'OCCE" }).click();
  // the confirmation says the amount and that the adhesion locks
  await page.getByRole('dialog').getByText('136,99 €').waitFor();
  await visitScreen(page, '33b-adhesion-confirmation-envoi');
  await page.getByRole('dialog').getByRole('button', { name: "Confirmer l'envoi" }).click();
  await page.getByText("Le paiement n'est pas validé").first().waitFor();
  await page.getByText('le paiement de 136,99 € (par chèque)').waitFor();
  // read-only now
  assert.equal(await entry(page, 'Nom de la classe et/ou niveau').count(), 0);
  assert.equal(await page.getByRole('button', { name: /Modifier la ligne/ }).count(), 0);
  await visitScreen(page, '34-adhesion-envoyee');

  // the Sommaire's tile says so, with the amount
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Sommaire' }).click();
  await expectPath(page, /^\/coop\/\d+$/);
  const tile = page.getByRole('main').getByRole('link', { name: /Adhésion/ });
  await tile.filter({ hasText: "Le paiement n'est pas validé" }).filter({ hasText: '136,99 €' }).waitFor();
  await visitScreen(page, '35-sommaire-adhesion-envoyee');

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expectPath(page, '/connexion');
  assert.deepEqual(errors, []);
});

test('a cooperative of the Isère confirms the line carried over from last year and takes the insurance (seed 001): 439,25 €', async () => {
  const coop = await cooperativeWithLastYear(TARIFFS.isere, 'École Élémentaire Jean Moulin', 'VIENNE', [['ECOLE ENTIERE', 10, 165]]);
  const { page, errors } = browser;
  await firstLogin(page, coop.login, coop.password, 'Vienne-Moulin-2026!');
  await openAdhesionTile(page, 'À saisir');
  await page.getByText("La ligne de l'année 2025 - 2026 sera reprise").waitFor();
  await startEntry(page);

  const row = page.getByRole('table', { name: 'Les classes' }).getByRole('row').filter({ hasText: 'ECOLE ENTIERE' });
  await row.getByText('à confirmer', { exact: true }).waitFor();
  assert.match(normalize(await row.innerText()), /ECOLE ENTIERE.*10 165 175/);
  await visitScreen(page, '36-adhesion-a-confirmer');

  await confirmLine(page, 'ECOLE ENTIERE', { adults: 10, pupils: 165 });
  assert.equal(await page.getByText('à confirmer', { exact: true }).count(), 0);

  await page.getByRole('radio', { name: 'oui', exact: true }).check();
  await page.getByRole('radio', { name: 'Par la collecte et/ou par virement' }).check();
  await saveDeclarations(page);
  await expectTotal(page, '439,25 €');
  const fee = page.getByRole('table', { name: "Montant de l'adhésion" });
  await fee.getByRole('row').filter({ hasText: 'des coopérateurs (175 x 2,26 €)' }).filter({ hasText: '395,50 €' }).first().waitFor();
  await fee.getByRole('row').filter({ hasText: 'des coopérateurs (175 x 0,25 €)' }).filter({ hasText: '43,75 €' }).waitFor();
  await visitScreen(page, '37-adhesion-assurance');

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expectPath(page, '/connexion');
  assert.deepEqual(errors, []);
});

test('a cooperative of the Lot confirms its three lines; insurance is mandatory and everything is free (seed 002): 0,00 €', async () => {
  const coop = await cooperativeWithLastYear(TARIFFS.lot, 'École Publique Jules Ferry', 'LA ROSE', [
    ['CM1-CM2', 1, 24],
    ['CE2', 1, 18],
    ['CE1', 2, 15],
  ]);
  const { page, errors } = browser;
  await firstLogin(page, coop.login, coop.password, 'Rose-Ecole-2026!');
  await openAdhesionTile(page, 'À saisir');
  await page.getByText("Les 3 lignes de l'année 2025 - 2026 seront reprises").waitFor();
  await startEntry(page);
  assert.equal(await page.getByText('à confirmer', { exact: true }).count(), 3);
  await visitScreen(page, '38-adhesion-trois-lignes');

  await confirmLine(page, 'CM1-CM2', { adults: 1, pupils: 24 });
  await confirmLine(page, 'CE2', { adults: 1, pupils: 18 });
  await confirmLine(page, 'CE1', { adults: 2, pupils: 15 });
  assert.equal(await page.getByText('à confirmer', { exact: true }).count(), 0);
  const totals = page.getByRole('table', { name: 'Les classes' }).locator('tfoot');
  assert.equal(normalize(await totals.innerText()), 'Total : 4 57 61');

  // insurance is mandatory in the Lot: "oui", no choice
  await page.getByText("L'assurance est obligatoire dans votre département").waitFor();
  assert.equal(await page.getByRole('radio', { name: 'non', exact: true }).count(), 0);
  await page.getByRole('radio', { name: 'Prélèvement en décembre' }).check();
  await saveDeclarations(page);
  await expectTotal(page, '0,00 €');
  // the note of the property line, with French typography (U+202F in 2 000, U+00A0 before €)
  const fee = page.getByRole('table', { name: "Montant de l'adhésion" });
  const text = await fee.textContent();
  assert.ok(text.includes('0,00\u00a0€ est inférieur à 2\u202f000,00\u00a0€'), text);
  assert.ok(text.includes('0,00\u00a0€ est inférieur à 15\u202f000,00\u00a0€'), text);
  await visitScreen(page, '39-adhesion-assurance-obligatoire');

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expectPath(page, '/connexion');
  assert.deepEqual(errors, []);
});

test('staff read the barème, and a change after a submission lists the cooperative among those affected', async () => {
  const { page, errors } = browser;
  await logInAsStaff(page, staff);
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Barème' }).click();
  await expectPath(page, '/gestion/bareme');
  await page.getByRole('heading', { level: 1, name: 'Barème' }).waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'Année scolaire' }).inputValue(), '2026-2027');

  const fee = page.getByRole('textbox', { name: 'Forfait par coopérative' });
  await fee.waitFor();
  assert.equal(await fee.inputValue(), '8,00');
  assert.equal(await page.getByRole('textbox', { name: 'Tarif par élève' }).inputValue(), '1,73');
  assert.equal(await page.getByRole('textbox', { name: 'Tarif par adulte' }).inputValue(), '4,00');
  assert.ok(await page.getByRole('checkbox', { name: 'Par chèque' }).isChecked());
  await visitScreen(page, '40-bareme');

  // the cooperative's adhesion was sent with this barème: changing it asks for a confirmation, naming it
  await fee.fill('9');
  await page.getByRole('button', { name: 'Enregistrer le barème' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'Ce barème a déjà servi' });
  await warning.getByRole('list', { name: 'Coopératives concernées' }).getByText(coop.login).waitFor();
  await visitScreen(page, '41-bareme-deja-utilise');
  await warning.getByRole('button', { name: 'Enregistrer quand même' }).click();
  await page.getByText('Barème enregistré').waitFor();
  await page.getByRole('textbox', { name: 'Forfait par coopérative' }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Forfait par coopérative' }).inputValue(), '9,00');

  // the cooperative's adhesion keeps its amount, and says it is to be re-priced
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Coopératives', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Rechercher (numéro, école, commune, UAI)' }).fill(coop.number);
  await page.getByRole('table', { name: 'Coopératives trouvées' }).getByRole('link', { name: coop.login }).click();
  await openAdhesionTile(page, "Le paiement n'est pas validé");
  await page.getByText("Le barème a changé depuis l'envoi").waitFor();
  await page.getByText('le paiement de 136,99 €', { exact: false }).waitFor();
  await visitScreen(page, '42-staff-adhesion-a-recalculer');

  // next year has no barème yet: copy this one
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Barème' }).click();
  await page.getByRole('combobox', { name: 'Année scolaire' }).selectOption('2027-2028');
  await page.getByText(`Le barème 2027 - 2028 de l'${department.name} n'est pas encore défini.`).waitFor();
  await visitScreen(page, '43-bareme-a-definir');
  await page.getByRole('button', { name: "Copier le barème de l'an dernier" }).click();
  await page.getByRole('textbox', { name: 'Forfait par coopérative' }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Forfait par coopérative' }).inputValue(), '9,00');
  assert.equal(await page.getByLabel('Ouverture de la saisie', { exact: true }).inputValue(), '01/09/2027');

  assert.deepEqual(errors, []);
});
