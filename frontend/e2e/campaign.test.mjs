// Journey (i): the campaign (issue 6). Staff read the dashboard of their department; a cooperative whose adhesion of
// the year is a complete draft sends it, and the dashboard's figure moves; staff select two cooperatives not started
// and remind them; the reminder's progress shows them sent, and the email is read in "Courriels envoyés".
// The admin sees every department side by side.
// The department (with the Isère's tariff), its staff account and its cooperatives (three adhesions sent, the draft,
// three not started) are the journey's own, created through the API; the draft's mandataire gets a one-time password
// (reset by the admin), so the journey logs in for the first time as on a fresh account.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  TARIFFS,
  STAFF_PASSWORD,
  adminSession,
  enterAdhesion,
  expectPath,
  launch,
  logIn,
  logInAsStaff,
  mandataireSession,
  nav,
  newCooperatives,
  newStaffedDepartment,
  sendAdhesion,
  visitScreen,
} from './support.mjs';

const YEAR = '2026-2027';
let browser;
let department;
let staff;
/** The cooperative whose draft is sent in the journey: its login and one-time password. */
let draft;
before(async () => {
  ({ department, staff } = await newStaffedDepartment({ tariff: TARIFFS.isere }));
  const coops = await newCooperatives(department.code, [
    ...['Victor Hugo', 'Jean Jaurès', 'Louise Michel'].map((name) => ({ schoolName: `École Élémentaire ${name}`, city: 'GRENOBLE' })),
    { schoolName: 'École Primaire du Brouillon', city: 'VIENNE' },
    ...['Pasteur', 'Marie Curie', 'Paul Bert'].map((name) => ({ schoolName: `École Maternelle ${name}`, city: 'VOIRON' })),
  ]);
  // three adhesions sent to the OCCE
  for (const [day, coop] of coops.slice(0, 3).entries()) {
    const mandataire = await mandataireSession(coop, 'Campagne-Essai-2026!');
    await enterAdhesion(mandataire, YEAR, {
      lines: [{ className: 'CP-CE1', teachers: 'Mme LEGRAND', adults: 1, pupils: 22 + day }, { className: 'CM2', teachers: 'M. PETIT', adults: 1, pupils: 25 }],
      submit: true,
    });
  }
  // a draft of the year, complete (insured, by cheque): only « Envoyer à l'OCCE » is left to do
  const mandataire = await mandataireSession(coops[3], 'Campagne-Essai-2026!');
  await enterAdhesion(mandataire, YEAR, { lines: [{ className: 'CE2-CM1', teachers: 'Mme BROUILLON', adults: 1, pupils: 23 }] });
  const reset = await (await adminSession()).post(`/api/cooperatives/${mandataire.cooperativeId}/password-reset`);
  draft = { login: coops[3].login, password: reset.oneTimePassword };
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function logOut(page) {
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expectPath(page, '/connexion');
}

/** The number at the start of a dashboard figure (its link reads "3 Envoyées à valider"). */
async function figure(page, label) {
  const link = page.getByRole('main').getByRole('link', { name: new RegExp(`^\\s*[\\d\\s\u202f]+\\s*${label}`) });
  const text = await link.innerText();
  return Number(text.split('\n')[0].replace(/\D/g, ''));
}

test('the dashboard moves when a cooperative sends its adhesion; staff remind those not started', async () => {
  const { page, errors } = browser;

  // --- staff: the dashboard ------------------------------------------------------------------------
  await logInAsStaff(page, staff);
  await nav(page).getByRole('link', { name: 'Tableau de bord' }).click();
  await expectPath(page, '/gestion/tableau-de-bord');
  await page.getByRole('img', { name: /Adhésions envoyées chaque jour depuis le 1er septembre/ }).waitFor();
  const submitted = await figure(page, 'Envoyées');
  const drafts = await figure(page, 'En saisie');
  assert.equal(submitted, 3, 'the three adhesions sent');
  assert.equal(drafts, 1, 'the draft');
  await visitScreen(page, '60-campaign-dashboard');
  await logOut(page);

  // --- the cooperative sends its draft -----------------------------------------------------------------
  await logIn(page, draft.login, draft.password);
  await expectPath(page, '/mot-de-passe');
  await page.getByLabel('Mot de passe actuel', { exact: true }).fill(draft.password);
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('Campagne-Tableau-2026!');
  await page.getByLabel('Confirmez le nouveau mot de passe', { exact: true }).fill('Campagne-Tableau-2026!');
  await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
  await expectPath(page, /^\/coop\/\d+$/);
  await page.getByRole('main').getByRole('link', { name: /Adhésion/ }).click();
  await page.getByRole('table', { name: 'Les classes' }).getByRole('cell', { name: 'CE2-CM1', exact: true }).waitFor();
  await page.waitForLoadState('networkidle');
  await sendAdhesion(page);
  await page.getByText("Le paiement n'est pas validé").first().waitFor();
  await logOut(page);

  // --- staff: the figure moved ------------------------------------------------------------------------
  await logInAsStaff(page, staff);
  await nav(page).getByRole('link', { name: 'Tableau de bord' }).click();
  await page.getByRole('img', { name: /Adhésions envoyées chaque jour depuis le 1er septembre/ }).waitFor();
  assert.equal(await figure(page, 'Envoyées'), submitted + 1);
  assert.equal(await figure(page, 'En saisie'), drafts - 1);

  // --- the figure "not started" opens the list behind it; two are reminded -----------------------------
  const notStarted = await figure(page, 'Non commencées');
  await page.getByRole('main').getByRole('link', { name: /Non commencées/ }).click();
  await expectPath(page, '/gestion/cooperatives');
  assert.equal(new URL(page.url()).searchParams.get('status'), 'NOT_STARTED');
  const table = page.getByRole('table', { name: 'Coopératives trouvées' });
  await table.waitFor();
  await page.getByText(`${notStarted} coopératives`).first().waitFor();
  const codes = await table.getByRole('link', { name: new RegExp(`^${department.code}-\\d{4}$`) }).allInnerTexts();
  assert.equal(codes.length, 3, 'the three cooperatives not started');
  const chosen = codes.slice(0, 2);
  for (const code of chosen) {
    await table.getByRole('checkbox', { name: `Sélectionner ${code}` }).check();
  }
  await visitScreen(page, '61-campaign-cooperatives-selected');
  await page.getByRole('button', { name: 'Relancer (2)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Relancer les coopératives' });
  const preview = dialog.getByRole('region', { name: 'Aperçu du premier courriel' });
  await preview.getByText(`de la coopérative ${chosen[0]}`, { exact: false }).waitFor();
  const subject = (await preview.locator('p').nth(1).innerText()).trim();
  // on 23 November (the e2e's date) the deadline has passed: the default text no longer says "à saisir avant le"
  assert.match(subject, /^Adhésion \d{4} - \d{4} : la date limite du \d{2}\/\d{2}\/\d{4} est passée$/);
  await visitScreen(page, '62-campaign-reminder-dialog');
  await dialog.getByRole('button', { name: 'Envoyer à 2 coopératives' }).click();
  await dialog.getByText('Relance enregistrée').waitFor();
  await dialog.getByRole('link', { name: "Suivre l'envoi dans « Relances »" }).click();
  await expectPath(page, '/gestion/relances');
  const reminders = page.getByRole('table', { name: 'Relances' });
  // the background sender sends them within seconds
  await reminders.getByText('2 envoyés sur 2').waitFor({ timeout: 30_000 });
  await reminders.getByRole('button', { name: /Adhésion/ }).first().click();
  const recipients = page.getByRole('table', { name: 'Destinataires de la relance' });
  for (const code of chosen) {
    await recipients.getByRole('row').filter({ hasText: code }).filter({ hasText: 'envoyé' }).waitFor();
  }
  await visitScreen(page, '63-campaign-reminders');

  // --- the email in the outbox ------------------------------------------------------------------------
  await nav(page).getByRole('link', { name: 'Courriels envoyés' }).click();
  const mails = page.getByRole('table', { name: 'Courriels envoyés' });
  const mail = mails.getByRole('button', { name: subject }).first();
  await mail.click();
  await page.getByText(/n'est toujours pas envoyée à l'OCCE/).first().waitFor();
  const bodies = await page.getByText(/n'est toujours pas envoyée à l'OCCE/).allInnerTexts();
  assert.ok(bodies.some((b) => chosen.some((code) => b.includes(code))), `the email names one of ${chosen}: ${bodies}`);
  await visitScreen(page, '64-campaign-reminder-mail');
  await logOut(page);

  // --- the admin: every department side by side -----------------------------------------------------
  await logIn(page, 'admin', STAFF_PASSWORD);
  await nav(page).getByRole('link', { name: 'Tableau de bord' }).click();
  const national = page.getByRole('table', { name: 'Campagne par département' });
  await national.getByRole('link', { name: new RegExp(`^${department.code} — `) }).waitFor();
  await visitScreen(page, '65-campaign-national');

  assert.deepEqual(errors, []);
});
