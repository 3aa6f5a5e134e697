// Shared by the end-to-end journeys: the browser, the accessibility check and the screenshots.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

export const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '');
export const SCREENSHOTS = join(here, 'screenshots');
export const STAFF_PASSWORD = 'Demo-Occe-2025';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 375, height: 740 };

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium of the system (never a downloaded one), with a fresh profile. */
export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'coop-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: DESKTOP,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) errors.push(message.text());
  });
  return {
    page,
    /** Errors the page itself reported (uncaught exceptions, CSP refusals…). */
    errors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe on the page; returns the serious and critical violations, described. */
export async function seriousViolations(page) {
  // the page's CSP forbids inline scripts, so axe is evaluated through the DevTools protocol
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(axeSource);
  }
  const results = await page.evaluate(async () => {
    return await window.axe.run(document, { resultTypes: ['violations'] });
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
}

/**
 * A screen was reached: check it with axe, and save a full-page screenshot at desktop and at phone size.
 * Throws when axe finds a serious or critical violation.
 */
export async function visitScreen(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await settle(page);
  const problems = [];
  problems.push(...(await seriousViolations(page)).map((v) => `[desktop] ${v}`));
  problems.push(...(await tablesScrolling(page)).map((v) => `[desktop] ${v}`));
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize(PHONE);
  await settle(page);
  problems.push(...(await seriousViolations(page)).map((v) => `[phone] ${v}`));
  problems.push(...(await sidewaysScroll(page)).map((v) => `[phone] ${v}`));
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
  await settle(page);
  if (problems.length > 0) {
    throw new Error(`Accessibility problems on "${name}":\n${problems.join('\n')}`);
  }
}

/**
 * On a desktop screen (1280 px, narrower than staff's 1366) a table fits: none of the tables' scroll containers
 * scrolls sideways. Names each that does, by its table's label, with its widths.
 */
export async function tablesScrolling(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.mantine-TableScrollContainer-scrollContainer, .stack-table-scroll, .scroll-x')]
      .filter((box) => box.scrollWidth > box.clientWidth + 1)
      .map((box) => {
        const label = box.querySelector('table')?.getAttribute('aria-label') ?? box.textContent?.trim().slice(0, 40);
        return `the table « ${label} » scrolls sideways: ${box.scrollWidth} px in ${box.clientWidth} px`;
      }),
  );
}

/**
 * No screen may scroll sideways on a phone: the page's width is measured, and when it is wider than the
 * screen the innermost elements that overflow it (outside any scroll container of their own) are named.
 */
export async function sidewaysScroll(page) {
  return page.evaluate(() => {
    const screenWidth = window.innerWidth;
    const width = document.documentElement.scrollWidth;
    if (width <= screenWidth) return [];
    // an element overflows the page unless an ancestor clips it (a table's own scroll container)
    const clipped = (el) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      }
      return false;
    };
    const culprits = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (el.getBoundingClientRect().right <= screenWidth + 1 || clipped(el)) continue;
      // the innermost: an element none of whose children overflows is where the width is born
      const overflowingChild = [...el.children].some((c) => c.getBoundingClientRect().right > screenWidth + 1);
      if (overflowingChild) continue;
      const label = el.getAttribute('aria-label') || el.textContent?.trim().slice(0, 40) || '';
      culprits.push(`${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 2).join('.')} « ${label} » (${Math.round(el.getBoundingClientRect().right)} px)`);
      if (culprits.length >= 5) break;
    }
    // none found: something escapes its scroll container (an absolutely positioned element whose containing
    // block is outside it); name the innermost overflowing elements, clipped or not
    if (culprits.length === 0) {
      for (const el of document.body.querySelectorAll('*')) {
        if (el.getBoundingClientRect().right <= screenWidth + 1) continue;
        if ([...el.children].some((c) => c.getBoundingClientRect().right > screenWidth + 1)) continue;
        culprits.push(`${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 2).join('.')} (${getComputedStyle(el).position}, ${Math.round(el.getBoundingClientRect().right)} px)`);
        if (culprits.length >= 5) break;
      }
    }
    return [`la page défile de côté : ${width} px pour un écran de ${screenWidth} px ; ${culprits.join(' ; ')}`];
  });
}

