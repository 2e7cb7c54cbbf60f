import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createApp } from '../app.js';
import { wholeNumber } from '../cli/args.js';
import { loadConfig } from '../config.js';
import { median, runLoad, type RunResult } from './load.js';
import { prepareBenchDatabase, startServerProcess } from './bench-db.js';
import { DEFAULT_WARDS_FILE, ensureCommunes } from './bench-communes.js';

/**
 * `npm run bench:planning`: planning queries against 100,000 synthetic facilities spread around the
 * 3,321 communes of wards.csv (imported into the benchmark database first when missing), the server
 * in its own process. Per query: a warm-up, then R runs of S seconds from C connections; medians with
 * ranges, and the SQL statements per request (counted at the driver in an app in this process),
 * written to server/bench-results/planning.md (and .json). Target: p50 ≤ 300 ms for (a) and (b).
 * Options: --facilities N (100000), --seconds S (10), --runs R (3), --warmup W (3), --connections C (1),
 * --wards FILE (../shared/reference-data/vn-admin-2025/wards.csv), --only a,b.
 */
const { values: options } = parseArgs({
  options: {
    facilities: { type: 'string' }, seconds: { type: 'string' }, runs: { type: 'string' }, warmup: { type: 'string' },
    connections: { type: 'string' }, wards: { type: 'string' }, only: { type: 'string' },
  },
});
const count = wholeNumber(options.facilities, 'facilities', 100_000);
const seconds = wholeNumber(options.seconds, 'seconds', 10);
const runs = wholeNumber(options.runs, 'runs', 3);
const warmup = wholeNumber(options.warmup, 'warmup', 3);
const connections = wholeNumber(options.connections, 'connections', 1);
const wards = options.wards ?? DEFAULT_WARDS_FILE;
const only = options.only?.split(',') ?? null;

const gql = (query: string) => JSON.stringify({ query });
const ROW = `unit { code name } need needBasis places residents served coveragePercent unmetNeed facilities facilitiesReporting accessiblePercent
  accessibilityKnown socialWorkPercent socialWorkKnown staffingShortfall { role count } staffingAssessed facilitiesShortOfStaff communesBeyondReach`;
const scenarios: { id: string; title: string; target: boolean; query: string }[] = [
  { id: 'a', title: 'gapAnalysis(withinKm: 20): 34 provinces, every field', target: true, query: `{ gapAnalysis(withinKm: 20) { asOf rows { ${ROW} } worstGaps { unit { code } unmetNeed } } }` },
  { id: 'b', title: 'targetProgress for all provinces (every target of every plan)', target: true,
    query: `{ targetProgress { target { year value comparator indicator { code } } plan { title } unit { code } actual status method basis asOf } }` },
  { id: 'c', title: 'gapAnalysis(targetGroup: MENTAL_ILLNESS, withinKm: 20)', target: false, query: `{ gapAnalysis(targetGroup: MENTAL_ILLNESS, withinKm: 20) { rows { ${ROW} } } }` },
  { id: 'd', title: 'gapAnalysis(geography: LEGACY_63): 63 provinces', target: false, query: `{ gapAnalysis(geography: LEGACY_63) { rows { ${ROW} } } }` },
  { id: 'e', title: 'gapAnalysis(level: COMMUNE, withinKm: 20): 3,321 communes with distances', target: false,
    query: `{ gapAnalysis(level: COMMUNE, withinKm: 20) { rows { unit { code } facilities served communesBeyondReach nearestFacilityKm } } }` },
  { id: 'f', title: 'gapAnalysis(level: COMMUNE, withinKm: 20): 3,321 communes, reach counted (no distances)', target: false,
    query: `{ gapAnalysis(level: COMMUNE, withinKm: 20) { rows { unit { code } facilities served communesBeyondReach } } }` },
];

/** Synthetic facilities generated before the communes were imported lie around province points: generate them again. */
async function withCommunes(pool: pg.Pool): Promise<void> {
  const communes = await ensureCommunes(pool, wards);
  const stale = await pool.query(`SELECT count(*)::int AS n FROM facility WHERE code LIKE 'SYN-42-%' AND commune_id IS NULL`);
  if (stale.rows[0].n > 0) {
    process.stderr.write(`${stale.rows[0].n} synthetic facilities without a commune: generating them again around the ${communes} communes\n`);
    await pool.query(`DELETE FROM facility WHERE code LIKE 'SYN-42-%'`);
  }
}

