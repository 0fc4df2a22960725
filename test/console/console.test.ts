import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { parseMapTiles } from '../../centre/map-tiles.js';
import { waitFor } from '../support/net.js';
import { v1 } from '../../wire/index.js';
import type { Uplink } from '../../agent/uplink/index.js';
import { startSecureCentre, type SecureCentre } from '../centre/access-helpers.js';
import { testUnless } from '../support/skip.js';
import { tempDir } from '../support/tmp.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let secure: SecureCentre | undefined;
let browser: BrowserContext | undefined;
const holder: { uplink?: Uplink | undefined } = {};
// OUTPOST_CONSOLE_SHOTS=DIR keeps the screenshots there to be looked at; otherwise they go with the test's temp dir.
const keptShots = process.env['OUTPOST_CONSOLE_SHOTS'];
const shots = keptShots ?? tempDir('outpost-console-shots-');
mkdirSync(shots, { recursive: true });
console.log(`# console screenshots: ${shots}${keptShots === undefined ? ' (removed at exit; OUTPOST_CONSOLE_SHOTS=DIR keeps them)' : ''}`);

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
  const start = Date.now() - 60 * 60_000;
  // An hour of health, one report every 5 minutes: the battery sags, the link drops once.
  const health = Array.from({ length: 12 }, (_, index) => ({
    timeUnixMs: start + index * 5 * 60_000,
    health: {
      components: [{ name: 'geo-1', state: index === 11 ? v1.ComponentState.COMPONENT_STATE_DEGRADED : v1.ComponentState.COMPONENT_STATE_OK, message: index === 11 ? 'noise floor high' : '' }],
      vitals: { supplyVoltageV: 12.8 - index * 0.05, cpuTemperatureC: 35 + index, outbox: [{ priority: v1.Priority.PRIORITY_STATUS, records: index * 3 }], link: { connected: index !== 6, ackRttMs: 150 + index * 10, signalDbm: -70 - index } },
    },
  }));
  await secure.sendIncident(undefined, holder, health);
  const page = await openConsole();
  await page.waitForSelector('#login-view:not([hidden])');
  await shot(page, '1-login');

  await logIn(page, 'operator', 'wrong-password-here');
  await page.waitForSelector('#login-error:has-text("Login refused")');
  await logIn(page, 'operator', 'operator-password-1');
  await page.waitForSelector('#posts-table tr[data-post="bp-030"] td.state-online');
  await page.waitForSelector('#map circle.online[data-post="bp-030"]');
  // The post stands on land near a border: Natural Earth's outline and the boundary are drawn (shipped: no network).
  assert.ok(((await page.locator('#map path.land').getAttribute('d')) ?? '').length > 100, 'the land outline is drawn');
  assert.ok(((await page.locator('#map path.border').getAttribute('d')) ?? '').length > 10, 'the boundary near the post is drawn');
  await shot(page, '2-posts');

  await page.click('#posts-table tr[data-post="bp-030"] a');
  await page.waitForSelector('#post-title:has-text("Post bp-030 (Ridge North)")');
  await page.waitForSelector('#sensors-table tr.fault td:has-text("noise floor high")');
  assert.is(await page.locator('#charts svg.chart').count(), 5);
  assert.match((await page.locator('#charts svg.chart').first().getAttribute('aria-label')) ?? '', /^Battery: from 12\.25 to 12\.8 V, latest 12\.25 V$/);
  assert.is(await page.locator('#charts svg.chart').nth(4).locator('polyline').count(), 2, 'the ack round trip breaks where the link was down');
  await shot(page, '2b-post');

  // An operator sends a command from the post page: the centre signs and publishes it, and lists it as pending
  // (no agent answers in this rig; test/commands runs them on a real agent). A malformed argument is refused in words.
  await page.waitForSelector('#command-form:not([hidden])');
  await page.selectOption('#command-form [name=name]', 'set-log-level');
  await page.fill('#command-form [name=arguments]', 'debug');
  await page.click('#command-form button');
  await page.waitForSelector('#status:has-text("expected key=value pairs")');
  await page.fill('#command-form [name=arguments]', 'level=debug for=5m');
  await page.click('#command-form button');
  await page.waitForSelector('#commands-table tr.command-pending td:has-text("set-log-level level=debug for=5m")');
  await page.waitForSelector('#status:has-text("Command set-log-level sent to bp-030")');
  await shot(page, '2c-post-command');

  // Keyboard: the Alarms link by its access key is a plain link; follow it with the keyboard.
  await page.focus('a[href="#/alarms"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#alarms-view:not([hidden])');
  await secure.sendIncident('inc-live', holder);
  await page.waitForSelector('#alarm-list li.new[data-incident="bp-030/inc-live"]');
  await shot(page, '3-alarm-live');
  // The list holds still while the operator points at it: a new incident waits, counted in the status line, until the pointer leaves.
  await page.hover('#alarm-list li[data-incident="bp-030/inc-live"]');
  await secure.sendIncident('inc-held', holder);
  await page.waitForSelector('#status:has-text("New incident inc-held at bp-030 · 1 new above")');
  assert.is(await page.locator('#alarm-list li[data-incident="bp-030/inc-held"]').count(), 0, 'not drawn under the pointer');
  await page.mouse.move(0, 0);
  await page.waitForSelector('#alarm-list li.new:first-child[data-incident="bp-030/inc-held"]');

  await page.focus('#alarm-list li[data-incident="bp-030/inc-live"] a');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#incident-title:has-text("Incident inc-live at bp-030")');
  assert.is(await page.locator('#detections-table tbody tr').count(), 2);
  await page.waitForSelector('#readings-table td:has-text("battery_voltage=12.4 V")');
  await page.waitForSelector('#snapshots img[alt="Snapshot inc-live:snap-1 from cam-1"]');
  assert.is(await page.locator('#snapshots img').count(), 2);
  // A string, evaluated in the page: this file is type-checked without the DOM's types.
  await page.waitForFunction("[...document.querySelectorAll('#snapshots img')].every((image) => image.complete && image.naturalWidth === 16)");
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
  await page.goto(`${secure.api}/#/post/bp-030`);
  await page.waitForSelector('#post-title:has-text("Post bp-030")');
  await page.waitForSelector('#commands-none:not([hidden])');
  assert.ok(await page.locator('#command-form').isHidden(), 'a viewer has no command form');
  const status = await page.evaluate(async () => {
    const session = (await (await fetch('/api/session')).json()) as { csrfToken: string };
    const response = await fetch('/api/incidents/bp-030/inc-v/assess', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken }, body: '{"assessment":"person"}' });
    return response.status;
  });
  assert.is(status, 403);
  await shot(page, '5-viewer-incident');
  assertNoProblems();
});

