import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { wholeNumber } from '../cli/args.js';
import { median } from './load.js';
import { prepareBenchDatabase, startServerProcess } from './bench-db.js';
import { chromiumAvailable, CHROMIUM, launchChromium } from './chromium.js';

/**
 * `npm run bench:map`: the map page in headless Chromium against 100,000 synthetic facilities (the
 * server in its own process, as in bench:api). Each run opens the page in a fresh browser context
 * (empty cache) and measures
 * - load: from navigation start to the first painted frame with every facility drawn (clusters);
 * - bytes: every response's size as sent over the wire (after compression), from the DevTools
 *   protocol's `encodedDataLength`, from navigation until the page is drawn and quiet;
 * - pan and zoom steps: a 300 px drag and a zoom-in click, each from the `moveend` redraw's start
 *   to its painted frame (User Timing `hub:facilities:redraw`); Leaflet's 250 ms zoom animation
 *   is not counted, and the wall time from the input is reported beside it.
 * Medians of the runs go to server/bench-results/map.md (and .json).
 * Options: --facilities N (100000), --runs R (5).
 */
const { values: options } = parseArgs({ options: { facilities: { type: 'string' }, runs: { type: 'string' } } });
const count = wholeNumber(options.facilities, 'facilities', 100_000);
const runs = wholeNumber(options.runs, 'runs', 5);
const TARGETS = { loadMs: 2000, bytes: 3 * 1024 * 1024, stepMs: 100 };
const MEASURE = 'hub:facilities:redraw';

interface Run { loadMs: number; bytes: number; graphqlBytes: number; requests: number; panMs: number; panWallMs: number; zoomMs: number; zoomWallMs: number; points: number }

if (!chromiumAvailable()) throw new Error(`bench:map needs ${CHROMIUM} (apt-get install chromium)`);
const db = await prepareBenchDatabase(count);
const loadBefore = os.loadavg()[0];
const server = await startServerProcess(db.url);
let browser: Browser | undefined;
const results: Run[] = [];
try {
  browser = await launchChromium();
  for (let r = 0; r < runs + 1; r++) {
    const run = await oneRun(browser, server.url);
    if (r === 0) {
      process.stderr.write(`warm-up: load ${run.loadMs.toFixed(0)} ms\n`);
      continue; // the server's first answer warms its plans and caches: not counted
    }
    results.push(run);
    process.stderr.write(`run ${r}: load ${run.loadMs.toFixed(0)} ms, ${(run.bytes / 1024).toFixed(0)} KiB, pan ${run.panMs.toFixed(1)} ms, zoom ${run.zoomMs.toFixed(1)} ms\n`);
  }
} finally {
  await browser?.close();
  await server.stop();
  await db.cluster?.stop();
}

async function oneRun(b: Browser, url: string): Promise<Run> {
  const context = await b.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = new Map<string, string>();
  let bytes = 0;
  let graphqlBytes = 0;
  let requests = 0;
  cdp.on('Network.requestWillBeSent', (e) => void urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => {
    requests += 1;
    bytes += e.encodedDataLength;
    if (urls.get(e.requestId)?.endsWith('/graphql')) graphqlBytes += e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'commit' });
  // The first redraw with the facilities (the count says they are loaded) ends when its frame is painted.
  const loadMs = await page.waitForFunction((name) => {
    const loaded = document.querySelector('[data-testid="facility-count"][data-state="loaded"]');
    const done = performance.getEntriesByName(name);
    return loaded && document.querySelector('[data-testid="facility-cluster"]') && done.length ? done[done.length - 1].startTime + done[done.length - 1].duration : null;
  }, MEASURE, { polling: 'raf', timeout: 60_000 }).then((h) => h.jsonValue() as Promise<number>);
  const points = Number(await page.getByTestId('facility-count').getAttribute('data-count'));
  await page.waitForTimeout(500); // quiet: labels, base map, boundaries
  const map = (await page.getByTestId('map').boundingBox())!;
  const pan = await step(page, async () => {
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    await page.mouse.down();
    await page.mouse.move(map.x + map.width / 2 + 300, map.y + map.height / 2 + 40, { steps: 6 });
    await page.mouse.up();
  });
  const zoom = await step(page, () => page.locator('.leaflet-control-zoom-in').click());
  await context.close();
  return { loadMs, bytes, graphqlBytes, requests, panMs: pan.ms, panWallMs: pan.wallMs, zoomMs: zoom.ms, zoomWallMs: zoom.wallMs, points };
}

