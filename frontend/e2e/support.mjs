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
/** The password of the demo staff and of the national admin `admin`, the account every journey creates its own data with. */
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

/** Logs staff in; they land on their department's dashboard. */
export async function logInAsStaff(page, staff) {
  await logIn(page, staff.login, staff.password);
  await expectPath(page, '/gestion/tableau-de-bord');
}

/** Sends the adhesion on screen to the OCCE and confirms it in the dialog. */
export async function sendAdhesion(page) {
  await page.getByRole('button', { name: /nvoyer à l'OCCE/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: "Confirmer l'envoi" }).click();
}

/** Logs in through the API; returns the session's token. */
async function apiToken(login, password) {
  const answer = await fetch(`${BASE_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (!answer.ok) throw new Error(`login ${login}: ${answer.status} ${await answer.text()}`);
  return (await answer.json()).token;
}

/**
 * A session of the API outside the browser, as `login`: `call(method, path, { body, headers, expect })` sends JSON
 * (or a FormData as it is) and throws unless the status is one of `expect` (200, 201 or 204 by default); it answers
 * `{ status, body }`. `get`, `post`, `put` answer the body; `ifMatch(version)` is the header of a versioned change.
 */
export async function apiSession(login, password) {
  const token = await apiToken(login, password);
  const call = async (method, path, { body, headers = {}, expect = [200, 201, 204] } = {}) => {
    const form = body instanceof FormData;
    const response = await fetch(`${BASE_URL}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body !== undefined && !form ? { 'Content-Type': 'application/json' } : {}), ...headers },
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
    const text = await response.text();
    if (!expect.includes(response.status)) throw new Error(`${method} ${path} as ${login}: ${response.status} ${text}`);
    return { status: response.status, body: text && /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text };
  };
  return {
    login,
    token,
    call,
    get: async (path) => (await call('GET', path)).body,
    post: async (path, body, headers) => (await call('POST', path, { body, headers })).body,
    put: async (path, body, headers) => (await call('PUT', path, { body, headers })).body,
  };
}

/** The If-Match header of a change to what was read at `version`. */
export const ifMatch = (version) => ({ 'If-Match': `"${version}"` });

/** The national admin's session: the bootstrap account every server has, the root of the journeys' own data. */
export const adminSession = () => apiSession('admin', STAFF_PASSWORD);

/** A call to the API outside the browser (to find test data), as `login`. */
export async function apiAs(login, password) {
  const session = await apiSession(login, password);
  return session.get;
}

/** The current school year of the server ("2026-2027"), as its clock says. */
export async function currentYear() {
  return (await (await adminSession()).get('/api/me')).schoolYear;
}

/** A random department code of the journeys: any of [1-9][0-9][0-9AB] (1 080 codes). */
function randomDepartmentCode() {
  const third = '0123456789AB';
  return `${1 + Math.floor(Math.random() * 9)}${Math.floor(Math.random() * 10)}${third[Math.floor(Math.random() * 12)]}`;
}

/** A department code no department has on the server (every page of the admin's list read), for a journey to create. */
export async function freeDepartmentCode() {
  const admin = await adminSession();
  const taken = new Set();
  for (let page = 0; ; page++) {
    const answer = await admin.get(`/api/departments?size=100&page=${page}`);
    answer.items.forEach((d) => taken.add(d.code));
    if (answer.items.length < 100) break;
  }
  for (let attempt = 0; attempt < 1000; attempt++) {
    const code = randomDepartmentCode();
    if (!taken.has(code)) return code;
  }
  throw new Error(`no free department code (${taken.size} taken)`);
}

/**
 * A department of its own, created by the admin through the API: a free code (any of [1-9][0-9][0-9AB], another one
 * when taken), its name (the code appended: "OCCE des Essais 9A4"), and the contacts a department fills in its
 * settings (address, email ad<code>@example.org, phone, contact, opening hours, the insurer contract E2E-<code>),
 * so that its screens and emails read as a real department's. Answers { code, name, email, contract }.
 */