/** A tile server on loopback: every tile a 256-pixel PNG; it notes each path asked for. */
async function tileServer(): Promise<{ url: string; asked: string[]; close: () => Promise<void> }> {
  const tile = await sharp({ create: { width: 256, height: 256, channels: 3, background: '#a3c4a0' } }).png().toBuffer();
  const asked: string[] = [];
  const server = createServer((request, response) => {
    asked.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'image/png', 'content-length': tile.length });
    response.end(tile);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, asked, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

testUnless(test, noChromium, 'with --map-tiles the map draws that server\'s tiles over the base map; the CSP lets images in from its origin and no other', async () => {
  const tiles = await tileServer();
  const other = await tileServer();
  try {
    secure = await startSecureCentre({ mapTiles: parseMapTiles(`${tiles.url}/{z}/{x}/{y}.png`, '© Test tiles') });
    await secure.sendIncident(undefined, holder);
    const csp = (await secure.request('/')).headers.get('content-security-policy') ?? '';
    assert.match(csp, `img-src 'self' data: ${tiles.url};`);
    const page = await openConsole();
    await logIn(page, 'viewer', 'viewer-password-1');
    await page.waitForSelector('#map circle.online[data-post="bp-030"]');
    await page.waitForSelector('#map image.tile');
    // Every tile drawn is one the server answered, at one zoom, and loads (a string: no DOM types here).
    const hrefs = await page.evaluate("[...document.querySelectorAll('#map image.tile')].map((image) => image.getAttribute('href'))");
    assert.ok((hrefs as string[]).length >= 2, `tiles drawn: ${JSON.stringify(hrefs)}`);
    for (const href of hrefs as string[]) assert.match(href, new RegExp(`^${tiles.url}/(\\d+)/\\d+/\\d+\\.png$`));
    assert.is(new Set((hrefs as string[]).map((href) => href.split('/')[3])).size, 1, 'one zoom');
    await waitFor('the tiles fetched from the tile server', () => (hrefs as string[]).every((href) => tiles.asked.includes(href.slice(tiles.url.length))));
    assert.ok(Number((hrefs as string[])[0]?.split('/')[3]) >= 8, `zoomed in on the one post: ${JSON.stringify(hrefs)}`);
    assert.ok(((await page.locator('#map path.land').getAttribute('d')) ?? '').length > 100, 'the shipped land is still drawn beneath');
    await page.waitForSelector('#map text.attribution:has-text("© Test tiles")');
    await shot(page, '6-map-tiles');
    // Another origin stays out: the browser refuses the image before asking for it.
    const loaded = await page.evaluate(`new Promise((resolve) => { const image = new Image(); image.onload = () => resolve(true); image.onerror = () => resolve(false); image.src = '${other.url}/1/0/0.png'; })`);
    assert.is(loaded, false);
    assert.equal(other.asked, [], 'no request reached the other origin');
    assert.ok(problems.splice(0).every((problem) => /Content Security Policy/.test(problem)), 'the only console error is the refused image');
  } finally {
    await tiles.close();
    await other.close();
  }
});

testUnless(test, noChromium, 'without --map-tiles the map asks no tile server and the CSP names no other origin', async () => {
  secure = await startSecureCentre();
  await secure.sendIncident(undefined, holder);
  const csp = (await secure.request('/')).headers.get('content-security-policy') ?? '';
  assert.match(csp, "img-src 'self' data:;");
  const page = await openConsole();
  await logIn(page, 'viewer', 'viewer-password-1');
  await page.waitForSelector('#map circle.online[data-post="bp-030"]');
  assert.is(await page.locator('#map image').count(), 0);
  assert.is(await page.locator('#map text.attribution').count(), 0);
  assertNoProblems();
});

test.run();
