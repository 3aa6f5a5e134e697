// Journey (issue 6, imports and exports): staff of a department import two cooperatives from a CSV file written here (a wrong
// file first: its rows are refused and nothing is created), find one in the list, export the cooperatives as CSV
// (its first bytes are the BOM, then the header line), and find the import in the audit log.
// The department and its staff account are the journey's own (created through the API): numbers 0901 and 0902 are
// free in it, on any server.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { expectPath, launch, logInAsStaff, mandataireSession, nav, newCooperative, newStaffedDepartment, visitScreen } from './support.mjs';

let browser;
let department;
let staff;
const work = mkdtempSync(join(tmpdir(), 'coop-imports-'));
before(async () => {
  ({ department, staff } = await newStaffedDepartment());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

const HEADER = 'numero;ecole;type;adresse;code_postal;commune;uai;courriel_ecole;mandataire;courriel_mandataire;telephone_mandataire';

/** Whitespace as Playwright compares it: U+00A0 and U+202F count as spaces. */
const normalize = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The UAI's check letter: the seven digits' number modulo 23, in the alphabet without I, O and Q. */
const uai = (digits) => digits + 'ABCDEFGHJKLMNPRSTUVWXYZ'[Number(digits) % 23];

function csvFile(name, rows, header = HEADER) {
  const path = join(work, name);
  writeFileSync(path, '\uFEFF' + [header, ...rows].join('\r\n') + '\r\n', 'utf8');
  return path;
}

test('staff import cooperatives, export them and find the import in the audit log', async () => {
  const { page, errors } = browser;
  await logInAsStaff(page, staff);
  await nav(page).getByRole('link', { name: 'Imports et exports' }).click();
  await expectPath(page, '/gestion/imports-exports');
  const coops = page.getByRole('region', { name: 'Importer des coopératives' });
  await coops.waitFor();

  // --- a wrong file: every row error in a table, nothing created ---------------------------------------
  const wrong = csvFile('fautif.csv', [
    `901;École des Essais;École élémentaire publique;1 rue du Test;38200;VIENNE;0380901A;;;;`,
    `901;"École ""Bis""; annexe";;;38200;;;;;;`,
  ]);
  await coops.locator('input[type="file"]').setInputFiles(wrong);
  await coops.getByRole('button', { name: 'Vérifier le fichier' }).click();
  const refused = page.getByRole('table', { name: 'Erreurs du fichier' });
  await refused.waitFor();
  const refusedText = (await refused.textContent()) ?? '';
  assert.match(refusedText, /la lettre de contrôle attendue pour 0380901 est/);
  assert.match(refusedText, /Le numéro 0901 figure déjà à la ligne 2 du fichier/);
  assert.match(refusedText, /La colonne « commune » est obligatoire/);
  await visitScreen(page, 'imports-refused');

  // --- the right file: checked, then imported -------------------------------------------------------------
  const right = csvFile('nouvelles-cooperatives.csv', [
    `901;École des Essais;École élémentaire publique;1 rue du Test;38200;VIENNE;${uai('0380901')};ce.0380901@ac-grenoble.fr;Marie ESSAI;marie.essai@example.org;04 74 00 00 01`,
    `902;"École ""Les Tilleuls""; annexe";École maternelle publique;2 rue du Test;38200;VIENNE;${uai('0380902')};;Jean TILLEUL;;`,
  ]);
  await coops.locator('input[type="file"]').setInputFiles(right);
  await coops.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await page.getByText("Fichier vérifié : rien n'a encore été importé").waitFor();
  await page.getByRole('table', { name: 'Coopératives du fichier' }).getByText('École "Les Tilleuls"; annexe').waitFor();
  await visitScreen(page, 'imports-checked');
  await page.getByRole('button', { name: 'Importer 2 coopératives' }).click();
  await page.getByText('2 coopératives créées depuis « nouvelles-cooperatives.csv ».').waitFor();
  await visitScreen(page, 'imports-done');

  // --- the new cooperative is in the list -----------------------------------------------------------------
  await page.getByRole('link', { name: 'Voir les coopératives' }).click();
  await expectPath(page, '/gestion/cooperatives');
  await page.getByLabel('Rechercher (numéro, école, commune, UAI)').fill('0901');
  await page.getByRole('table', { name: 'Coopératives trouvées' }).getByText('École des Essais').waitFor();

  // --- the cooperatives' CSV: BOM, then the header line ---------------------------------------------------
  await nav(page).getByRole('link', { name: 'Imports et exports' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Coopératives (CSV)' }).click(),
  ]);
  assert.match(download.suggestedFilename(), new RegExp(`^cooperatives-${department.code}-\\d{4}-\\d{4}\\.csv$`));
  const saved = join(work, 'export.csv');
  await download.saveAs(saved);
  const bytes = readFileSync(saved);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  assert.ok(
    text.startsWith(
      'code;numero;ecole;type;adresse;code_postal;commune;uai;courriel_ecole;telephone_ecole;mandataire;courriel_mandataire;' +
        'telephone_mandataire;statut_adhesion;numero_enregistrement;montant\r\n',
    ),
    text.slice(0, 200),
  );
  assert.ok(text.includes(`\r\n${department.code}-0902;0902;"École ""Les Tilleuls""; annexe";`), text.slice(0, 400));

  // --- the audit log, in French: the import, with its file name and count; logins only when asked --------------
  await nav(page).getByRole('link', { name: 'Journal des modifications' }).click();
  await expectPath(page, '/gestion/journal');
  const log = page.getByRole('table', { name: 'Journal des modifications' });
  await log.getByRole('button', { name: 'Coopératives importées' }).first().waitFor();
  assert.equal(await log.getByRole('button', { name: 'Connexion', exact: true }).count(), 0, 'logins are hidden by default');
  await visitScreen(page, '60-journal-avant-filtre');
  await page.getByRole('switch', { name: 'Afficher aussi les connexions et déconnexions' }).check();
  await log.getByRole('button', { name: 'Connexion', exact: true }).first().waitFor();
  await page.getByLabel('Action').selectOption({ label: 'Coopératives importées' });
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await page.waitForURL(/action=COOPERATIVES_IMPORTED/);
  await log.getByRole('button', { name: 'Coopératives importées' }).first().click();
  const detail = page.getByRole('table', { name: /Détail du changement/ });
  await detail.getByText('nouvelles-cooperatives.csv').waitFor();
  assert.match((await detail.textContent()) ?? '', /Nombre.*2/);
  assert.doesNotMatch((await log.textContent()) ?? '', /[A-Z]{3,}_[A-Z]{3,}/, 'no raw action code');
  await visitScreen(page, 'audit-log');

  assert.deepEqual(errors, []);
});

test("staff take over a past year's adhesions, whose classes the cooperative's next adhesion carries over", async () => {
  const { page, errors } = browser;
  const coop = await newCooperative(department.code, 'École de la Reprise', 'VIENNE');
  await logInAsStaff(page, staff);
  await nav(page).getByRole('link', { name: 'Imports et exports' }).click();
  const history = page.getByRole('region', { name: "Reprendre les adhésions d'une année passée" });
  await history.getByRole('combobox', { name: 'Année des adhésions' }).selectOption('2025-2026');
  // the number as a spreadsheet shortens it on the first row, as written on the second
  const file = csvFile('reprise-2025-2026.csv', [`${Number(coop.number)};CP;Mme LUNE;1;22`, `${coop.number};CE1;;2;25`],
    'numero;classe;enseignants;adultes;eleves');
  await history.locator('input[type="file"]').setInputFiles(file);
  await history.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await history.getByText(/1 coopérative recevra son adhésion 2025\s-\s2026 \(2 classes\)/).waitFor();
  assert.match(normalize(await history.getByRole('table', { name: 'Adhésions du fichier' }).innerText()), new RegExp(`${coop.login} 2 3 47`));
  await visitScreen(page, 'imports-reprise-verifiee');
  await history.getByRole('button', { name: 'Reprendre 1 adhésion' }).click();
  await history.getByText(/1 adhésion reprise de 2025\s-\s2026 depuis « reprise-2025-2026.csv »/).waitFor();
  await visitScreen(page, 'imports-reprise-faite');

  // the same file again: refused, row by row, nothing taken over twice
  await history.locator('input[type="file"]').setInputFiles(file);
  await history.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await history.getByRole('table', { name: 'Erreurs du fichier' }).getByText(`La coopérative ${coop.login} a déjà une adhésion 2025-2026`, { exact: false }).first().waitFor();

  // the cooperative's adhesion of the year will carry the two classes over
  const mandataire = await mandataireSession(coop, 'Reprise-Ecole-2026!');
  const adhesion = await mandataire.get(`/api/cooperatives/${mandataire.cooperativeId}/adhesions/2026-2027`);
  assert.deepEqual(adhesion.previousYear, { schoolYear: '2025-2026', lineCount: 2 });
  assert.deepEqual(errors, []);
});