async function settle(page) {
  await page.waitForLoadState('networkidle').catch(() => {});
  // fixed elements (header, menu) are painted where the page is scrolled: shoot from the top
  await page.evaluate(() => window.scrollTo(0, 0));
  // transitions of Mantine (menus, notifications) are short
  await page.waitForTimeout(350);
  // …but on a busy machine a notification may still be fading in or out: axe would measure the contrast of a
  // half-transparent text. Wait until every notification on screen is fully opaque (or gone).
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('.mantine-Notification-root')].every((n) => {
          for (let e = n; e && e !== document.body; e = e.parentElement) {
            if (getComputedStyle(e).opacity !== '1') return false;
          }
          return true;
        }),
      null,
      { timeout: 6000 },
    )
    .catch(() => {});
}

/** Logs in through the login screen. */
export async function logIn(page, login, password) {
  await page.goto(`${BASE_URL}/connexion`);
  // a journey that failed half-way may have left its session in the tab: start from a logged-out one
  if (await page.evaluate(() => window.sessionStorage.length > 0)) {
    await page.evaluate(() => window.sessionStorage.clear());
    await page.goto(`${BASE_URL}/connexion`);
  }
  await page.getByRole('textbox', { name: 'Identifiant' }).fill(login);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** A call to the API outside the browser (to find test data), as `login`. */
export async function apiAs(login, password) {
  const answer = await fetch(`${BASE_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (!answer.ok) throw new Error(`login ${login}: ${answer.status}`);
  const { token } = await answer.json();
  return async (path) => {
    const response = await fetch(`${BASE_URL}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    return response.json();
  };
}

/**
 * A cooperative of its own, created through the API (the import the secretaries use), so that a journey needs no
 * untouched demo account and can run again on the same server: a free number of the department, its mandataire
 * account with the initial password "coop" + number and an email address (the validation and reminders are sent to it).
 */
export async function newCooperative(departmentCode, schoolName, city = 'PARIS') {
  const login = await fetch(`${BASE_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login: 'admin', password: STAFF_PASSWORD }),
  });
  if (!login.ok) throw new Error(`login admin: ${login.status}`);
  const { token } = await login.json();
  for (let attempt = 0; attempt < 20; attempt++) {
    const number = String(8000 + Math.floor(Math.random() * 1900));
    const csv = [
      'numero;ecole;type;adresse;code_postal;commune;uai;courriel_ecole;mandataire;courriel_mandataire;telephone_mandataire',
      `${number};${schoolName};École élémentaire publique;1 rue de l'École;75001;${city};;;Claire MANDATAIRE;mandataire-${departmentCode}-${number}@example.org;`,
    ].join('\r\n');
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), `e2e-${number}.csv`);
    const answer = await fetch(`${BASE_URL}/api/departments/${departmentCode}/cooperative-imports`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    });
    if (answer.status === 422) continue; // the number is taken: another one
    if (answer.status !== 201) throw new Error(`import into ${departmentCode}: ${answer.status} ${await answer.text()}`);
    return { login: `${departmentCode}-${number}`, password: `coop${number}`, schoolName };
  }
  throw new Error(`no free cooperative number in ${departmentCode}`);
}

/** Waits until the path of the page is `path` (a string or a regular expression). */
export async function expectPath(page, path) {
  await page.waitForURL((url) => (typeof path === 'string' ? url.pathname === path : path.test(url.pathname)));
}

/** The application's main menu (the sidebar, the burger's drawer on a phone). */
export const nav = (page) => page.getByRole('navigation', { name: 'Menu principal' });

const normalizeSpaces = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Clicks what triggers a download; saves the file under `dir`; returns its path. */
export async function download(page, trigger, dir, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = join(dir, name);
  await file.saveAs(path);
  return path;
}

/** The text of a PDF (poppler's pdftotext), spaces normalized; a PNG of its first page goes with the screenshots. */
export function pdfText(path, screenshot) {
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', path, join(SCREENSHOTS, screenshot)]);
  return normalizeSpaces(execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }));
}