export async function newDepartment(name = 'OCCE des Essais') {
  const admin = await adminSession();
  for (let attempt = 0; attempt < 60; attempt++) {
    const code = randomDepartmentCode();
    const fullName = `${name} ${code}`;
    const created = await admin.call('POST', '/api/departments', { body: { code, name: fullName }, expect: [201, 409] });
    if (created.status === 409) continue; // the code is taken: another one
    const email = `ad${code.toLowerCase()}@example.org`;
    const contract = `E2E-${code}-2026`;
    const settings = await admin.get(`/api/departments/${code}/settings`);
    await admin.put(`/api/departments/${code}/settings`, {
      version: settings.version,
      addressLine: '1 place des Essais',
      postalCode: '75001',
      city: 'PARIS',
      email,
      phone: '01 23 45 67 89',
      contactName: `Secrétariat de l'${fullName}`,
      openingHours: 'Du lundi au jeudi, 9 h - 12 h et 14 h - 17 h',
      insurerName: 'Mutuelle des essais',
      insurerContractNumber: contract,
    });
    return { code, name: fullName, email, contract };
  }
  throw new Error('no free department code');
}

/** The password the journeys' staff accounts choose at their first login (through the API). */
export const E2E_STAFF_PASSWORD = 'Personnel-Essai-2026!';

/**
 * A staff account of the department, created by the admin (createStaffAccount): its one-time password is changed
 * through the API, as its first login would, so the journey logs in with { login, password } in the browser.
 */
export async function newStaff(departmentCode, displayName = 'Claire SECRÉTARIAT') {
  const admin = await adminSession();
  for (let attempt = 0; attempt < 20; attempt++) {
    const login = `e2e.${departmentCode.toLowerCase()}.${Math.random().toString(36).slice(2, 8)}`;
    const created = await admin.call('POST', `/api/departments/${departmentCode}/staff-accounts`, {
      body: { login, displayName },
      expect: [201, 409],
    });
    if (created.status === 409) continue;
    const oneTime = created.body.password.oneTimePassword;
    const first = await apiSession(login, oneTime);
    await first.post('/api/auth/password', { currentPassword: oneTime, newPassword: E2E_STAFF_PASSWORD });
    return { login, password: E2E_STAFF_PASSWORD, displayName };
  }
  throw new Error(`no free staff login in ${departmentCode}`);
}

/**
 * The barèmes of the demo's departments (DemoData), which the seeds' worked examples use: a journey gives its own
 * department the one its screens and amounts expect (with putTariff).
 */
export const TARIFFS = {
  /** The Isère: 2,26 € a member, insurance 0,25 € a member. */
  isere: { membershipRate: 2.26, insuranceRate: 0.25, paymentMeans: ['TRANSFER', 'CHEQUE', 'OTHER_PAYER'] },
  /** The Lot: free, insurance mandatory (and free), paid by direct debit or transfer. */
  lot: { membershipRate: 0, insuranceMandatory: true, insuranceRate: 0, paymentMeans: ['DIRECT_DEBIT_NOW', 'DIRECT_DEBIT_DECEMBER', 'TRANSFER'] },
  /** Paris: 5,00 € a cooperative, 2,10 € a member, insurance 0,30 € a member, a subscription. */
  paris: {
    cooperativeFee: 5,
    membershipRate: 2.1,
    insuranceRate: 0.3,
    paymentMeans: ['TRANSFER', 'CHEQUE'],
    subscriptions: [{ name: 'Animation & Éducation', price: 12 }],
  },
  /** The demonstration department (seed 003): 8,00 € a cooperative, 1,73 € a pupil, 4,00 € an adult, two subscriptions. */
  demonstration: {
    cooperativeFee: 8,
    membershipMode: 'SPLIT',
    membershipPupilRate: 1.73,
    membershipAdultRate: 4,
    insuranceRate: 0,
    paymentMeans: ['TRANSFER', 'CHEQUE'],
    subscriptions: [{ name: 'TOTO est content', price: 4 }, { name: "Les Coopains d'accord", price: 5 }],
  },
};

/**
 * The tariff of a school year of the department, defined by the admin: the year's defaults (dates, insured values)
 * with `terms` over them. Rates are per member unless `membershipMode: 'SPLIT'`.
 */
export async function putTariff(departmentCode, year, terms) {
  const admin = await adminSession();
  const defaults = await admin.get(`/api/departments/${departmentCode}/tariffs/${year}/defaults`);
  return admin.put(`/api/departments/${departmentCode}/tariffs/${year}`, {
    cooperativeFee: 0,
    membershipMode: 'PER_MEMBER',
    insuranceMode: 'PER_MEMBER',
    insuranceMandatory: false,
    propertyThreshold: defaults.propertyThreshold,
    propertyRate: 0,
    instrumentThreshold: defaults.instrumentThreshold,
    instrumentRate: 0,
    opensOn: defaults.opensOn,
    deadline: defaults.deadline,
    paymentMeans: defaults.paymentMeans,
    ...terms,
  });
}