/**
 * SQL statements per request, counted at the driver (as the tests count them) in an app started in
 * this process on the same database: one request after a warm-up one.
 */
async function statementsPerRequest(url: string, body: string): Promise<number> {
  const post = () => fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  await post();
  let statements = 0;
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    statements++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await post();
  } finally {
    pg.Client.prototype.query = original;
  }
  return statements;
}

const db = await prepareBenchDatabase(count, 42, { beforeGenerate: withCommunes });
const client = new pg.Client({ connectionString: db.url });
await client.connect();
await client.query('VACUUM ANALYZE facility_operating_period');
const server = await startServerProcess(db.url);
const counting = await createApp(loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' }, { port: 0, databaseUrl: db.url }));
await counting.start();
const results: Record<string, { runs: RunResult[]; statements: number } | { skipped: string }> = {};
try {
  for (const s of scenarios.filter((x) => !only || only.includes(x.id))) {
    const probe = await (await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: gql(s.query) })).json() as { errors?: { message: string }[] };
    if (probe.errors) {
      results[s.id] = { skipped: probe.errors[0].message };
      process.stderr.write(`(${s.id}) skipped: ${probe.errors[0].message}\n`);
      continue;
    }
    process.stderr.write(`(${s.id}) ${s.title}: warm-up ${warmup} s`);
    await runLoad(server.url, connections, warmup, () => gql(s.query));
    const statements = await statementsPerRequest(counting.url, gql(s.query));
    const list: RunResult[] = [];
    for (let r = 0; r < runs; r++) {
      const res = await runLoad(server.url, connections, seconds, () => gql(s.query));
      list.push(res);
      process.stderr.write(`, run ${r + 1}: p50 ${res.p50.toFixed(0)} ms p99 ${res.p99.toFixed(0)} ms`);
    }
    process.stderr.write('\n');
    results[s.id] = { runs: list, statements };
  }
} finally {
  await server.stop();
  await counting.stop();
  await client.end();
  await db.cluster?.stop();
}

const range = (xs: number[], digits = 0) => `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
const lines = [
  `# bench:planning — ${new Date().toISOString()}`,
  '',
  `${count.toLocaleString('en')} synthetic facilities (seed 42) around the communes of ${wards}, + seeded data; server in its own process (NODE_ENV=production); ${connections} keep-alive connections, one request at a time each; warm-up ${warmup} s, then ${runs} runs of ${seconds} s. Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}, Node ${process.version}. No response cache: every request reads the database.`,
  db.generatorSeconds !== null ? `Generator: ${count.toLocaleString('en')} facilities in ${db.generatorSeconds.toFixed(1)} s.` : 'Generator: data already present.',
  '',
  '| query | p50 ms median (range) | target p50 ≤ 300 ms | p99 ms median (range) | req/s median | statements per request | errors |',
  '|---|---|---|---|---|---|---|',
  ...scenarios.filter((s) => results[s.id]).map((s) => {
    const r = results[s.id];
    if ('skipped' in r) return `| (${s.id}) ${s.title} | — | not run: ${r.skipped.replace(/\|/g, '/')} | — | — | — | — |`;
    const p50 = r.runs.map((x) => x.p50);
    const verdict = s.target ? (median(p50) <= 300 ? 'met' : 'MISSED') : '(not a target)';
    return `| (${s.id}) ${s.title} | ${range(p50)} | ${verdict} | ${range(r.runs.map((x) => x.p99))} | ${median(r.runs.map((x) => x.rps)).toFixed(1)} | ${r.statements} | ${r.runs.reduce((n, x) => n + x.errors, 0)} |`;
  }),
  '',
];
await mkdir('server/bench-results', { recursive: true });
await writeFile('server/bench-results/planning.md', lines.join('\n'));
await writeFile('server/bench-results/planning.json', JSON.stringify({ date: new Date().toISOString(), count, connections, seconds, runs, wards, generatorSeconds: db.generatorSeconds, results }, null, 2));
process.stdout.write(lines.join('\n'));
