// Journey (a): a mandataire's first login, password change, Sommaire, identity change, logout. The department (with
// its contact address and Paris' barème) and the cooperative are the journey's own (created through the API), so it
// runs again on any server.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BASE_URL,
  TARIFFS,
  adminSession,
  download,
  expectPath,
  launch,
  logIn,
  nav,
  newCooperative,
  newDepartment,
  pdfText,
  putTariff,
  visitScreen,
} from './support.mjs';

const SCHOOL = 'École Élémentaire de la Victoire';
let LOGIN;
let INITIAL_PASSWORD;
const NEW_PASSWORD = 'Victoire-Paris-2026!';
const NEW_PHONE = '05 65 12 34 56';

let browser;
let department;
before(async () => {
  department = await newDepartment('OCCE de Paris');
  await putTariff(department.code, '2026-2027', TARIFFS.paris);
  ({ login: LOGIN, password: INITIAL_PASSWORD } = await newCooperative(department.code, SCHOOL));
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('a mandataire changes the initial password, then the school phone, and logs out', async () => {
  const { page, errors } = browser;

  await page.goto(`${BASE_URL}/`);
  await expectPath(page, '/connexion');
  await page.getByRole('heading', { name: 'Connexion' }).waitFor();
  await visitScreen(page, '01-connexion');

  // a wrong password: the server's sentence is shown
  await logIn(page, LOGIN, 'pas-le-bon');
  await page.getByRole('alert').filter({ hasText: 'Identifiant ou mot de passe incorrect.' }).waitFor();
  // the seeds' line, with the department's contact once the login is typed, and the help page
  await page.getByTestId('department-contact').filter({ hasText: department.email }).waitFor();
  await visitScreen(page, '02-connexion-refusee');
  await page.getByRole('link', { name: /^Aide/ }).click();
  await expectPath(page, '/aide');
  await page.getByRole('heading', { level: 1, name: 'Aide' }).waitFor();
  await visitScreen(page, '02b-aide');
  await page.getByRole('link', { name: /Revenir à la connexion/ }).click();
  await expectPath(page, '/connexion');

  // the first login leads to the change-password screen
  await logIn(page, LOGIN, INITIAL_PASSWORD);
  await expectPath(page, '/mot-de-passe');
  await page.getByRole('heading', { name: 'Choisissez votre mot de passe' }).waitFor();
  await visitScreen(page, '03-mot-de-passe-initial');

  // the confirmation is checked before sending
  await page.getByLabel('Mot de passe actuel', { exact: true }).fill(INITIAL_PASSWORD);
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Confirmez le nouveau mot de passe', { exact: true }).fill(`${NEW_PASSWORD}x`);
  await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
  await page.getByText('Les deux saisies du nouveau mot de passe ne sont pas identiques.').waitFor();
  await visitScreen(page, '04-mot-de-passe-confirmation');

  await page.getByLabel('Confirmez le nouveau mot de passe', { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Changer le mot de passe' }).click();

  // the Sommaire of the cooperative
  await expectPath(page, /^\/coop\/\d+$/);
  await page.getByRole('heading', { level: 1, name: new RegExp(SCHOOL) }).waitFor();
  await page.getByText('Année scolaire 2026 - 2027').waitFor();
  const main = page.getByRole('main');
  // the report of the year just ended, due by 30 September (the seeds' sentence)
  await main.getByRole('link', { name: /^Compte-rendu/ }).filter({ hasText: 'Le Compte-Rendu 2026 doit être établi avant le 30 septembre 2026.' }).waitFor();
  await main.getByRole('link', { name: /Cahier de compta\./ }).waitFor();
  await main.getByRole('link', { name: /Changement de mandataire/ }).waitFor();
  // the adhesion of the year is open, not started yet
  await main.getByRole('link', { name: /Adhésion/ }).filter({ hasText: 'À saisir' }).waitFor();
  await visitScreen(page, '05-sommaire');

  // the identity: change the school's phone
  await main.getByRole('link', { name: /Identité de la coop\./ }).click();
  await expectPath(page, /^\/coop\/\d+\/identite$/);
  await page.getByRole('heading', { name: 'Identité de la coopérative' }).waitFor();
  const phone = page.getByRole('textbox', { name: "Téléphone de l'école" });
  await phone.waitFor();
  // a mandataire cannot change the school's name: the field is read-only
  assert.equal(await page.getByRole('textbox', { name: "Nom de l'école" }).getAttribute('readonly'), '');
  await visitScreen(page, '06-identite');

  await phone.fill(NEW_PHONE);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByText('Modifications enregistrées').waitFor();
  await visitScreen(page, '07-identite-enregistree');

  await page.reload();
  await page.getByRole('textbox', { name: "Téléphone de l'école" }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: "Téléphone de l'école" }).inputValue(), NEW_PHONE);

  // --- the books: the opening balances of a first year, an income in cash, a cheque split over two headings,
  // cash paid into the bank; the balances after each line
  await nav(page).getByRole('link', { name: 'Cahier de compta.' }).click();
  await expectPath(page, /^\/coop\/\d+\/cahier$/);
  const opening = page.getByRole('form', { name: 'Soldes au 1er septembre' });
  await opening.getByRole('textbox', { name: 'Banque au 1er septembre' }).fill('1200');
  await opening.getByRole('textbox', { name: 'Caisse au 1er septembre' }).fill('45,50');
  await visitScreen(page, '70-cahier-premiere-annee');
  await opening.getByRole('button', { name: 'Enregistrer les soldes' }).click();
  await page.getByText(/Report à nouveau au 01\/09\/2026 \(saisi\)/).waitFor();

  const write = async ({ kind, date, label, amount, means, cheque, parts, direction }) => {
    await page.getByRole('button', { name: 'Écrire une opération' }).click();
    const form = page.getByRole('form', { name: 'Écrire une opération' });
    await form.getByText('Prochain numéro libre').waitFor();
    // the segmented control's radios are hidden behind their labels: click the label
    await form.locator('label').filter({ hasText: new RegExp(`^${kind}$`) }).click();
    await form.getByRole('textbox', { name: 'Date' }).fill(date);
    await form.getByRole('textbox', { name: 'Libellé' }).fill(label);
    await form.getByRole('textbox', { name: /^Montant/ }).first().fill(amount);
    if (direction) await form.getByLabel('Sens').selectOption(direction);
    if (means) await form.getByLabel('Moyen de paiement').selectOption(means);
    if (cheque) await form.getByRole('textbox', { name: /N° du chèque/ }).fill(cheque);
    for (const [i, [heading]] of (parts ?? []).entries()) {
      if (i > 0) await form.getByRole('button', { name: 'Ventiler sur une autre rubrique' }).click();
      await form.getByLabel(`Rubrique ${i + 1}`, { exact: true }).selectOption(heading);
    }
    // the amounts of a split, once its rows are there
    for (const [i, [, share]] of (parts ?? []).entries()) {
      if (share) await form.getByLabel(`Montant de la rubrique ${i + 1}`).fill(share);
    }
    return form;
  };
  let form = await write({ kind: 'Recette', date: '20/09/2026', label: 'Participation sortie au musée', amount: '120', means: 'CASH', parts: [['7068']] });
  await form.getByRole('button', { name: "Écrire l'opération" }).click();
  await form.waitFor({ state: 'detached' });
  form = await write({ kind: 'Dépense', date: '05/10/2026', label: 'Librairie : albums et cahiers', amount: '86,40', means: 'CHEQUE', cheque: '0045001',
    parts: [['6181', '50'], ['6068', '36,40']] });
  await form.getByText('La ventilation fait le total.').waitFor();
  // the photo of the invoice, as the phone's camera gives it (a PNG here): attached once the entry is written
  const photo = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  await form.locator('input[type="file"]').setInputFiles({ name: 'facture-librairie.png', mimeType: 'image/png', buffer: photo });
  await visitScreen(page, '71-cahier-operation-ventilee');
  await form.getByRole('button', { name: "Écrire l'opération" }).click();
  await form.waitFor({ state: 'detached' });
  form = await write({ kind: 'Virement interne', date: '06/10/2026', label: 'Dépôt de la caisse à la banque', amount: '100', direction: 'CASH' });
  await form.getByRole('button', { name: "Écrire l'opération" }).click();
  await form.waitFor({ state: 'detached' });
  const book = page.getByRole('table', { name: /^Cahier de compta\./ });
  await book.getByText('Dépôt de la caisse à la banque').waitFor();
  const rows = book.locator('tbody tr');
  assert.equal(await rows.count(), 3);
  // 1 200,00 + 45,50 + 120,00 − 86,40 = 1 279,10: the bank 1 213,60, the cash box 65,50
  assert.match((await rows.nth(2).textContent()) ?? '', /1\s213,60\s€.*65,50\s€/);
  await book.getByRole('button', { name: "Voir la pièce justificative 1 de l'opération n° 2 (facture-librairie.png)" }).waitFor();
  await visitScreen(page, '72-cahier');

  // the bank reconciliation at the statement of 31 October: the deposit is on it, the cheque not yet
  const reconciliation = page.getByRole('region', { name: 'Rapprochement bancaire' });
  await reconciliation.getByRole('textbox', { name: 'Date du relevé' }).fill('31/10/2026');
  await reconciliation.getByRole('textbox', { name: 'Solde du relevé' }).fill('1300');
  await reconciliation.getByText(/Écart de/).waitFor();
  // a controlled box: it shows ticked once the server has answered
  await book.getByRole('checkbox', { name: "Pointer l'opération n° 3" }).click();
  await book.getByRole('checkbox', { name: /Pointée au relevé du 31\/10\/2026 : opération n° 3/ }).waitFor();
  // 1 213,60 in the book + 86,40 not debited = 1 300,00 on the statement
  await reconciliation.getByText('Le rapprochement est juste : le relevé et le cahier concordent.').waitFor();
  await visitScreen(page, '73-rapprochement');

  // the cash count: the box holds 65,00 € on 23 November, the books 65,50 €; a 50-cent coin was in the other pocket
  await nav(page).getByRole('link', { name: "L'arrêté de caisse" }).click();
  await expectPath(page, /^\/coop\/\d+\/caisse$/);
  await page.getByRole('button', { name: 'Compter la caisse' }).click();
  let count = page.getByRole('form', { name: 'Nouvel arrêté de caisse' });
  await count.getByRole('textbox', { name: 'Billets de 20 €' }).fill('3');
  await count.getByRole('textbox', { name: 'Billets de 5 €' }).fill('1');
  await count.getByTestId('cash-total').filter({ hasText: /65,00\s€/ }).waitFor();
  await visitScreen(page, '74-arrete-de-caisse');
  await count.getByRole('button', { name: "Enregistrer l'arrêté de caisse" }).click();
  await count.waitFor({ state: 'detached' });
  await page.getByText(/il manque 0,50\s€ dans la caisse/).waitFor();
  await page.getByRole('button', { name: "Corriger l'arrêté du 23/11/2026" }).click();
  count = page.getByRole('form', { name: "Corriger l'arrêté de caisse" });
  await count.getByRole('textbox', { name: /Pièces de 0,50\s€/ }).fill('1');
  await count.getByRole('button', { name: 'Enregistrer la correction' }).click();
  await count.waitFor({ state: 'detached' });
  await page.getByRole('status').filter({ hasText: 'Bravo !' }).filter({ hasText: /La caisse compte 65,50\s€ le 23\/11\/2026, comme le cahier\./ }).waitFor();
  await visitScreen(page, '75-arrete-de-caisse-bravo');

  // the bank's statement of October as its CSV: the deposit ticked by hand, the cheque debited on the 15th, the bank's fee
  await nav(page).getByRole('link', { name: 'Relevés de banque' }).click();
  await expectPath(page, /^\/coop\/\d+\/releves$/);
  const statement = Buffer.from(
    '\uFEFFDate;Libellé;Débit euros;Crédit euros\r\n06/10/2026;VERSEMENT ESPECES;;100,00\r\n15/10/2026;CHEQUE N 0045001;86,40;\r\n' +
      '31/10/2026;FRAIS TENUE DE COMPTE;3,50;\r\n31/10/2026;Solde au 31/10/2026;;1 296,50\r\n',
    'utf8',
  );
  const upload = page.getByRole('form', { name: 'Importer un relevé de banque' });
  await upload.locator('input[type="file"]').setInputFiles({ name: 'releve-octobre.csv', mimeType: 'text/csv', buffer: statement });
  await upload.getByRole('button', { name: 'Importer le relevé' }).click();
  await upload.getByRole('status').filter({ hasText: /CSV : 3 lignes lues, 3 nouvelles\. Solde du relevé au 31\/10\/2026 : 1\s296,50\s€/ }).waitFor();
  await page.getByRole('heading', { name: '3 lignes de relevé : 0 pointée, 2 proposées, 1 sans opération' }).waitFor();
  await visitScreen(page, '76-releves');
  await page.getByRole('button', { name: "Confirmer : la ligne du 06/10/2026 est l'opération n° 3" }).click();
  await page.getByRole('heading', { name: /1 pointée/ }).waitFor();
  await page.getByRole('button', { name: "Confirmer : la ligne du 15/10/2026 est l'opération n° 2" }).click();
  await page.getByRole('heading', { name: /2 pointées/ }).waitFor();
  await page.getByRole('button', { name: "Écrire l'opération de la ligne du 31/10/2026 : FRAIS TENUE DE COMPTE" }).click();
  const fee = page.getByRole('form', { name: "Écrire l'opération de la ligne" });
  assert.equal(await fee.getByRole('combobox', { name: 'Type' }).inputValue(), 'CHARGE');
  await fee.getByRole('combobox', { name: 'Moyen de paiement' }).selectOption('DIRECT_DEBIT');
  await fee.getByRole('combobox', { name: 'Rubrique' }).selectOption('627');
  await visitScreen(page, '77-releve-ecrire-operation');
  await fee.getByRole('button', { name: 'Écrire et pointer' }).click();
  await fee.waitFor({ state: 'detached' });
  await page.getByRole('heading', { name: '3 lignes de relevé : 3 pointées, 0 proposée, 0 sans opération' }).waitFor();
  await visitScreen(page, '78-releves-pointes');
  // the same file again adds nothing
  await upload.locator('input[type="file"]').setInputFiles({ name: 'releve-octobre.csv', mimeType: 'text/csv', buffer: statement });
  await upload.getByRole('button', { name: 'Importer le relevé' }).click();
  await upload.getByRole('status').filter({ hasText: 'aucune nouvelle (déjà importées)' }).waitFor();
  // a subsidy decided by the town hall, not paid yet
  await nav(page).getByRole('link', { name: 'Les subventions' }).click();
  await expectPath(page, /^\/coop\/\d+\/subventions$/);
  await page.getByRole('button', { name: 'Ajouter une subvention' }).click();
  const grant = page.getByRole('form', { name: 'Nouvelle subvention' });
  // the date first: its calendar closes when the next field takes the focus
  await grant.getByRole('textbox', { name: /Date de la décision/ }).fill('02/10/2026');
  await grant.getByRole('textbox', { name: /Nom du financeur/ }).fill('Mairie de Paris');
  await grant.getByRole('textbox', { name: /Objet/ }).fill('Classe découverte');
  await grant.getByRole('textbox', { name: /Montant accordé/ }).fill('300');
  await visitScreen(page, '79-subvention');
  await grant.getByRole('button', { name: 'Enregistrer la subvention' }).click();
  await grant.waitFor({ state: 'detached' });
  const grants = page.getByRole('table', { name: /^Subventions 2026.-.2027$/ });
  assert.match((await grants.locator('tbody tr').first().textContent()) ?? '', /Mairie de Paris.*Classe découverte.*300,00\s€.*0,00\s€.*300,00\s€/);
  await visitScreen(page, '80-subventions');

  // the inventory: a video projector bought last year, offered as the property value of the next adhesion
  await nav(page).getByRole('link', { name: "Cahier d'inventaire" }).click();
  await expectPath(page, /^\/coop\/\d+\/inventaire$/);
  await page.getByRole('button', { name: 'Ajouter un bien' }).click();
  const goods = page.getByRole('form', { name: "Ajouter un bien à l'inventaire" });
  await goods.getByRole('textbox', { name: /Date d'achat/ }).fill('15/05/2026');
  await goods.getByRole('textbox', { name: /^Bien/ }).fill('Vidéoprojecteur');
  await goods.getByRole('textbox', { name: /^Valeur/ }).fill('450');
  await goods.getByRole('button', { name: "Ajouter à l'inventaire" }).click();
  await goods.waitFor({ state: 'detached' });
  await page.getByTestId('inventory-value').filter({ hasText: /450,00\s€/ }).waitFor();
  await visitScreen(page, '81-inventaire');

  // a pedagogical action of the year: nothing written for it yet, every entry is « Sans action »
  await nav(page).getByRole('link', { name: 'Actions péda.' }).click();
  await expectPath(page, /^\/coop\/\d+\/actions$/);
  const newAction = page.getByRole('form', { name: 'Nouvelle action' });
  await newAction.getByRole('textbox', { name: 'Nouvelle action' }).fill('Classe découverte');
  await newAction.getByRole('button', { name: "Ajouter l'action" }).click();
  const projects = page.getByRole('table', { name: /^Actions pédagogiques 2026.-.2027$/ });
  await projects.getByText('Classe découverte').waitFor();
  // 120,00 of income, 86,40 + 3,50 of charges: the year's result is 30,10
  assert.match((await projects.locator('tbody tr').last().textContent()) ?? '', /120,00\s€.*89,90\s€.*\+\s30,10\s€/);
  await visitScreen(page, '82-actions');

  // the class ledgers: the year's adhesion gets its CM1-CM2 line (through the API, as another tab would), then the
  // museum trip's income is allocated to that class from the ledger
  const cooperativeId = /\/coop\/(\d+)/.exec(new URL(page.url()).pathname)[1];
  const post = async (path, body, headers = {}) => {
    const answer = await fetch(`${BASE_URL}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${mandataireToken}`, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    assert.ok(answer.ok, `POST ${path}: ${answer.status}`);
    return answer.json();
  };
  const mandataireToken = (await (await fetch(`${BASE_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login: LOGIN, password: NEW_PASSWORD }),
  })).json()).token;
  const adhesion = await post(`/api/cooperatives/${cooperativeId}/adhesions/2026-2027`);
  await post(`/api/adhesions/${adhesion.id}/lines`, { className: 'CM1-CM2', teachers: 'JEAN DUPONT', adults: 1, pupils: 24 },
    { 'If-Match': `"${adhesion.version}"` });
  await nav(page).getByRole('link', { name: 'Cahier de compta.' }).click();
  await page.getByRole('table', { name: /^Cahier de compta\./ }).getByRole('button', { name: "Modifier l'opération n° 1" }).click();
  const allocate = page.getByRole('form', { name: "Modifier l'opération" });
  await allocate.getByRole('combobox', { name: /^Classe/ }).selectOption({ label: 'CM1-CM2' });
  await allocate.getByRole('button', { name: 'Enregistrer' }).click();
  await allocate.waitFor({ state: 'detached' });
  await nav(page).getByRole('link', { name: 'Cahiers de classe' }).click();
  await expectPath(page, /^\/coop\/\d+\/classes$/);
  const classBooks = page.getByRole('table', { name: /^Cahiers de classe 2026.-.2027$/ });
  assert.match((await classBooks.locator('tbody tr').first().textContent()) ?? '', /CM1-CM2.*JEAN DUPONT.*1.*120,00\s€.*0,00\s€.*\+\s120,00\s€/);
  // the class and the entries of no class make the year: 120,00 − 89,90
  assert.match((await classBooks.locator('tbody tr').last().textContent()) ?? '', /Total de la coopérative.*120,00\s€.*89,90\s€.*\+\s30,10\s€/);
  await page.getByRole('button', { name: 'Cahier de la classe CM1-CM2' }).click();
  const classBook = page.getByRole('table', { name: 'Cahier de la classe CM1-CM2' });
  assert.match((await classBook.locator('tbody tr').first().textContent()) ?? '', /20\/09\/2026.*Participation sortie au musée.*\+\s120,00\s€/);
  await visitScreen(page, '83-cahiers-de-classe');

  // the books: the fee is written and ticked; the bank 1 213,60 − 3,50 = 1 210,10
  await nav(page).getByRole('link', { name: 'Cahier de compta.' }).click();
  const ticked = page.getByRole('table', { name: /^Cahier de compta\./ });
  await ticked.getByText('FRAIS TENUE DE COMPTE').waitFor();
  assert.match((await ticked.locator('tbody tr').nth(3).textContent()) ?? '', /1\s210,10\s€/);

  // the books downloaded: printed (PDF), for a spreadsheet (CSV), for the accountant (FEC); their text read back
  const work = mkdtempSync(join(tmpdir(), 'coop-books-'));
  try {
    const printed = pdfText(await download(page, () => page.getByRole('button', { name: 'Imprimer (PDF)' }).click(), work, 'cahier.pdf'), '84-pdf-cahier');
    assert.match(printed, /Cahier de compta\. — année scolaire 2026 - 2027/);
    assert.match(printed, /Report à nouveau au 01\/09\/2026 \(saisi\)/);
    assert.match(printed, /Participation sortie au musée/);
    assert.match(printed, /Totaux de l'année 120,00\s€ 89,90\s€ 1\s210,10\s€ 65,50\s€/);
    const csv = readFileSync(await download(page, () => page.getByRole('button', { name: 'Exporter (CSV)' }).click(), work, 'cahier.csv'), 'utf8');
    assert.match(csv, /^\uFEFF?piece;date;libelle/);
    assert.match(csv, /Librairie : albums et cahiers/);
    const fec = readFileSync(await download(page, () => page.getByRole('button', { name: 'Exporter (FEC)' }).click(), work, 'fec.txt'), 'latin1');
    assert.match(fec, /^JournalCode\tJournalLib\tEcritureNum/);
    assert.match(fec, /\t6181\t/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  // logout: back to the login screen, and the initial password no longer opens the session
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expectPath(page, '/connexion');
  await page.getByRole('heading', { name: 'Connexion' }).waitFor();

  await logIn(page, LOGIN, INITIAL_PASSWORD);
  await page.getByRole('alert').filter({ hasText: 'Identifiant ou mot de passe incorrect.' }).waitFor();
  await expectPath(page, '/connexion');

  // the new one does, straight to the Sommaire
  await logIn(page, LOGIN, NEW_PASSWORD);
  await expectPath(page, /^\/coop\/\d+$/);

  // every link of every default email opens a real screen for the mandataire who receives it
  const admin = await adminSession();
  const settings = await admin.get(`/api/departments/${department.code}/settings`);
  const links = new Set();
  for (const template of settings.emailTemplates) {
    for (const text of [template.defaultSubject, template.defaultBody]) {
      for (const [, path] of (text ?? '').matchAll(/\{link\}(\/[^\s)]*)/g)) links.add(path);
    }
  }
  assert.ok(links.size > 0, 'the default emails hold links');
  for (const path of links) {
    await page.goto(`${BASE_URL}${path}`);
    await page.getByRole('main').waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Page introuvable' }).count(), 0, `${path} opens a screen`);
  }

  // an unknown address
  await page.goto(`${BASE_URL}/nulle-part`);
  await page.getByRole('heading', { name: 'Page introuvable' }).waitFor();
  await visitScreen(page, '08-page-introuvable');

  assert.deepEqual(errors, []);
});

test('after a deployment the browser loads the new SPA: index.html is revalidated, only hashed bundles are immutable', async () => {
  for (const path of ['/', '/index.html', '/gestion/cooperatives', '/connexion']) {
    const page = await fetch(`${BASE_URL}${path}`);
    assert.equal(page.status, 200, path);
    assert.equal(page.headers.get('cache-control'), 'no-cache', path);
    const html = await page.text();
    const bundle = html.match(/\/assets\/[^"]+\.js/)?.[0];
    assert.ok(bundle, `${path} names its bundle`);
    const asset = await fetch(`${BASE_URL}${bundle}`);
    assert.equal(asset.status, 200, bundle);
    assert.equal(asset.headers.get('cache-control'), 'public, immutable, max-age=31536000', bundle);
  }
});