/** A department of the journey's own with its staff account, and the year's barème when `tariff` is given. */
export async function newStaffedDepartment({ name, tariff, year = '2026-2027' } = {}) {
  const department = await newDepartment(name);
  const staff = await newStaff(department.code);
  if (tariff) await putTariff(department.code, year, tariff);
  return { department, staff };
}

const IMPORT_HEADER = 'numero;ecole;type;adresse;code_postal;commune;uai;courriel_ecole;mandataire;courriel_mandataire;telephone_mandataire';

/**
 * Cooperatives of their own, created through the API (the import the secretaries use), so that a journey needs no
 * untouched demo account and can run again on the same server: free numbers of the department, their mandataire
 * accounts with the initial password "coop" + number and an email address (the validation and reminders are sent
 * to it). `schools` are { schoolName, city }; answers [{ login, password, schoolName, number }] in their order.
 */
export async function newCooperatives(departmentCode, schools) {
  const admin = await adminSession();
  for (let attempt = 0; attempt < 20; attempt++) {
    const numbers = new Set();
    while (numbers.size < schools.length) numbers.add(String(8000 + Math.floor(Math.random() * 1900)));
    const rows = [...numbers].map((number, i) => {
      const { schoolName, city = 'PARIS' } = schools[i];
      return `${number};${schoolName};École élémentaire publique;1 rue de l'École;75001;${city};;;Claire MANDATAIRE;mandataire-${departmentCode}-${number}@example.org;`;
    });
    const form = new FormData();
    form.append('file', new Blob([[IMPORT_HEADER, ...rows].join('\r\n')], { type: 'text/csv' }), `e2e-${[...numbers][0]}.csv`);
    const answer = await admin.call('POST', `/api/departments/${departmentCode}/cooperative-imports`, { body: form, expect: [201, 422] });
    if (answer.status === 422) continue; // a number is taken: others
    return [...numbers].map((number, i) => ({
      login: `${departmentCode}-${number}`,
      password: `coop${number}`,
      schoolName: schools[i].schoolName,
      number,
    }));
  }
  throw new Error(`no free cooperative numbers in ${departmentCode}`);
}

/**
 * Adhesions of a past `year` taken over from the former site, as staff import them (« reprise de l'historique »):
 * `lines` are { number, className, adults, pupils }, one per class line of a cooperative of the department.
 */
export async function importPastAdhesions(departmentCode, year, lines) {
  const admin = await adminSession();
  const rows = lines.map((l) => `${l.number};${l.className};;${l.adults};${l.pupils}`);
  const form = new FormData();
  form.append('file', new Blob([['numero;classe;enseignants;adultes;eleves', ...rows].join('\r\n')], { type: 'text/csv' }), 'reprise.csv');
  return (await admin.call('POST', `/api/departments/${departmentCode}/adhesion-history-imports?year=${year}`, { body: form, expect: [201] })).body;
}

/** One cooperative of its own (see newCooperatives). */
export async function newCooperative(departmentCode, schoolName, city = 'PARIS') {
  return (await newCooperatives(departmentCode, [{ schoolName, city }]))[0];
}

/**
 * The mandataire's session of a new cooperative, its initial password changed to `password` through the API (the
 * mandataire journey shows that screen); `cooperativeId` is the cooperative's id.
 */
export async function mandataireSession(coop, password) {
  const first = await apiSession(coop.login, coop.password);
  await first.post('/api/auth/password', { currentPassword: coop.password, newPassword: password });
  const session = await apiSession(coop.login, password);
  session.cooperativeId = (await session.get('/api/me')).cooperative.id;
  return session;
}

/**
 * The mandataire opens the adhesion of the year and types its lines ({ className, teachers, adults, pupils }) and its
 * declarations (insured or not, a payment means); sent to the OCCE when `submit`. Answers the adhesion.
 */
export async function enterAdhesion(mandataire, year, { lines, insured = true, paymentMeans = 'CHEQUE', submit = false }) {
  let adhesion = await mandataire.post(`/api/cooperatives/${mandataire.cooperativeId}/adhesions/${year}`);
  for (const line of lines) {
    adhesion = await mandataire.post(`/api/adhesions/${adhesion.id}/lines`, line, ifMatch(adhesion.version));
  }
  adhesion = await mandataire.put(`/api/adhesions/${adhesion.id}/declarations`,
    { insured, propertyValue: 0, instrumentValue: 0, voluntaryParticipation: 0, paymentMeans }, ifMatch(adhesion.version));
  if (submit) adhesion = await mandataire.post(`/api/adhesions/${adhesion.id}/submission`, undefined, ifMatch(adhesion.version));
  return adhesion;
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
