// Journey (issue 6, SEPA direct debit): staff038 open "Prélèvements SEPA", read the creditor of the Isère and the
// validated adhesions paid by direct debit (038-0135, 0142, 0149, 0156 with a mandate; 038-0163 without one, refused
// with its reason), create the pain.008 file and download it in the browser; the file is checked against the ISO 20022
// schema with xmllint (libxml2-utils) when the machine has it, and its count, control sum and amounts are read here in
// any case; the file is then among those created and its adhesions are left out of the next one. Finally the mandate
// section of 038-0135's identity.
// Assumes a fresh server (fresh demo data).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { STAFF_PASSWORD, expectPath, launch, logIn, visitScreen } from './support.mjs';

const here = dirname(fileURLToPath(import.meta.url));
/** The project's copy of the ISO 20022 schema (its source in backend/src/test/resources/standards/README.md). */
const XSD = resolve(here, '../../backend/src/test/resources/standards/pain.008.001.02.xsd');

let browser;
const work = mkdtempSync(join(tmpdir(), 'coop-sepa-'));
before(async () => {
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

// The demo adhesions: 2 classes, 1 + 1 adults and 21 + n + 24 pupils, 2,51 € a member (038's tariff, insured).
const AMOUNTS = ['117.97', '120.48', '122.99', '125.50'];
const TOTAL = '486.94';

test('staff038 download the SEPA direct debit file of their department, which validates against pain.008.001.02', async () => {
  const { page, errors } = browser;
  await logIn(page, 'staff038', STAFF_PASSWORD);
  await expectPath(page, '/gestion/tableau-de-bord');
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Prélèvements SEPA' }).click();
  await expectPath(page, '/gestion/prelevements-sepa');
  await page.getByRole('heading', { level: 1, name: 'Prélèvements SEPA' }).waitFor();

  // the creditor of the Isère, and what the next file holds
  assert.equal(await page.getByRole('textbox', { name: /Identifiant créancier SEPA/ }).inputValue(), 'FR65ZZZ564738');
  const summary = page.getByLabel('Résumé du prochain fichier');
  await summary.waitFor();
  // (the labels are shown in capitals: innerText has them so)
  assert.equal(normalize(await summary.innerText()).toLowerCase(), 'prélèvements 4 montant total 486,94 € adhésions écartées 1');
  const table = page.getByRole('table', { name: 'Adhésions à prélever' });
  const refused = table.getByRole('row').filter({ hasText: '038-0163' });
  assert.match(normalize(await refused.innerText()), /écartée Aucun mandat de prélèvement SEPA n'est enregistré pour cette coopérative\./);
  assert.match(normalize(await table.getByRole('row').filter({ hasText: '038-0135' }).innerText()), /Prélèvement immédiat FR\d{2} •••• \d{4} 117,97 € oui/);
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
  assert.match(download.suggestedFilename(), /^prelevements-sepa-038-\d{4}-\d{2}-\d{2}\.xml$/);
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
  assert.deepEqual(all(xml, 'MndtId').map((id) => id.slice(0, 12)).sort(), ['OCCE038-0135', 'OCCE038-0142', 'OCCE038-0149', 'OCCE038-0156']);
  assert.ok(all(xml, 'Nm').includes("OCCE de l'Isere"), 'the creditor, accents transliterated');
  assert.ok([...xml].every((c) => c.charCodeAt(0) < 128), 'only the SEPA Latin characters');
  assert.ok(all(xml, 'MndtId').length === 4 && !xml.includes('038-0163'), '038-0163 has no mandate');

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

  // the mandate in the identity of 038-0135
  await table.getByRole('link', { name: '038-0135' }).click();
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
