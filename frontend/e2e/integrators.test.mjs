// Journey (i): an integrator's API token (issue 6). staff038 creates a token on "Accès API" and reads its secret in
// the window that shows it once; with it, software reads department 038 (cooperatives, adhesions with their lines
// and fees, certificates) and is refused department 046 and any change; staff revoke it in the browser and the
// very next call gets 401.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, STAFF_PASSWORD, expectPath, launch, logIn, visitScreen } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const asIntegrator = (secret, path, init = {}) =>
  fetch(`${BASE_URL}${path}`, { ...init, headers: { ...(init.headers ?? {}), Authorization: `Bearer ${secret}` } });

test('staff038 creates an API token, software reads 038 with it and not 046, and a revocation ends it', async () => {
  const { page, errors } = browser;
  await logIn(page, 'staff038', STAFF_PASSWORD);
  await expectPath(page, /^\/gestion\//);
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
  const adhesions = await asIntegrator(secret, '/api/departments/038/adhesions?year=2026-2027&size=2');
  assert.equal(adhesions.status, 200);
  const adhesionPage = await adhesions.json();
  assert.ok(adhesionPage.totalItems >= 3, `the demo's submitted adhesions of 038 (${adhesionPage.totalItems})`);
  assert.equal(adhesionPage.items.length, 2);
  const first = adhesionPage.items[0];
  assert.ok(first.cooperativeCode.startsWith('038-'));
  assert.ok(first.lines.length > 0 && first.fee?.total != null, 'lines and the fee breakdown');
  assert.ok(!JSON.stringify(adhesionPage).includes('teacher'), 'no teacher names or emails');
  const cooperatives = await asIntegrator(secret, '/api/departments/038/cooperatives?q=jean%20moulin');
  assert.equal(cooperatives.status, 200);
  const coopPage = await cooperatives.json();
  assert.equal(coopPage.items[0].code, '038-2233');
  assert.ok(!JSON.stringify(coopPage).includes('mandataire'), "no mandataire's details");
  assert.equal((await asIntegrator(secret, '/api/departments/038/certificates?year=2026-2027')).status, 200);

  // --- and nothing else -------------------------------------------------------------------------------
  assert.equal((await asIntegrator(secret, '/api/departments/046/adhesions?year=2026-2027')).status, 403);
  assert.equal((await asIntegrator(secret, '/api/departments/046/cooperatives')).status, 403);
  const write = await asIntegrator(secret, '/api/departments/038/api-tokens', {
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
  const refused = await asIntegrator(secret, '/api/departments/038/adhesions?year=2026-2027&size=2');
  assert.equal(refused.status, 401);

  assert.deepEqual(errors, []);
});
