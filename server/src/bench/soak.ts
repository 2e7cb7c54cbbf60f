import { randomBytes } from 'node:crypto';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { wholeNumber } from '../cli/args.js';
import { median, runLoad, type LoadRequest, type RunResult } from './load.js';
import { prepareBenchDatabase, sampleInputs, startServerProcess } from './bench-db.js';
import { apiQueries, gql } from './api-queries.js';

/**
 * `npm run bench:soak`: a long run of mixed reads and writes at half the measured capacity, the
 * server in its own process on the 100,000 synthetic facilities of bench:api. Capacity: the same
 * mix, closed loop, for --capacity-seconds. Then windows of --window seconds at half that rate
 * until --minutes have passed, each recording requests, errors, p50/p99 and the server's RSS.
 * Writes server/bench-results/soak.md and soak.json. Goals: 0 errors, RSS growth ≤ 10% (last
 * window against the first), p99 flat (median p99 of the last third ≤ 1.5 × that of the first).
 * Options: --minutes M (10, or SOAK_MINUTES), --window S (30), --capacity-seconds S (15),
 * --connections C (10, capacity), --soak-connections C (20, paced), --facilities N (100000),
 * --writes-per-100 W (10).
 */
const { values: options } = parseArgs({
  options: {
    minutes: { type: 'string' }, window: { type: 'string' }, 'capacity-seconds': { type: 'string' }, connections: { type: 'string' },
    facilities: { type: 'string' }, 'writes-per-100': { type: 'string' }, 'soak-connections': { type: 'string' },
  },
});
const minutes = wholeNumber(options.minutes ?? process.env.SOAK_MINUTES, 'minutes', 10);
const windowSeconds = wholeNumber(options.window, 'window', 30);
const capacitySeconds = wholeNumber(options['capacity-seconds'], 'capacity-seconds', 15);
const connections = wholeNumber(options.connections, 'connections', 10);
// More than the capacity run's: requests are paced, and a slower server must not lower the rate.
const soakConnections = wholeNumber(options['soak-connections'], 'soak-connections', 20);
const count = wholeNumber(options.facilities, 'facilities', 100_000);
const writesPer100 = wholeNumber(options['writes-per-100'], 'writes-per-100', 10);

interface Window extends RunResult {
  /** Seconds since the soak started, at the window's end. */
  at: number;
  rssMb: number;
}

/** Resident set size of a process, in MB (Linux /proc). */
async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

const key = randomBytes(24).toString('hex');
const db = await prepareBenchDatabase(count);
const inputs = await sampleInputs(db.url);
const server = await startServerProcess(db.url, { env: { ADMIN_API_KEY: key } });
const reads = apiQueries(inputs);

/** Facility ids to file capacity reports for, through the API as a partner would find them. */
async function facilityIds(): Promise<string[]> {
  const ids: string[] = [];
  for (const code of inputs.codes.slice(0, 200)) {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: gql('query($code: String) { facility(code: $code) { id } }', { code }) });
    const id = ((await res.json()) as { data?: { facility?: { id: string } } }).data?.facility?.id;
    if (id) ids.push(id);
  }
  return ids;
}
const ids = await facilityIds();

/** The i-th request: `writesPer100` of every 100 file a capacity report (admin key), the others read. */
function mixed(i: number): LoadRequest {
  if (i % 100 < writesPer100) {
    const day = new Date(Date.UTC(2020, 0, 1) + (i % 2000) * 86_400_000).toISOString().slice(0, 10);
    return {
      authorization: `Bearer ${key}`,
      body: gql('mutation($id: ID!, $input: ReportCapacityInput!) { reportCapacity(facilityId: $id, input: $input) { id } }', {
        id: ids[i % ids.length], input: { reportedOn: day, places: 20 + (i % 80), residents: Math.floor((20 + (i % 80)) * 0.8) },
      }),
    };
  }
  return { body: reads[i % reads.length].body(i) };
}

