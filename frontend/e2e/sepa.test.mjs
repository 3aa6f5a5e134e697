// Journey (issue 6, SEPA direct debit): staff open "Prélèvements SEPA", read the creditor of their department and the
// validated adhesions paid by direct debit (four cooperatives with a mandate; a fifth without one, refused with its
// reason), create the pain.008 file and download it in the browser; the file is checked against the ISO 20022 schema
// with xmllint (libxml2-utils) when the machine has it, and its count, control sum and amounts are read here in any
// case; the file is then among those created and its adhesions are left out of the next one. Finally the mandate
// section of the first cooperative's identity.
// The department, its creditor and tariff, the staff account, the five cooperatives, their validated adhesions and
// the four mandates are the journey's own, created through the API.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  TARIFFS,
  adminSession,
  apiSession,
  enterAdhesion,
  expectPath,
  ifMatch,
  launch,
  logInAsStaff,
  mandataireSession,
  newCooperatives,
  newDepartment,
  newStaff,
  putTariff,
  visitScreen,
} from './support.mjs';

const here = dirname(fileURLToPath(import.meta.url));
/** The project's copy of the ISO 20022 schema (its source in backend/src/test/resources/standards/README.md). */
const XSD = resolve(here, '../../backend/src/test/resources/standards/pain.008.001.02.xsd');
const YEAR = '2026-2027';
/** A scan of the signed engagement (a PNG of one pixel). */
const SCAN = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** A French IBAN of that BBAN (23 characters), its check digits computed (ISO 13616: 98 − the number mod 97). */
function frenchIban(bban) {
  const digits = `${bban}FR00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return `FR${String(98n - (BigInt(digits) % 97n)).padStart(2, '0')}${bban}`;
}

let browser;
let department;
let staff;
/** The five cooperatives: the first four with a mandate, the fifth without. */
let coops;
const work = mkdtempSync(join(tmpdir(), 'coop-sepa-'));
before(async () => {
  department = await newDepartment("OCCE de l'Isère");
  staff = await newStaff(department.code);
  const admin = await adminSession();
  await admin.put(`/api/departments/${department.code}/sepa-creditor`,
    { name: department.name, identifier: 'FR65ZZZ564738', iban: 'FR76 3000 4000 0312 3456 7890 143', bic: 'BNPAFRPPXXX' });
  // the Isère's barème (insured, 2,26 € + 0,25 € a member), the direct debits among its means
  await putTariff(department.code, YEAR, { ...TARIFFS.isere, paymentMeans: ['TRANSFER', 'CHEQUE', 'DIRECT_DEBIT_NOW', 'DIRECT_DEBIT_DECEMBER'] });
  coops = await newCooperatives(department.code, ['Victor Hugo', 'Jean Jaurès', 'Louise Michel', 'Pasteur', 'Marie Curie']
    .map((name) => ({ schoolName: `École Élémentaire ${name}`, city: 'GRENOBLE' })));
  const reviewer = await apiSession(staff.login, staff.password);
  for (const [n, coop] of coops.entries()) {
    // sent with the signed engagement, then validated by staff (a direct debit is paid after the validation)
    const mandataire = await mandataireSession(coop, 'Prelevement-Essai-2026!');
    const entered = await enterAdhesion(mandataire, YEAR, {
      lines: [{ className: 'CP-CE1', teachers: 'Mme MERCIER', adults: 1, pupils: 21 + n }, { className: 'CE2-CM1', teachers: 'M. FABRE', adults: 1, pupils: 24 }],
      paymentMeans: n % 2 === 0 ? 'DIRECT_DEBIT_NOW' : 'DIRECT_DEBIT_DECEMBER',
    });
    const form = new FormData();
    form.append('file', new Blob([SCAN], { type: 'image/png' }), 'engagement.png');
    await mandataire.call('POST', `/api/adhesions/${entered.id}/engagement/uploads`, { body: form });
    let adhesion = await mandataire.get(`/api/adhesions/${entered.id}`);
    adhesion = await mandataire.post(`/api/adhesions/${adhesion.id}/submission`, undefined, ifMatch(adhesion.version));
    adhesion = await reviewer.put(`/api/adhesions/${adhesion.id}/review`,
      { paymentReceived: false, engagementReceived: true, mandataireChangeForm: 'NONE' }, ifMatch(adhesion.version));
    await reviewer.post(`/api/adhesions/${adhesion.id}/review/validation`, undefined, ifMatch(adhesion.version));
    if (n < 4) {
      const bban = `1020600001${String(98765432100 + n).padStart(11, '0')}${10 + n}`;
      await admin.put(`/api/cooperatives/${mandataire.cooperativeId}/sepa-mandate`,
        { iban: frenchIban(bban), bic: n % 2 === 0 ? 'AGRIFRPP882' : 'CEPAFRPP382', signatureDate: '2026-09-01' });
    }
  }
  browser = await launch();
});
after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

const normalize = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

function xmllint() {
  try {
    return execFileSync('sh', ['-c', 'command -v xmllint'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** The text of every element of that name, in the order of the file. */
const all = (xml, tag) => [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]);

// The adhesions: 2 classes, 1 + 1 adults and 21 + n + 24 pupils, 2,51 € a member (insured).
const AMOUNTS = ['117.97', '120.48', '122.99', '125.50'];
const TOTAL = '486.94';

test('staff download the SEPA direct debit file of their department, which validates against pain.008.001.02', async () => {
  const { page, errors } = browser;
  await logInAsStaff(page, staff);
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Prélèvements SEPA' }).click();
  await expectPath(page, '/gestion/prelevements-sepa');
  await page.getByRole('heading', { level: 1, name: 'Prélèvements SEPA' }).waitFor();

  // the creditor of the department, and what the next file holds
  assert.equal(await page.getByRole('textbox', { name: /Identifiant créancier SEPA/ }).inputValue(), 'FR65ZZZ564738');
  const summary = page.getByLabel('Résumé du prochain fichier');
  await summary.waitFor();
  // (the labels are shown in capitals: innerText has them so)
  assert.equal(normalize(await summary.innerText()).toLowerCase(), 'prélèvements 4 montant total 486,94 € adhésions écartées 1');
  const table = page.getByRole('table', { name: 'Adhésions à prélever' });
  const refused = table.getByRole('row').filter({ hasText: coops[4].login });
  assert.match(normalize(await refused.innerText()), /écartée Aucun mandat de prélèvement SEPA n'est enregistré pour cette coopérative\./);
  assert.match(normalize(await table.getByRole('row').filter({ hasText: coops[0].login }).innerText()), /Prélèvement immédiat FR\d{2} •••• \d{4} 117,97 € oui/);
  await visitScreen(page, '60-prelevements-sepa');

  // the file, downloaded in the browser
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    (async () => {
      await page.getByRole('button', { name: 'Créer et télécharger le fichier SEPA' }).click();
      // the confirmation says how many debits and how much before the file is made
      const confirmation = page.getByRole('dialog', { name: 'Créer le fichier de prélèvement ?' });
      await confirmation.getByText(/prélèvements? pour un total de/).waitFor();
      await confirmation.getByRole('button', { name: 'Créer le fichier' }).click();
    })(),
  ]);
  assert.match(download.suggestedFilename(), new RegExp(`^prelevements-sepa-${department.code}-\\d{4}-\\d{2}-\\d{2}\\.xml$`));
  const path = join(work, download.suggestedFilename());
  await download.saveAs(path);
  const xml = readFileSync(path, 'utf8');

  const lint = xmllint();
  if (lint) {
    assert.ok(existsSync(XSD), `the schema is not at ${XSD}`);
    // throws (and prints why) when the file does not validate
    execFileSync(lint, ['--noout', '--schema', XSD, path], { stdio: 'pipe' });
  } else {
    test.diagnostic?.('xmllint not installed: the schema is checked by the Java test Pain008WriterTest/SepaResourceTest');
  }
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.02">/);
  assert.deepEqual(all(xml, 'NbOfTxs'), ['4', '4']);
  assert.deepEqual(all(xml, 'CtrlSum'), [TOTAL, TOTAL]);
  assert.deepEqual(all(xml, 'InstdAmt').sort(), AMOUNTS);
  assert.deepEqual(all(xml, 'SeqTp'), ['FRST']);
  assert.equal(new Set(all(xml, 'EndToEndId')).size, 4);
  // the references proposed for the mandates: OCCE, the department and the cooperative's number, then the year
  assert.deepEqual(all(xml, 'MndtId').map((id) => id.replace(/-\d{4}$/, '')).sort(), coops.slice(0, 4).map((c) => `OCCE${department.code}-${c.number}`).sort());
  assert.ok(all(xml, 'Nm').includes(`OCCE de l'Isere ${department.code}`), 'the creditor, accents transliterated');
  assert.ok([...xml].every((c) => c.charCodeAt(0) < 128), 'only the SEPA Latin characters');
  assert.ok(all(xml, 'MndtId').length === 4 && !xml.includes(coops[4].login), `${coops[4].login} has no mandate`);

  // the file is listed; its adhesions are no longer in the next one
  const past = page.getByRole('table', { name: 'Fichiers de prélèvement créés' });
  await past.waitFor();
  const msgId = all(xml, 'MsgId')[0];
  assert.match(normalize(await past.innerText()), new RegExp(`${msgId} .* 4 486,94 €`));
  await page.waitForFunction(() => document.body.innerText.includes('Déjà dans le fichier'));
  assert.equal(normalize(await summary.innerText()).toLowerCase(), 'prélèvements 0 montant total 0,00 € adhésions écartées 5');
  assert.ok(await page.getByRole('button', { name: 'Créer et télécharger le fichier SEPA' }).isDisabled());
  await visitScreen(page, '61-prelevements-sepa-fichier-cree');

  // downloaded again from the list: the same file
  const [again] = await Promise.all([
    page.waitForEvent('download'),
    past.getByRole('button', { name: `Télécharger le fichier ${msgId}` }).click(),
  ]);
  const againPath = join(work, 'again.xml');
  await again.saveAs(againPath);
  assert.equal(readFileSync(againPath, 'utf8'), xml);

  // the mandate in the identity of the first cooperative
  await table.getByRole('link', { name: coops[0].login }).click();
  await expectPath(page, /^\/coop\/\d+\/identite$/);
  const mandate = page.getByRole('form', { name: 'Mandat de prélèvement SEPA' });
  await mandate.waitFor();
  assert.match(await mandate.getByRole('textbox', { name: /^IBAN/ }).inputValue(), /^FR\d{2} 1020 6000 01/);
  await mandate.getByText(/IBAN valide : FR\d{2} 1020/).waitFor();
  await mandate.getByRole('textbox', { name: /^IBAN/ }).fill('FR76 1020 6000 0198');
  await mandate.getByText('Un IBAN français compte 27 caractères : 16 saisis, il en manque 11.').waitFor();
  await page.getByRole('region', { name: 'Mandat de prélèvement SEPA' }).scrollIntoViewIfNeeded();
  await visitScreen(page, '62-mandat-sepa');

  assert.deepEqual(errors, []);
});