/** Runs an input and waits for the next redraw; its duration, and the wall time from the input. */
async function step(page: Page, input: () => Promise<void>): Promise<{ ms: number; wallMs: number }> {
  const before = await page.evaluate((name) => performance.getEntriesByName(name).length, MEASURE);
  const t0 = await page.evaluate(() => performance.now());
  await input();
  const entry = await page.waitForFunction(([name, n]) => {
    const list = performance.getEntriesByName(name as string);
    return list.length > (n as number) ? { duration: list[list.length - 1].duration, end: list[list.length - 1].startTime + list[list.length - 1].duration } : null;
  }, [MEASURE, before] as const, { polling: 'raf', timeout: 10_000 }).then((h) => h.jsonValue() as Promise<{ duration: number; end: number }>);
  return { ms: entry.duration, wallMs: entry.end - t0 };
}

const loadAfter = os.loadavg()[0];
const m = (f: (r: Run) => number) => median(results.map(f));
const range = (f: (r: Run) => number, digits = 0) =>
  `${m(f).toFixed(digits)} (${Math.min(...results.map(f)).toFixed(digits)}–${Math.max(...results.map(f)).toFixed(digits)})`;
const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
const kib = (f: (r: Run) => number) => (r: Run) => f(r) / 1024;
const lines = [
  `# bench:map — ${new Date().toISOString()}`,
  '',
  `${results[0]?.points.toLocaleString('en') ?? '?'} facilities on the map (${count.toLocaleString('en')} synthetic, seed 42, + seeded data; CLOSED and private ones are not drawn). Server in its own process (NODE_ENV=production, gzip); headless Chromium ${CHROMIUM}, 1280×800, a fresh context (empty cache) per run, offline (no tiles). One warm-up run, then ${runs} runs; medians (range). Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after (other work on the machine slows every figure).`,
  '',
  '| measure | median (range) | target |',
  '|---|---|---|',
  `| navigation → every facility drawn (painted), ms | ${range((r) => r.loadMs)} | ≤ ${TARGETS.loadMs} ${met(m((r) => r.loadMs) <= TARGETS.loadMs)} |`,
  `| bytes transferred (as sent, all ${results[0]?.requests ?? '?'} responses), KiB | ${range(kib((r) => r.bytes))} | ≤ ${TARGETS.bytes / 1024} ${met(m((r) => r.bytes) <= TARGETS.bytes)} |`,
  `| of which GraphQL answers, KiB | ${range(kib((r) => r.graphqlBytes))} | |`,
  `| pan step (300 px drag): redraw to painted frame, ms | ${range((r) => r.panMs, 1)} | ≤ ${TARGETS.stepMs} ${met(m((r) => r.panMs) <= TARGETS.stepMs)} |`,
  `| zoom step (zoom-in button): redraw to painted frame, ms | ${range((r) => r.zoomMs, 1)} | ≤ ${TARGETS.stepMs} ${met(m((r) => r.zoomMs) <= TARGETS.stepMs)} |`,
  `| pan step, wall time from the start of the drag, ms | ${range((r) => r.panWallMs, 1)} | |`,
  `| zoom step, wall time from the start of the click (with Leaflet's 250 ms animation), ms | ${range((r) => r.zoomWallMs, 1)} | |`,
  '',
];
await mkdir('server/bench-results', { recursive: true });
await writeFile('server/bench-results/map.md', lines.join('\n'));
await writeFile('server/bench-results/map.json', JSON.stringify({ date: new Date().toISOString(), count, runs, targets: TARGETS, loadAverage: [loadBefore, loadAfter], results }, null, 2));
process.stdout.write(lines.join('\n'));
