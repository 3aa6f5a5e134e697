// Journey (reports, issue 19): a paper-ledger cooperative types SPEC's worked example into its financial report of
// 2025-2026, reads « semble correct » and sends it; staff of its department find it in « Comptes-rendus » and validate
// it, which closes the year; the cooperative's Sommaire then says « Bravo ». The department, its staff account and
// its cooperatives (the journey's, and one that has not sent its report) are the journey's own, created through the API.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BASE_URL,
  download,
  expectPath,
  launch,
  logIn,
  logInAsStaff,
  mandataireSession,
  nav,
  newCooperatives,
  newStaffedDepartment,
  pdfText,
  visitScreen,
} from './support.mjs';

const SCHOOL = 'École du Compte-Rendu';
const PASSWORD = 'Compte-Rendu-2026!';
let LOGIN;
let department;
let staff;

let browser;
before(async () => {
  ({ department, staff } = await newStaffedDepartment());
  // the journey's cooperative, and another whose report is not sent (to be reminded)
  const [created] = await newCooperatives(department.code, [{ schoolName: SCHOOL, city: 'CAHORS' }, { schoolName: 'École des Retardataires', city: 'FIGEAC' }]);
  LOGIN = created.login;
  // the initial password changed through the API (the mandataire journey shows that screen)
  await mandataireSession(created, PASSWORD);
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const money = async (page, label, value) => {
  const field = page.getByRole('textbox', { name: label, exact: true });
  await field.fill(value);
};

test('a paper-ledger cooperative files its financial report, staff validate it and the year is closed', async () => {
  const { page, errors } = browser;
  await logIn(page, LOGIN, PASSWORD);
  await expectPath(page, /^\/coop\/\d+$/);
  const tile = page.getByRole('link', { name: /^Compte-rendu Le compte-rendu/ });
  await page.getByText('Le Compte-Rendu 2026 doit être établi avant le 30 septembre 2026.').waitFor();
  await tile.click();
  await expectPath(page, /^\/coop\/\d+\/compte-rendu$/);
  await page.getByRole('heading', { name: /Compte-Rendu Financier 2025.-.2026/ }).waitFor();

  // a paper ledger: switch, save, then type the year's totals (SPEC's worked example)
  await page.getByText('Cahier papier', { exact: true }).click();
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  // saved: the report exists, « Envoyer à l'OCCE » is offered (the form is drawn again from what was saved)
  await page.getByRole('button', { name: "Envoyer à l'OCCE", disabled: false }).waitFor();
  await page.getByText('Cahier papier : saisissez les totaux de votre cahier.').waitFor();
  await page.getByRole('textbox', { name: '7562 Participation volontaire des familles' }).waitFor();
  await money(page, 'Report à nouveau au 01/09 : banque', '800');
  await money(page, 'Report à nouveau au 01/09 : caisse', '50');
  for (const [label, amount] of [
    ['7562 Participation volontaire des familles', '600'],
    ['744 Subventions de la commune', '300'],
    ['708 Produits des fêtes et manifestations', '250'],
    ["6586 Cotisations versées à l'OCCE (adhésion, assurance)", '136,99'],
    ['6068 Fournitures pédagogiques', '180'],
    ['6251 Sorties et voyages', '420'],
    ['6232 Fêtes et manifestations', '60'],
  ]) {
    await money(page, label, amount);
  }
  await money(page, 'Solde du relevé bancaire au 31/08', '1583,01');
  await money(page, 'Chèques et paiements non débités au 31/08', '420');
  await money(page, 'Remises non créditées au 31/08', '0');
  await money(page, 'Caisse au 31/08', '40');
  // the subsidies table: the commune's 300,00 €, all received
  await page.getByRole('button', { name: 'Ajouter une subvention' }).click();
  await page.getByRole('textbox', { name: 'Subvention 1 : financeur' }).fill('Mairie de Cahors');
  await page.getByRole('textbox', { name: 'Subvention 1 : objet' }).fill('Classe de mer');
  await money(page, 'Subvention 1 : montant accordé', '300');
  await money(page, 'Subvention 1 : montant reçu', '300');
  await page.getByRole('textbox', { name: "Parent d'élève élu" }).fill('Mme Claire LEROY');
  await page.getByRole('textbox', { name: "Enseignant n'ayant pas tenu les comptes" }).fill('M. Paul ROUX');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await page.getByText('Le Compte-Rendu Financier semble correct').waitFor();
  await page.getByText(/850,00 \+ 1.150,00 − 796,99 = 1.203,01 = 1.583,01 − 420,00 \+ 0,00 \+ 40,00/).waitFor();
  await visitScreen(page, '90-compte-rendu-financier');

  // « Imprimez cette page quitus ! »: the balance sheet, the verifiers, two signature boxes
  const dir = mkdtempSync(join(tmpdir(), 'quitus-'));
  try {
    const quitus = pdfText(await download(page, () => page.getByRole('button', { name: 'Imprimer la page quitus' }).click(), dir, 'quitus.pdf'),
      '94-quitus');
    assert.match(quitus, /Quitus — compte-rendu financier 2025 - 2026/);
    assert.match(quitus, /Mme Claire LEROY/);
    assert.match(quitus, /M\. Paul ROUX/);
    assert.match(quitus, /Le Compte-Rendu Financier semble correct/);
    const crf = pdfText(await download(page, () => page.getByRole('button', { name: 'Imprimer le CRF' }).click(), dir, 'crf.pdf'), '95-crf');
    assert.match(crf, /6586 +Cotisations versées à l'OCCE/);
    assert.match(crf, /Total +1.150,00 € +796,99 €/);
    assert.match(crf, /Commune — Mairie de Cahors +Classe de mer +300,00 € +300,00 €/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // the activity report: the required answers (the national questionnaire)
  const activity = page.getByRole('form', { name: /Compte-rendu d'activité 2025.-.2026/ });
  await activity.getByRole('textbox', { name: /Nombre de classes/ }).fill('4');
  await activity.getByRole('textbox', { name: /Nombre de conseils/ }).fill('6');
  await activity.getByRole('radiogroup', { name: /assemblée générale/ }).getByText('Oui', { exact: true }).click();
  await activity.getByRole('textbox', { name: /Les projets de l'année/ }).fill('Classe de mer à Arcachon, spectacle de fin d\'année');
  await activity.getByRole('combobox', { name: /L'action de l'OCCE/ }).selectOption('Théâtre et arts');
  await activity.getByRole('button', { name: 'Enregistrer les réponses' }).click();
  await activity.getByText('Réponses non enregistrées.').waitFor({ state: 'detached' });
  await visitScreen(page, '97-compte-rendu-activite');

  // « Envoyer l'image »: the signed quitus, scanned (a PNG here)
  const scan = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  await page.getByRole('region', { name: 'Quitus' }).locator('input[type="file"]').first()
    .setInputFiles({ name: 'quitus-signe.png', mimeType: 'image/png', buffer: scan });
  await page.getByRole('button', { name: /^quitus-signe\.png \(.*\), quitus signé$/ }).waitFor();
  // and the August statement
  await page.getByRole('region', { name: 'Quitus' }).locator('input[type="file"]').nth(1)
    .setInputFiles({ name: 'releve-aout.png', mimeType: 'image/png', buffer: scan });
  await page.getByRole('button', { name: /^releve-aout\.png \(/ }).waitFor();

  await page.getByRole('button', { name: "Envoyer à l'OCCE" }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Le Compte-Rendu Financier semble correct.').waitFor();
  await dialog.getByRole('button', { name: 'Envoyer', exact: true }).click();
  await page.getByText(`Le C.R. est validé, mais il est en attente de l'OCCE ${department.code}.`).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Enregistrer', exact: true }).count(), 0);

  // staff of the department: the report is in their queue; they tick the checklist, ask for a correction, then validate it
  await logInAsStaff(page, staff);
  await nav(page).getByRole('link', { name: 'Comptes-rendus' }).click();
  await expectPath(page, '/gestion/comptes-rendus');
  const queue = page.getByRole('table', { name: /Comptes-rendus 2025.-.2026/ });
  const row = queue.getByRole('row').filter({ hasText: LOGIN });
  await row.waitFor();
  assert.match(await row.innerText(), /envoyé à l'OCCE[\s\S]*en retard[\s\S]*papier[\s\S]*quitus reçu, relevé reçu[\s\S]*aucun/i);
  await visitScreen(page, '91-staff-comptes-rendus');
  await row.getByRole('link', { name: LOGIN }).click();
  await expectPath(page, /^\/coop\/\d+\/compte-rendu$/);
  const reportPath = new URL(page.url()).pathname;
  await page.getByRole('checkbox', { name: /Quitus signé par les deux vérificateurs/ }).click(); // saved, then shown ticked
  await page.getByRole('checkbox', { name: /Quitus signé par les deux vérificateurs/, checked: true }).waitFor();
  await page.getByRole('textbox', { name: 'Message à la coopérative' }).fill('Joignez aussi la décision de la mairie pour la subvention.');
  await page.getByRole('button', { name: 'Demander une correction' }).click();
  await page.getByText('Le C.R. doit être corrigé : Joignez aussi la décision de la mairie pour la subvention.').waitFor();
  // the cooperative reads the message on its report and sends it again
  await logIn(page, LOGIN, PASSWORD);
  await expectPath(page, /^\/coop\/\d+$/);
  await page.goto(`${BASE_URL}${reportPath}`);
  await page.getByText('Le C.R. doit être corrigé : Joignez aussi la décision de la mairie pour la subvention.').waitFor();
  await page.getByRole('button', { name: "Envoyer à l'OCCE" }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Envoyer', exact: true }).click();
  await page.getByText(`Le C.R. est validé, mais il est en attente de l'OCCE ${department.code}.`).waitFor();
  await logInAsStaff(page, staff);
  await page.goto(`${BASE_URL}${reportPath}`);
  await page.getByRole('button', { name: 'Valider le compte-rendu' }).click();
  await page.getByRole('dialog').getByRole('button', { name: "Valider et clore l'année" }).click();
  await page.getByText('Le C.R. est saisi, et il est bon. Bravo !').waitFor();
  await page.getByRole('button', { name: 'Rouvrir le compte-rendu' }).waitFor();
  await visitScreen(page, '92-staff-compte-rendu-valide');

  // the department's aggregated accounts count the validated report; their CSV has its row
  await nav(page).getByRole('link', { name: 'Comptes-rendus' }).click();
  await page.getByRole('heading', { name: /Comptes agrégés du département 2025.-.2026/ }).waitFor();
  await page.getByRole('table', { name: 'Comptes agrégés par rubrique' }).getByText('7562 Participation volontaire des familles').waitFor();
  await page.getByRole('table', { name: 'Subventions par financeur' }).getByText('Commune').waitFor();
  await visitScreen(page, '96-staff-comptes-agreges');
  // printed for the general assembly
  const agDir = mkdtempSync(join(tmpdir(), 'ag-'));
  try {
    const ag = pdfText(await download(page, () => page.getByRole('button', { name: "Imprimer pour l'AG (PDF)" }).click(), agDir, 'ag.pdf'),
      '86-comptes-agreges-ag');
    assert.match(ag, /Comptes agrégés des coopératives 2025 - 2026/);
    assert.match(ag, /Subventions par financeur/);
  } finally {
    rmSync(agDir, { recursive: true, force: true });
  }
  const csvDir = mkdtempSync(join(tmpdir(), 'accounts-'));
  try {
    const csv = readFileSync(await download(page, () => page.getByRole('button', { name: 'Exporter (CSV)' }).click(), csvDir, 'accounts.csv'), 'utf8');
    const row = csv.split('\r\n').find((line) => line.startsWith(`${LOGIN};`));
    assert.ok(row, csv.slice(0, 400));
    assert.match(row, /;École du Compte-Rendu;CAHORS;papier;800,00;50,00;/);
  } finally {
    rmSync(csvDir, { recursive: true, force: true });
  }

  // the cooperatives whose report is not sent are reminded from « Comptes-rendus » (the dialog is opened, not sent)
  await page.getByRole('button', { name: /^Relancer ces \d+ coopératives?$/ }).click();
  const remind = page.getByRole('dialog', { name: 'Relancer les coopératives' });
  assert.match(await remind.getByRole('textbox', { name: 'Objet' }).inputValue(), /^Compte-rendu \{year\} : à envoyer avant le 30\/09\/2026$/);
  await remind.getByRole('button', { name: 'Annuler' }).click();

  // the control of the accounts: every validated report of the year drawn (100 %) from a seed, re-drawn identically,
  // and the journey's cooperative asked for its documents. The draw is once a year: the department is the journey's
  // own, so it has not drawn yet.
  await nav(page).getByRole('link', { name: 'Contrôle des comptes', exact: true }).click();
  await expectPath(page, '/gestion/controle-des-comptes');
  const drawForm = page.getByRole('form', { name: "Tirer l'échantillon" });
  const summary = page.getByRole('region', { name: 'Le tirage' });
  await drawForm.getByRole('textbox', { name: 'Part tirée au hasard' }).fill('100');
  await drawForm.getByRole('textbox', { name: 'Graine du tirage' }).fill('2026');
  await drawForm.getByRole('checkbox', { name: /Au moins une par circonscription/ }).check();
  await visitScreen(page, '88-staff-controle-tirage');
  await drawForm.getByRole('button', { name: "Tirer l'échantillon" }).click();
  await summary.waitFor();
  await summary.getByRole('button', { name: 'Refaire le tirage avec cette graine' }).click();
  await summary.getByRole('status').getByText(/Même échantillon/).waitFor();
  assert.match(await summary.innerText(), /100 % au hasard, au moins une par circonscription/);
  const drawn = page.getByRole('table', { name: /Coopératives tirées pour le contrôle 2025.-.2026/ });
  await visitScreen(page, '89-staff-controle-des-comptes');
  await drawn.getByRole('button', { name: `Suivre le contrôle de ${LOGIN}` }).click();
  const followUp = page.getByRole('dialog', { name: `Contrôle de ${LOGIN}` });
  await followUp.getByText('Pièces demandées', { exact: true }).click();
  await followUp.getByRole('textbox', { name: 'Pièces demandées à la coopérative' }).fill("Les relevés de banque de l'année.");
  await visitScreen(page, '87-staff-controle-suivi');
  await followUp.getByRole('button', { name: 'Enregistrer le suivi' }).click();
  await followUp.waitFor({ state: 'hidden' });
  assert.match(await drawn.getByRole('row').filter({ hasText: LOGIN }).innerText(), /pièces demandées/i);

  // the activity report's questionnaire of the year: the national default until the department writes its own
  await nav(page).getByRole('link', { name: 'Questionnaire du C.R.' }).click();
  await expectPath(page, '/gestion/questionnaire');
  await page.getByText('Questionnaire national', { exact: true }).waitFor();
  assert.equal(await page.getByRole('group', { name: /^Question \d+$/ }).count(), 7);
  await visitScreen(page, '98-staff-questionnaire');

  // the department's books of the current year (nothing written in them by this journey)
  await nav(page).getByRole('link', { name: 'Cahiers des coopératives' }).click();
  await expectPath(page, '/gestion/cahiers');
  await page.getByText('Coopératives qui tiennent leur cahier ici').waitFor();
  await visitScreen(page, '93-staff-cahiers-des-cooperatives');

  // the cooperative's Sommaire says « Bravo »
  await logIn(page, LOGIN, PASSWORD);
  await page.getByText('Le C.R. est saisi, et il est bon. Bravo !').waitFor();
  assert.deepEqual(errors, []);
});
