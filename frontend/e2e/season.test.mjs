// Journey (h): the whole September season of one cooperative (issue 5). A new cooperative enters its adhesion, downloads
// the engagement, sends its signed scan and submits; staff of its department ask for a correction; the mandataire
// corrects and submits again; staff validate; the mandataire downloads both certificates (their text is read) and
// writes the payment into the ledger; a stranger checks the certificate on /verifier/<code>.
// The department (with the Isère's tariff: 2,26 € a member, 0,25 € of insurance), its staff account and the
// cooperative are created for the journey through the API, so it runs again on any server.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  BASE_URL,
  DESKTOP,
  PHONE,
  TARIFFS,
  download as downloadTo,
  expectPath,
  launch,
  logIn,
  logInAsStaff,
  nav,
  newCooperative,
  newStaffedDepartment,
  pdfText,
  sendAdhesion,
  visitScreen,
} from './support.mjs';

let browser;
let stranger;
let coop;
let department;
let staff;
const work = mkdtempSync(join(tmpdir(), 'coop-season-'));
before(async () => {
  browser = await launch();
  stranger = await launch();
  ({ department, staff } = await newStaffedDepartment({ name: "OCCE de l'Isère", tariff: TARIFFS.isere }));
  coop = await newCooperative(department.code, 'École des Quatre Vents', 'VIENNE');
});
after(async () => {
  await browser?.close();
  await stranger?.close();
  rmSync(work, { recursive: true, force: true });
});

const normalize = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Clicks what triggers a download; saves the file in the journey's folder; returns its path. */
const download = (page, trigger, name) => downloadTo(page, trigger, work, name);

async function logOut(page) {
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expectPath(page, '/connexion');
}

let verificationCode;
let registrationCode;

