// Journey (reports, issue 19): a cooperative that kept SPEC's example year in its books here (written through the API:
// the ledger's own journeys show its screens) finds its financial report filled from them, types the August
// statement's balance and reads « semble correct », sends it; staff validate it; its ledger of the next year opens on
// the closing balances, bank 1 163,01 € and cash 40,00 €. The department, its staff account and the cooperative are
// the journey's own, created through the API.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, expectPath, launch, logIn, newCooperative, newStaffedDepartment, visitScreen } from './support.mjs';

const PASSWORD = 'Cahier-Tenu-2026!';
const YEAR = '2025-2026';
let LOGIN;
let ID;
let department;
let staff;
let browser;

/** A call to the API with a token; throws on anything but the status expected. */
async function call(token, method, path, body, headers = {}, expected = 200) {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (response.status !== expected) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

async function token(login, password) {
  const answer = await fetch(`${BASE_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  assert.ok(answer.ok, `login ${login}: ${answer.status}`);
  return (await answer.json()).token;
}

before(async () => {
  ({ department, staff } = await newStaffedDepartment());
  const created = await newCooperative(department.code, 'École du Cahier Tenu', 'FIGEAC');
  LOGIN = created.login;
  const first = await token(LOGIN, created.password);
  const changed = await fetch(`${BASE_URL}/api/auth/password`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${first}` },
    body: JSON.stringify({ currentPassword: created.password, newPassword: PASSWORD }),
  });
  assert.ok(changed.ok, `password change: ${changed.status}`);
  const mandataire = await token(LOGIN, PASSWORD);
  ID = (await call(mandataire, 'GET', '/api/me')).cooperative.id;

  // SPEC's worked example, in the books of 2025-2026
  await call(mandataire, 'PUT', `/api/cooperatives/${ID}/ledger/openings/${YEAR}`, { bank: 800, cash: 50 });
  const entry = (date, label, amount, kind, means, heading, chequeNumber, treasury) =>
    call(mandataire, 'POST', `/api/cooperatives/${ID}/ledger-entries`,
      { date, label, amount, kind, means, chequeNumber, treasury, parts: heading ? [{ heading }] : undefined }, {}, 201);
  const ticked = [
    await entry('2025-10-01', 'Participation des familles', 600, 'INCOME', 'TRANSFER', '7562'),
    await entry('2025-11-15', 'Subvention de la commune', 300, 'INCOME', 'TRANSFER', '744'),
    await entry('2025-09-25', 'Cotisation OCCE', 136.99, 'CHARGE', 'TRANSFER', '6586'),
    await entry('2025-10-10', 'Fournitures', 180, 'CHARGE', 'CHEQUE', '6068', '0001'),
    await entry('2026-01-10', 'Dépôt de la caisse', 200, 'TRANSFER', 'CASH', null, undefined, 'CASH'),
  ];
  await entry('2025-12-13', "Fête de l'école", 250, 'INCOME', 'CASH', '708');
  await entry('2025-12-13', 'Goûter de la fête', 60, 'CHARGE', 'CASH', '6232');
  await entry('2026-06-20', "Sortie de fin d'année", 420, 'CHARGE', 'CHEQUE', '6251', '0002'); // not debited at 31/08
  for (const e of ticked) {
    await call(mandataire, 'PUT', `/api/ledger-entries/${e.id}/clearing`, { clearedOn: '2026-08-28' }, { 'If-Match': `"${e.version}"` });
  }
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('a cooperative whose books are kept here files the report they fill, and the next year opens on its closing', async () => {
  const { page, errors } = browser;
  await logIn(page, LOGIN, PASSWORD);
  await expectPath(page, /^\/coop\/\d+$/);
  await page.getByRole('link', { name: /^Compte-rendu Le compte-rendu/ }).click();
  await expectPath(page, /^\/coop\/\d+\/compte-rendu$/);
  await page.getByText('Rempli à partir du cahier de compta. tenu ici', { exact: false }).waitFor();
  const form = page.getByRole('form', { name: /Compte-rendu financier 2025.-.2026/ });
  assert.match(await form.getByRole('region', { name: 'Recettes' }).innerText(), /Total\s*1.150,00\s€/);
  assert.match(await form.getByRole('region', { name: 'Dépenses' }).innerText(), /Total\s*796,99\s€/);
  assert.match(await form.getByRole('region', { name: 'Banque et caisse' }).innerText(),
    /Chèques et paiements non débités au 31\/08\s*420,00\s€\s*opérations non pointées du cahier/);

  // the August statement's balance and the verifiers: it holds
  await form.getByRole('textbox', { name: 'Solde du relevé bancaire au 31/08' }).fill('1583,01');
  await form.getByRole('textbox', { name: "Parent d'élève élu" }).fill('Mme Claire LEROY');
  await form.getByRole('textbox', { name: "Enseignant n'ayant pas tenu les comptes" }).fill('M. Paul ROUX');
  await form.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await page.getByText('Le Compte-Rendu Financier semble correct').waitFor();
  await page.getByText(/850,00 \+ 1.150,00 − 796,99 = 1.203,01 = 1.583,01 − 420,00 \+ 0,00 \+ 40,00/).waitFor();
  await visitScreen(page, '85-compte-rendu-cahier-tenu');

  // the activity report's answers (its screen is the paper journey's), then « Envoyer à l'OCCE »
  const mandataire = await token(LOGIN, PASSWORD);
  const report = `/api/cooperatives/${ID}/annual-reports/${YEAR}`;
  const saved = await call(mandataire, 'GET', report);
  await call(mandataire, 'PUT', `${report}/activity`,
    { answers: { classes: '4', councils: '6', assembly: 'true', projects: "Classe de mer, spectacle de fin d'année" } },
    { 'If-Match': `"${saved.version}"` });
  await page.reload();
  await page.getByRole('button', { name: "Envoyer à l'OCCE", disabled: false }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Le Compte-Rendu Financier semble correct.').waitFor();
  await dialog.getByRole('button', { name: 'Envoyer', exact: true }).click();
  await page.getByText(`Le C.R. est validé, mais il est en attente de l'OCCE ${department.code}.`).waitFor();

  // staff validate it (their screen is the paper journey's): the year is closed
  const reviewer = await token(staff.login, staff.password);
  const sent = await call(reviewer, 'GET', report);
  assert.equal(sent.financial.books, 'LEDGER');
  await call(reviewer, 'POST', `/api/annual-reports/${sent.id}/validation`, null, { 'If-Match': `"${sent.version}"` });

  // the next year's ledger opens on the closing balances, exactly
  await page.goto(`${BASE_URL}/coop/${ID}/cahier`);
  await page.getByText(
    /Report à nouveau au 01\/09\/2026 \(solde de clôture du compte-rendu validé de l'année précédente\) : banque 1.163,01\s€, caisse 40,00\s€/,
  ).waitFor();
  await visitScreen(page, '84-cahier-annee-suivante');
  await page.goto(`${BASE_URL}/coop/${ID}`);
  await page.getByText('Le C.R. est saisi, et il est bon. Bravo !').waitFor();
  assert.deepEqual(errors, []);
});
