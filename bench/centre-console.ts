/**
 * The console's first load in Debian's Chromium (playwright-core, no browser download): a
 * logged-in operator opens the console with a cold cache on a centre with 500 posts (each with a
 * surveyed position and a Health record) and 100 recent incidents. Counts every byte on the wire
 * (compressed bodies and headers of the page, its scripts, the API answers and the base map)
 * until the posts page is interactive: the table lists every post and the map has drawn them.
 * Prints `name: value unit` (the median and the slowest of the runs).
 *
 *   npx tsx bench/centre-console.ts [--posts N] [--runs N]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { AccessAdmin } from '../centre/access/admin.js';
import { SqliteCentreStore, startCentre } from '../centre/index.js';
import { seedFleet } from './console-fleet.js';

const { values: args } = parseArgs({ options: { posts: { type: 'string', default: '500' }, runs: { type: 'string', default: '7' } } });
const POSTS = Number(args.posts);
const RUNS = Number(args.runs);
const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install chromium; scripts/ensure-peers.mjs installs it)`);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const root = mkdtempSync(join(tmpdir(), 'outpost-bench-console-'));
const store = SqliteCentreStore.open(join(root, 'centre.db'));
await seedFleet(store, POSTS, 100, Date.now());
await new AccessAdmin(store.access).addUser('cli', 'duty', 'operator', 'duty-password-12');
const centre = await startCentre({ store, embeddedBroker: '127.0.0.1:0', http: '127.0.0.1:0', secure: true });
const api = centre.httpAddress as string;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

try {
  const login = await fetch(`${api}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'duty', password: 'duty-password-12' }) });
  if (login.status !== 200) throw new Error(`login: ${login.status}`);
  const [cookieName, cookieValue] = ((login.headers.get('set-cookie') ?? '').split(';')[0] ?? '').split('=') as [string, string];
  const bytes: number[] = [];
  const interactive: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    // A new profile each run: nothing cached.
    const profile = mkdtempSync(join(root, 'chromium-'));
    const browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: 1366, height: 768 } });
    try {
      await browser.addCookies([{ name: cookieName, value: cookieValue, url: api, httpOnly: true, sameSite: 'Strict' }]);
      const page = browser.pages()[0] ?? (await browser.newPage());
      const responses: Promise<number>[] = [];
      page.on('requestfinished', (request) => responses.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize)));
      await page.goto(`${api}/`);
      // Interactive: every post listed and drawn on the map (the map is drawn after the table), timed from navigation start.
      await page.waitForSelector(`#posts-table tbody tr:nth-child(${POSTS})`, { state: 'attached', timeout: 30_000 });
      await page.waitForSelector(`#map circle >> nth=${POSTS - 1}`, { state: 'attached', timeout: 30_000 });
      // The console marks the moment (User Timing), so no polling delay is counted.
      interactive.push((await page.evaluate("performance.getEntriesByName('outpost:posts-ready')[0]?.startTime ?? NaN")) as number);
      bytes.push((await Promise.all(responses)).reduce((sum, size) => sum + size, 0));
    } finally {
      await browser.close();
    }
  }
  console.log(`console_posts: ${POSTS} posts`);
  console.log(`console_first_load_bytes: ${median(bytes)} bytes`);
  console.log(`console_first_load_bytes_max: ${Math.max(...bytes)} bytes`);
  console.log(`console_interactive_ms: ${median(interactive).toFixed(0)} ms`);
  console.log(`console_interactive_ms_max: ${Math.max(...interactive).toFixed(0)} ms`);
} finally {
  await centre.stop();
  rmSync(root, { recursive: true, force: true });
}