test('the September season of a cooperative, from the first line to the verified certificate', async () => {
  const { page, errors } = browser;

  // --- the mandataire: first login, lines, declarations -------------------------------------------
  await logIn(page, coop.login, coop.password);
  await expectPath(page, '/mot-de-passe');
  await page.getByLabel('Mot de passe actuel', { exact: true }).fill(coop.password);
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('Saison-Complete-2026!');
  await page.getByLabel('Confirmez le nouveau mot de passe', { exact: true }).fill('Saison-Complete-2026!');
  await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
  await expectPath(page, /^\/coop\/\d+$/);
  await page.getByRole('main').getByRole('link', { name: /Adhésion/ }).click();
  await page.getByRole('button', { name: 'Commencer la saisie' }).click();
  const entry = (name) => page.getByRole('textbox', { name, exact: true });
  await entry('Nom de la classe et/ou niveau').fill('CP-CE1');
  await entry('Enseignant(e)(s)').fill('Mme Saison');
  await entry('Enseignants').fill('1');
  await entry('Élèves').fill('20');
  await page.getByRole('button', { name: 'Valider et calculer' }).click();
  await page.getByRole('table', { name: 'Les classes' }).getByRole('cell', { name: 'CP-CE1', exact: true }).waitFor();
  // the form takes the saved adhesion once every answer is in
  await page.waitForLoadState('networkidle');
  await page.getByRole('radio', { name: 'oui', exact: true }).check();
  await page.getByRole('radio', { name: 'Par chèque' }).check();
  await page.getByRole('button', { name: 'Mettre à jour les informations' }).click();
  await page.getByText('Informations à jour.').waitFor();
  // 21 members x (2,26 € + 0,25 €)
  await page.getByTestId('fee-total').filter({ hasText: '52,71 €' }).waitFor();

  // --- the engagement: download it pre-filled, "sign" it, send it back --------------------------------
  const engagement = await download(page, () => page.getByRole('button', { name: "Télécharger l'engagement du mandataire (PDF)" }).click(),
    'engagement.pdf');
  const engagementText = pdfText(engagement, '50-pdf-engagement');
  for (const expected of ['Engagement du mandataire', department.name, coop.login, '52,71 €', '2026 - 2027']) {
    assert.ok(engagementText.includes(expected), `engagement: ${expected} not in ${engagementText}`);
  }
  const signed = join(work, 'engagement signé.pdf');
  copyFileSync(engagement, signed);
  await page.locator('input[type="file"]').setInputFiles(signed);
  await page.getByRole('button', { name: 'Envoyer le fichier' }).click();
  const uploads = page.getByRole('table', { name: 'Engagements envoyés' });
  await uploads.getByRole('cell', { name: 'engagement signé.pdf', exact: true }).waitFor();
  await visitScreen(page, '51-adhesion-engagement-envoye');
  // on a phone the upload's state and its « Voir » button are in view, not past the screen's right edge
  await page.setViewportSize(PHONE);
  for (const shown of [uploads.getByText('actuel', { exact: true }), uploads.getByRole('button', { name: /^Voir/ })]) {
    // the layout follows the new width after a render or two: measure until it settles (2 s at most)
    let box = null;
    for (let i = 0; i < 20; i++) {
      box = await shown.first().boundingBox();
      if (box && box.width > 0 && box.x >= 0 && box.x + box.width <= PHONE.width) break;
      await page.waitForTimeout(100);
    }
    assert.ok(box && box.width > 0 && box.x >= 0 && box.x + box.width <= PHONE.width, `in view on a phone: ${JSON.stringify(box)}`);
  }
  await page.setViewportSize(DESKTOP);
  await sendAdhesion(page);
  await page.getByText("Le paiement n'est pas validé").first().waitFor();
  await logOut(page);

  // --- staff: the queue, a correction ---------------------------------------------------------------
  await logInAsStaff(page, staff);
  await nav(page).getByRole('link', { name: 'Validation' }).click();
  await expectPath(page, '/gestion/validation');
  await page.getByRole('link', { name: coop.login }).waitFor();
  await visitScreen(page, '52-staff-file-validation');
  await page.getByRole('link', { name: coop.login }).click();
  await expectPath(page, /^\/gestion\/validation\/\d+$/);
  await page.getByText('engagement signé.pdf').first().waitFor();
  await visitScreen(page, '53-staff-examen');
  await page.getByRole('button', { name: 'Demander une correction' }).click();
  const correction = page.getByRole('dialog');
  await correction.getByRole('textbox', { name: /Message à la coopérative/ }).fill('Il manque la classe de CM2 : ajoutez-la, puis renvoyez.');
  await correction.getByRole('button', { name: 'Envoyer la demande' }).click();
  await correction.waitFor({ state: 'detached' });
  await logOut(page);

  // --- the mandataire sees the message, corrects, sends again ---------------------------------------
  await logIn(page, coop.login, 'Saison-Complete-2026!');
  await expectPath(page, /^\/coop\/\d+$/);
  await page.getByText('« Il manque la classe de CM2 : ajoutez-la, puis renvoyez. »').waitFor();
  await visitScreen(page, '54-sommaire-a-corriger');
  await page.getByRole('link', { name: "Corriger l'adhésion" }).click();
  await entry('Nom de la classe et/ou niveau').fill('CM2');
  await entry('Enseignant(e)(s)').fill('M. Correction');
  await entry('Enseignants').fill('1');
  await entry('Élèves').fill('25');
  await page.getByRole('button', { name: 'Valider et calculer' }).click();
  await page.getByRole('table', { name: 'Les classes' }).getByRole('cell', { name: 'CM2', exact: true }).waitFor();
  // 47 members x 2,51 €
  await page.getByTestId('fee-total').filter({ hasText: '117,97 €' }).waitFor();
  await sendAdhesion(page);
  await page.getByText("Le paiement n'est pas validé").first().waitFor();
  await logOut(page);

  // --- staff validate ------------------------------------------------------------------------------
  await logInAsStaff(page, staff);
  await nav(page).getByRole('link', { name: 'Validation' }).click();
  await page.getByRole('link', { name: coop.login }).click();
  await expectPath(page, /^\/gestion\/validation\/\d+$/);
  await page.getByRole('radiogroup', { name: 'Paiement reçu' }).getByRole('radio', { name: 'oui', exact: true }).check();
  await page.getByRole('textbox', { name: 'Référence' }).fill('Chèque n° 1234567');
  const date = page.getByRole('textbox', { name: /Date de réception/ });
  await date.fill('02/10/2026');
  await date.press('Tab');
  await page.getByRole('checkbox', { name: 'Engagement vérifié (daté et signé)' }).check();
  await page.getByRole('button', { name: "Valider l'adhésion" }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirmer la validation' }).click();
  // the department's first registration code of the year (its first adhesion validated), A for « assurée »
  const registration = page.getByText(/26\/\d{4} A/).first();
  await registration.waitFor();
  registrationCode = (await registration.innerText()).match(/26\/\d{4} A/)[0];
  assert.equal(registrationCode, '26/0001 A');
  await visitScreen(page, '55-staff-adhesion-validee');
  await nav(page).getByRole('link', { name: 'Courriels envoyés' }).click();
  await page.getByText(/Votre adhésion 2026 - 2027 est validée/).first().waitFor();
  await visitScreen(page, '56-staff-courriels');
  await logOut(page);

  // --- the mandataire: certificates, ledger ---------------------------------------------------------
  await logIn(page, coop.login, 'Saison-Complete-2026!');
  await page.getByRole('heading', { name: "L'adhésion est saisie, et a été validée. Bravo !" }).waitFor();
  await page.getByText(registrationCode).first().waitFor();
  const membership = pdfText(await download(page, () => page.getByRole('button', { name: "Attestation d'adhésion" }).click(),
    'attestation.pdf'), '57-pdf-attestation');
  const insurance = pdfText(await download(page, () => page.getByRole('button', { name: "Certificat d'assurance" }).click(),
    'certificat.pdf'), '58-pdf-certificat');
  for (const text of [membership, insurance]) {
    assert.ok(text.includes(registrationCode), text);
    assert.ok(text.includes(coop.login), text);
    assert.ok(text.includes('2026 - 2027'), text);
  }
  assert.ok(membership.includes('47'), membership);
  verificationCode = membership.match(/[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/)?.[0];
  assert.ok(verificationCode, `no verification code in ${membership}`);
  assert.ok(membership.includes(`${BASE_URL}/verifier/${verificationCode}`) || membership.includes(`/verifier/${verificationCode}`), membership);
  // the entry asks first for the means, the cheque's number and the voucher's (seed 001), suggested
  await page.getByRole('button', { name: 'Écrire le paiement dans le cahier de comptes' }).click();
  const entryForm = page.getByRole('form', { name: 'Écrire le paiement dans le cahier de comptes' });
  await entryForm.getByText('Prochain numéro libre : 1').waitFor();
  assert.equal(await entryForm.getByRole('textbox', { name: /N° de pièce/ }).inputValue(), '1');
  await entryForm.getByLabel('Moyen de paiement').selectOption('CHEQUE');
  await entryForm.getByRole('textbox', { name: /N° du chèque/ }).fill('4521873');
  await visitScreen(page, '59a-ecriture-paiement');
  await entryForm.getByRole('button', { name: 'Écrire dans le cahier' }).click();
  await page.getByText('Écrit dans le cahier de comptes', { exact: true }).waitFor();
  await page.getByText(/Pièce n° 1 — .* par chèque n° 4521873/).waitFor();
  await page.getByText(/117,97\s€/).first().waitFor();
  await visitScreen(page, '59-sommaire-validee');
  // the change-of-mandataire page: the form to print, the papers to send
  await nav(page).getByRole('link', { name: 'Changement de mandataire' }).click();
  await page.getByRole('heading', { level: 1, name: 'Changement de mandataire et/ou de signataire(s)' }).waitFor();
  await page.getByText("Aucune demande de changement n'a été envoyée.").waitFor();
  await visitScreen(page, '61-changement-mandataire');
  await logOut(page);
  await logInAsStaff(page, staff);
  await nav(page).getByRole('link', { name: 'Changements de mandataire' }).click();
  await expectPath(page, '/gestion/changements-mandataire');
  await page.waitForLoadState('networkidle');
  await visitScreen(page, '62-staff-changements-mandataire');
  await logOut(page);
  assert.deepEqual(errors, []);
});

test('a stranger, without an account, checks the certificate on /verifier', async () => {
  assert.ok(verificationCode, 'the season journey gives the code');
  const { page, errors } = stranger;
  await page.goto(`${BASE_URL}/verifier`);
  await page.getByRole('textbox', { name: 'Code de vérification' }).fill(verificationCode.toLowerCase());
  await page.getByRole('button', { name: 'Vérifier' }).click();
  await page.getByText('Document authentique et valable').waitFor();
  await page.getByText(registrationCode).waitFor();
  const shown = normalize(await page.getByRole('main').innerText());
  assert.ok(!shown.includes('Saison') && !shown.includes('MANDATAIRE'), 'no private data (the mandataire, the teachers) on the public page');
  await visitScreen(page, '60-verifier');
  await page.goto(`${BASE_URL}/verifier/AAAA-BBBB-CCCC`);
  await page.getByText('Code inconnu').waitFor();
  assert.deepEqual(errors, []);
});
