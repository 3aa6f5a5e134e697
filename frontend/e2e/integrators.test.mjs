// Journey (i): an integrator's API token (issue 6). Staff of a department create a token on "Accès API" and read its
// secret in the window that shows it once; with it, software reads their department (cooperatives, adhesions with
// their lines and fees, certificates) and is refused another department and any change; staff revoke it in the
// browser and the very next call gets 401. Both departments, the staff account, the cooperatives and their three sent
// adhesions are the journey's own, created through the API.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  TARIFFS,
  BASE_URL,
  enterAdhesion,
  expectPath,
  launch,
  logInAsStaff,
  mandataireSession,
  newCooperatives,
  newDepartment,
  newStaffedDepartment,
  visitScreen,
} from './support.mjs';

const YEAR = '2026-2027';
let browser;
let department;
let other;
let staff;
let jeanMoulin;
before(async () => {
  other = await newDepartment();
  ({ department, staff } = await newStaffedDepartment({ tariff: TARIFFS.isere }));
  const coops = await newCooperatives(department.code, [
    { schoolName: 'École Élémentaire Jean Moulin', city: 'VIENNE' },
    { schoolName: 'École Maternelle Les Tilleuls', city: 'GRENOBLE' },
    { schoolName: 'École Primaire Pasteur', city: 'VOIRON' },
    { schoolName: 'Groupe Scolaire Condorcet', city: 'MEYLAN' },
  ]);
  jeanMoulin = coops[0];
  // three adhesions of the year sent to the OCCE (Jean Moulin has not started its own)
  for (const [i, coop] of coops.slice(1).entries()) {
    const mandataire = await mandataireSession(coop, 'Logiciel-Essai-2026!');
    await enterAdhesion(mandataire, YEAR, {
      lines: [{ className: 'CP-CE1', teachers: 'Mme LEGRAND', adults: 1, pupils: 22 + i }, { className: 'CM2', teachers: 'M. PETIT', adults: 1, pupils: 25 }],
      submit: true,
    });
  }
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const asIntegrator = (secret, path, init = {}) =>
  fetch(`${BASE_URL}${path}`, { ...init, headers: { ...(init.headers ?? {}), Authorization: `Bearer ${secret}` } });

test('staff create an API token, software reads their department with it and not another, and a revocation ends it', async () => {
  const { page, errors } = browser;
  await logInAsStaff(page, staff);
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Accès API' }).click();
  await expectPath(page, '/gestion/acces-api');
  await page.getByRole('heading', { level: 1, name: 'Accès API' }).waitFor();

  // --- create: the secret shows once ----------------------------------------------------------------
  await page.getByRole('button', { name: 'Nouveau jeton' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouveau jeton d’API' });
  await dialog.getByRole('textbox', { name: /Nom du jeton/ }).fill('Logiciel comptable e2e');
  await dialog.getByRole('button', { name: 'Créer le jeton' }).click();
  const shown = page.getByRole('dialog', { name: 'Jeton créé' });
  const secret = (await shown.getByTestId('api-token-secret').innerText()).trim();
  assert.match(secret, /^coop_[A-Za-z0-9_-]{43}$/);
  await shown.getByText('Affiché une seule fois').waitFor();
  await visitScreen(page, 'integrators-secret');
  await shown.getByRole('button', { name: "J'ai copié le secret" }).click();
  const table = page.getByRole('table', { name: "Jetons d'API" });
  const row = table.getByRole('row').filter({ hasText: 'Logiciel comptable e2e' });
  await row.getByText('actif').waitFor();
  assert.ok(!(await page.content()).includes(secret), 'the secret is no longer in the page');

  // --- software reads its department ------------------------------------------------------------------
  const adhesions = await asIntegrator(secret, `/api/departments/${department.code}/adhesions?year=${YEAR}&size=2`);
  assert.equal(adhesions.status, 200);
  const adhesionPage = await adhesions.json();
  assert.equal(adhesionPage.totalItems, 3, 'the three adhesions sent');
  assert.equal(adhesionPage.items.length, 2);
  const first = adhesionPage.items[0];
  assert.ok(first.cooperativeCode.startsWith(`${department.code}-`));
  assert.ok(first.lines.length > 0 && first.fee?.total != null, 'lines and the fee breakdown');
  assert.ok(!JSON.stringify(adhesionPage).includes('teacher'), 'no teacher names or emails');
  const cooperatives = await asIntegrator(secret, `/api/departments/${department.code}/cooperatives?q=jean%20moulin`);
  assert.equal(cooperatives.status, 200);
  const coopPage = await cooperatives.json();
  assert.equal(coopPage.items[0].code, jeanMoulin.login);
  assert.ok(!JSON.stringify(coopPage).includes('mandataire'), "no mandataire's details");
  assert.equal((await asIntegrator(secret, `/api/departments/${department.code}/certificates?year=${YEAR}`)).status, 200);

  // --- and nothing else -------------------------------------------------------------------------------
  assert.equal((await asIntegrator(secret, `/api/departments/${other.code}/adhesions?year=${YEAR}`)).status, 403);
  assert.equal((await asIntegrator(secret, `/api/departments/${other.code}/cooperatives`)).status, 403);
  const write = await asIntegrator(secret, `/api/departments/${department.code}/api-tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Par le logiciel' }),
  });
  assert.equal(write.status, 403);
  assert.equal(write.headers.get('content-type'), 'application/problem+json');

  // the last use shows in the list
  await page.reload();
  await row.waitFor();
  assert.doesNotMatch(await row.innerText(), /jamais/);
  await visitScreen(page, 'integrators-tokens');

  // --- revoke: the next call gets 401 -----------------------------------------------------------------
  await row.getByRole('button', { name: 'Révoquer le jeton Logiciel comptable e2e' }).click();
  const confirm = page.getByRole('dialog', { name: 'Révoquer ce jeton ?' });
  await confirm.getByText('ne sera plus accepté, dès maintenant').waitFor();
  await visitScreen(page, 'integrators-revoke');
  await confirm.getByRole('button', { name: 'Révoquer le jeton' }).click();
  await row.getByText(/^révoqué le/).waitFor();
  const refused = await asIntegrator(secret, `/api/departments/${department.code}/adhesions?year=${YEAR}&size=2`);
  assert.equal(refused.status, 401);

  assert.deepEqual(errors, []);
});
