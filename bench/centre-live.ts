/**
 * The console while alarms arrive: a centre with 500 posts known (state and Health through the
 * store, as bench/centre-console.ts), the console open in Debian's Chromium (playwright-core, no
 * browser download) on the alarms view and on the posts page, at 1366×768 and at 1920×1080, while
 * posts publish incidents on the embedded broker (the real ingest path: MQTT envelope → ingest →
 * store → /api/stream) at 10 per second, each from the next of the 500 posts, for `--seconds`.
 * Measured in the page with PerformanceObserver from the moment the feed starts until the last
 * incident is drawn: cumulative layout shift (`layout-shift` entries without recent input), long
 * tasks (count and total ms) and animation frames further apart than 50 ms.
 * Prints `name: value unit` per view and viewport.
 *
 *   npx tsx bench/centre-live.ts [--posts N] [--rate PER_S] [--seconds S]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import mqtt from 'mqtt';
import { chromium, type Page } from 'playwright-core';
import { v1 } from '../wire/index.js';
import { writeEnvelope } from '../agent/uplink/index.js';
import { SqliteCentreStore, startCentre } from '../centre/index.js';
import { seedFleet } from './console-fleet.js';

const { values: args } = parseArgs({ options: { posts: { type: 'string', default: '500' }, rate: { type: 'string', default: '10' }, seconds: { type: 'string', default: '30' } } });
const POSTS = Number(args.posts);
const RATE = Number(args.rate);
const SECONDS = Number(args.seconds);
const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install chromium; scripts/ensure-peers.mjs installs it)`);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const VIEWPORTS = [
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1920x1080', width: 1920, height: 1080 },
];
const VIEWS = [
  { name: 'alarms', hash: '#/alarms', ready: '#alarm-list li' },
  { name: 'posts', hash: '#/posts', ready: `#map circle >> nth=${POSTS - 1}` },
];
/** A live incident's store: another boot than the fleet's seeded records, so its seqs start at 1. */
const LIVE_STORE = 7n;

/**
 * Installed before the console's scripts: observes from the page's start, counts only what falls
 * after `window.__jank.start()` (the feed's start). A string: this file is type-checked without the DOM's types.
 */
const OBSERVER = `
window.__jank = { from: Infinity, cls: 0, longTasks: 0, longTaskMs: 0, frameGaps: 0, worstFrameMs: 0,
  start() { this.from = performance.now(); this.cls = this.longTasks = this.longTaskMs = this.frameGaps = this.worstFrameMs = 0; } };
new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput && entry.startTime >= window.__jank.from) window.__jank.cls += entry.value; }).observe({ type: 'layout-shift', buffered: true });
new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (entry.startTime >= window.__jank.from) { window.__jank.longTasks += 1; window.__jank.longTaskMs += entry.duration; } }).observe({ type: 'longtask', buffered: true });
let last = 0;
const frame = (now) => {
  if (last > 0 && now >= window.__jank.from) {
    const gap = now - last;
    if (gap > 50) window.__jank.frameGaps += 1;
    window.__jank.worstFrameMs = Math.max(window.__jank.worstFrameMs, gap);
  }
  last = now;
  requestAnimationFrame(frame);
};
requestAnimationFrame(frame);
`;

interface Jank {
  cls: number;
  longTasks: number;
  longTaskMs: number;
  frameGaps: number;
  worstFrameMs: number;
}

const root = mkdtempSync(join(tmpdir(), 'outpost-bench-live-'));
const store = SqliteCentreStore.open(join(root, 'centre.db'));
await seedFleet(store, POSTS, 100, Date.now());
// Without authentication: who reads the page does not change how it is drawn, and one publisher speaks for every post.
const centre = await startCentre({ store, embeddedBroker: '127.0.0.1:0', http: '127.0.0.1:0', secure: false });
const api = centre.httpAddress as string;
const publisher = mqtt.connect(centre.brokerAddress as string, { reconnectPeriod: 0 });
await new Promise<void>((resolve, reject) => {
  publisher.once('connect', () => resolve());
  publisher.once('error', reject);
});
let sent = 0;

/** One incident from the next post, as its agent would send it (an envelope of one Incident record). */
function publishIncident(): string {
  const post = sent % POSTS;
  const postId = `bp-${String(post).padStart(3, '0')}`;
  const seq = Math.floor(sent / POSTS) + 1;
  const id = `live-${sent}`;
  const now = Date.now();
  const bytes = v1.Record.encode({ seq, timeUnixMs: now, priority: v1.Priority.PRIORITY_ALARM, incident: { id, kind: v1.DetectionKind.DETECTION_KIND_PERSON, confidence: 0.8, detectionIds: [`${id}:geo`], sensors: ['geo-1'] } }).finish();
  publisher.publish(`outpost/v1/${postId}/up`, Buffer.from(writeEnvelope({ postId, storeId: LIVE_STORE }, [{ bytes }], now)), { qos: 1 });
  sent += 1;
  return `${postId}/${id}`;
}

/** Publishes RATE incidents a second for SECONDS, paced by the clock; resolves with the last one's key. */
async function feed(): Promise<string> {
  const start = performance.now();
  const total = RATE * SECONDS;
  let published = 0;
  let last = '';
  while (published < total) {
    const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * RATE) + 1);
    while (published < due) {
      last = publishIncident();
      published += 1;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000 / RATE / 2));
  }
  return last;
}

async function measure(page: Page, view: (typeof VIEWS)[number]): Promise<Jank> {
  await page.goto(`${api}/${view.hash}`);
  await page.waitForSelector(view.ready, { state: 'attached', timeout: 30_000 });
  // The page settled (fonts, the map's late layout) before the window opens.
  await page.waitForTimeout(1000);
  await page.evaluate('window.__jank.start()');
  const last = await feed();
  if (view.name === 'alarms') await page.waitForSelector(`#alarm-list li[data-incident="${last}"]`, { state: 'attached', timeout: 30_000 });
  else await page.waitForFunction(`document.querySelector('#new-count').textContent === '${RATE * SECONDS}'`, undefined, { timeout: 30_000 });
  // One more frame, so the last update's shifts are reported.
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)))');
  return (await page.evaluate('({ ...window.__jank })')) as Jank;
}

try {
  for (const viewport of VIEWPORTS) {
    for (const view of VIEWS) {
      const browser = await chromium.launchPersistentContext(mkdtempSync(join(root, 'chromium-')), { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: viewport.width, height: viewport.height } });
      try {
        await browser.addInitScript(OBSERVER);
        const page = browser.pages()[0] ?? (await browser.newPage());
        const jank = await measure(page, view);
        const prefix = `console_live_${view.name}_${viewport.name}`;
        console.log(`${prefix}_cls: ${jank.cls.toFixed(3)}`);
        console.log(`${prefix}_long_tasks: ${jank.longTasks} tasks`);
        console.log(`${prefix}_long_task_ms: ${jank.longTaskMs.toFixed(0)} ms`);
        console.log(`${prefix}_frame_gaps: ${jank.frameGaps} gaps over 50 ms`);
        console.log(`${prefix}_worst_frame_ms: ${jank.worstFrameMs.toFixed(0)} ms`);
      } finally {
        await browser.close();
      }
    }
  }
  console.log(`console_live_posts: ${POSTS} posts`);
  console.log(`console_live_rate: ${RATE} incidents/s for ${SECONDS} s per view`);
} finally {
  publisher.end(true);
  await centre.stop();
  rmSync(root, { recursive: true, force: true });
}