const windows: Window[] = [];
let capacity: RunResult;
let target: number;
const started = Date.now();
try {
  process.stderr.write(`capacity: warm-up 5 s, then ${capacitySeconds} s closed loop on ${connections} connections`);
  await runLoad(server.url, connections, 5, mixed);
  capacity = await runLoad(server.url, connections, capacitySeconds, mixed);
  target = Math.max(1, Math.round(capacity.rps / 2));
  process.stderr.write(`: ${capacity.rps.toFixed(0)} req/s (p99 ${capacity.p99.toFixed(1)} ms); soak at ${target} req/s for ${minutes} min\n`);
  const soakStart = Date.now();
  while (Date.now() - soakStart < minutes * 60_000) {
    const seconds = Math.min(windowSeconds, Math.max(1, Math.round((minutes * 60_000 - (Date.now() - soakStart)) / 1000)));
    const res = await runLoad(server.url, soakConnections, seconds, mixed, { rate: target });
    const w = { ...res, at: Math.round((Date.now() - soakStart) / 1000), rssMb: await rssMb(server.child.pid!) };
    windows.push(w);
    process.stderr.write(`  ${w.at} s: ${w.rps.toFixed(0)} req/s, ${w.errors} errors, p50 ${w.p50.toFixed(1)} ms, p99 ${w.p99.toFixed(1)} ms, RSS ${w.rssMb.toFixed(0)} MB\n`);
    for (const sample of w.errorSamples ?? []) process.stderr.write(`    error: ${sample}\n`);
  }
} finally {
  await server.stop();
  await db.cluster?.stop();
}

const third = Math.max(1, Math.floor(windows.length / 3));
const p99First = median(windows.slice(0, third).map((w) => w.p99));
const p99Last = median(windows.slice(-third).map((w) => w.p99));
const rssGrowth = (windows.at(-1)!.rssMb / windows[0].rssMb - 1) * 100;
const errors = windows.reduce((n, w) => n + w.errors, 0);
const requests = windows.reduce((n, w) => n + w.requests, 0);
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
const lines = [
  `# bench:soak — ${new Date().toISOString()}`,
  '',
  `${count.toLocaleString('en')} synthetic facilities (seed 42) + seeded data; server in its own process (NODE_ENV=production, rate limits on and set above the load); keep-alive connections: ${connections} for the capacity, ${soakConnections} paced for the soak. Mix: ${100 - writesPer100}% reads (bench:api queries a-d in turn, anonymous), ${writesPer100}% writes (reportCapacity on 200 facilities, admin key). Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}.`,
  '',
  `Capacity (closed loop, ${capacitySeconds} s after a 5 s warm-up): ${capacity!.rps.toFixed(0)} req/s, p99 ${capacity!.p99.toFixed(1)} ms. Soak: ${target!} req/s (half) for ${minutes} min in windows of ${windowSeconds} s, ${requests.toLocaleString('en')} requests in all (${((Date.now() - started) / 60_000).toFixed(1)} min with the capacity run).`,
  '',
  '| goal | result | |',
  '|---|---|---|',
  `| 0 errors | ${errors} | ${verdict(errors === 0)} |`,
  `| RSS growth ≤ 10% (last window against the first) | ${windows[0].rssMb.toFixed(0)} → ${windows.at(-1)!.rssMb.toFixed(0)} MB (${rssGrowth >= 0 ? '+' : ''}${rssGrowth.toFixed(1)}%) | ${verdict(rssGrowth <= 10)} |`,
  `| p99 flat (median of the last third ≤ 1.5 × the first third) | ${p99First.toFixed(1)} → ${p99Last.toFixed(1)} ms | ${verdict(p99Last <= 1.5 * p99First)} |`,
  '',
  '| at (s) | req/s | errors | p50 ms | p99 ms | RSS MB |',
  '|---|---|---|---|---|---|',
  ...windows.map((w) => `| ${w.at} | ${w.rps.toFixed(0)} | ${w.errors} | ${w.p50.toFixed(1)} | ${w.p99.toFixed(1)} | ${w.rssMb.toFixed(0)} |`),
  '',
];
await mkdir('server/bench-results', { recursive: true });
await writeFile('server/bench-results/soak.md', lines.join('\n'));
await writeFile('server/bench-results/soak.json', JSON.stringify({ date: new Date().toISOString(), count, connections, soakConnections, minutes, windowSeconds, writesPer100, capacity: capacity!, target: target!, windows }, null, 2));
process.stdout.write(lines.join('\n'));
