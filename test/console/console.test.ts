import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Uplink } from '../../agent/uplink/index.js';
import { startSecureCentre, type SecureCentre } from '../centre/access-helpers.js';
import { testUnless } from '../support/skip.js';
import { tempDir } from '../support/tmp.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let secure: SecureCentre | undefined;
let browser: BrowserContext | undefined;
const holder: { uplink?: Uplink | undefined } = {};
// Kept after the run (not a self-cleaning temp dir) so the screenshots can be looked at.
const shots = mkdtempSync(join(tmpdir(), 'outpost-console-shots-'));
console.log(`# console screenshots: ${shots}`);

test.after.each(async () => {
  await browser?.close();
  await holder.uplink?.stop();
  await secure?.centre.stop();
  browser = secure = holder.uplink = undefined;
});

/** Debian's Chromium in a fresh profile, 1366×768 (the duty officer's laptop). */
const problems: string[] = [];

/** No script error, CSP violation or failed load in the page (401/403 answers are expected ones). */
function assertNoProblems(): void {
  assert.equal(problems.splice(0), [], 'no script errors, CSP violations or failed loads in the console');
}

async function openConsole(): Promise<Page> {
  browser = await chromium.launchPersistentContext(tempDir('outpost-chromium-'), { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: 1366, height: 768 } });
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/401|403/.test(message.text())) problems.push(message.text());
  });
  await page.goto(`${secure?.api}/`);
  return page;
}

async function logIn(page: Page, name: string, password: string): Promise<void> {
  await page.fill('#login-form [name=name]', name);
  await page.fill('#login-form [name=password]', password);
  await page.press('#login-form [name=password]', 'Enter');
}

async function shot(page: Page, name: string): Promise<void> {
  const path = join(shots, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  console.log(`# screenshot ${path}`);
}

const noChromium = existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is missing (apt-get install chromium; scripts/ensure-peers.mjs installs it)`;

testUnless(test, noChromium, 'an operator logs in, sees the post online on the map, sees an incident arrive live, assesses it, logs out', async () => {
  secure = await startSecureCentre();
  await secure.sendIncident(undefined, holder);
  const page = await openConsole();
  await page.waitForSelector('#login-view:not([hidden])');
  await shot(page, '1-login');

  await logIn(page, 'operator', 'wrong-password-here');
  await page.waitForSelector('#login-error:has-text("Login refused")');
  await logIn(page, 'operator', 'operator-password-1');
  await page.waitForSelector('#posts-table tr[data-post="bp-030"] td.state-online');
  await page.waitForSelector('#map circle.online[data-post="bp-030"]');
  await shot(page, '2-posts');

  // Keyboard: the Alarms link by its access key is a plain link; follow it with the keyboard.
  await page.focus('a[href="#/alarms"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#alarms-view:not([hidden])');
  await secure.sendIncident('inc-live', holder);
  await page.waitForSelector('#alarm-list li.new[data-incident="bp-030/inc-live"]');
  await shot(page, '3-alarm-live');

  await page.focus('#alarm-list li[data-incident="bp-030/inc-live"] a');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#incident-title:has-text("Incident inc-live at bp-030")');
  assert.is(await page.locator('#detections-table tbody tr').count(), 2);
  await page.waitForSelector('#readings-table td:has-text("battery_voltage=12.4 V")');
  await page.click('#acknowledge');
  await page.waitForSelector('#workflow-state:has-text("Acknowledged by operator")');
  await page.selectOption('#assess-form [name=assessment]', 'vehicle');
  await page.fill('#assess-form [name=note]', 'pickup on the track');
  await page.press('#assess-form [name=note]', 'Enter');
  await page.waitForSelector('#workflow-state:has-text("assessed as vehicle by operator")');
  await shot(page, '4-incident-assessed');

  const exported = (await (await secure.request('/api/assessments', { session: await secure.login('admin') })).json()) as { label: string; note: string; by: string }[];
  assert.equal(exported.map((row) => [row.label, row.note, row.by]), [['vehicle', 'pickup on the track', 'operator']]);

  await page.click('#logout');
  await page.waitForSelector('#login-view:not([hidden])');
  assert.is((await page.evaluate(async () => (await fetch('/api/posts')).status)) as number, 401, 'the session is gone');
  assertNoProblems();
});

testUnless(test, noChromium, 'a viewer sees an incident but cannot assess it, in the page or through the API', async () => {
  secure = await startSecureCentre();
  await secure.sendIncident('inc-v', holder);
  const page = await openConsole();
  await logIn(page, 'viewer', 'viewer-password-1');
  await page.waitForSelector('#posts-view:not([hidden])');
  await page.goto(`${secure.api}/#/incident/bp-030/inc-v`);
  await page.waitForSelector('#incident-title:has-text("Incident inc-v")');
  assert.ok(await page.locator('#actions').isHidden());
  assert.ok(await page.locator('#read-only').isVisible());
  const status = await page.evaluate(async () => {
    const session = (await (await fetch('/api/session')).json()) as { csrfToken: string };
    const response = await fetch('/api/incidents/bp-030/inc-v/assess', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken }, body: '{"assessment":"person"}' });
    return response.status;
  });
  assert.is(status, 403);
  await shot(page, '5-viewer-incident');
  assertNoProblems();
});

test.run();
