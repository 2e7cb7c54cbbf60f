import { mkdir, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { wholeNumber } from '../cli/args.js';
import { DEFAULT_WARDS_FILE, ensureCommunes } from './bench-communes.js';
import { prepareBenchDatabase, startServerProcess } from './bench-db.js';
import { median } from './load.js';

/**
 * `npm run bench:attack`: each attack that once crashed or wedged the hub, sent to a production
 * server on the 100,000 synthetic facilities (and the 3,321 communes), while a prober asks
 * `/healthz` every 20 ms. For each: the answer it gets, how long it took, and the slowest `/healthz`
 * meanwhile (goal: under 200 ms). Written to server/bench-results/attack.md.
 * Options: --facilities N (100000), --repeat R (3: each attack is sent R times, medians reported).
 */
const { values: options } = parseArgs({ options: { facilities: { type: 'string' }, repeat: { type: 'string' }, wards: { type: 'string' } } });
const count = wholeNumber(options.facilities, 'facilities', 100_000);
const repeat = wholeNumber(options.repeat, 'repeat', 3);
const KEY = 'bench-attack-admin-key-0123456789';

const db = await prepareBenchDatabase(count, 42, { beforeGenerate: (pool) => ensureCommunes(pool, options.wards ?? DEFAULT_WARDS_FILE).then(() => undefined) });
process.env.ADMIN_API_KEY = KEY;
const server = await startServerProcess(db.url);

const aliases = (n: number, field: (i: number) => string) => Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join(' ');
const succession = (levels: number) => {
  let inner = 'code';
  for (let i = levels - 1; i >= 0; i--) inner = `${i % 2 ? 'successors' : 'predecessors'} { code ${inner} }`;
  return inner;
};
const post = async (query: string, opts: { key?: string; signal?: AbortSignal; variables?: unknown } = {}) => {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(opts.key ? { authorization: `Bearer ${opts.key}` } : {}) },
    body: JSON.stringify({ query, variables: opts.variables }),
    signal: opts.signal,
  });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return `${res.status} ${body.errors ? [...new Set(body.errors.map((e) => e.extensions?.code))].join('+') : 'answered'}`;
};

const pool = new pg.Pool({ connectionString: db.url, max: 2 });
const province11 = (await pool.query(`SELECT id, version FROM facility WHERE province_id = (SELECT id FROM admin_unit WHERE code = '11' AND valid_to IS NULL AND level = 'PROVINCE') AND status = 'OPERATING' ORDER BY id LIMIT 10`)).rows;
const create = (i: number) => `mutation { createFacility(input: { name: "Trung tâm thử tải ${i}", kind: ELDERLY_CARE, ownership: PUBLIC, provinceCode: "11", location: { lat: 21.39, lng: 103.02, precision: EXACT }, source: { citation: "bench:attack", confidence: SYNTHETIC } }) { id } }`;

const attacks: { row: string; send: () => Promise<string> }[] = [
  { row: '1. adminUnit(code: "82") with predecessors/successors alternated 50 levels deep', send: () => post(`{ adminUnit(code: "82") { ${succession(50)} } }`) },
  { row: '1. the same, 36 levels deep', send: () => post(`{ adminUnit(code: "82") { ${succession(36)} } }`) },
  {
    row: '2. 12 parallel createFacility with the key',
    send: async () => [...new Set(await Promise.all(Array.from({ length: 12 }, (_, i) => post(create(i), { key: KEY }))))].join(', '),
  },
  {
    row: '2. 10 parallel updateFacility with the key',
    send: async () => {
      const rows = (await pool.query('SELECT id, version FROM facility WHERE id = ANY($1)', [province11.map((r) => r.id)])).rows;
      return [...new Set(await Promise.all(rows.map((r) => post(`mutation { updateFacility(id: "${r.id}", expectedVersion: ${r.version}, input: { address: "Số ${Math.random()}" }) { version } }`, { key: KEY }))))].join(', ');
    },
  },
  { row: '3. 1,000 aliases of gapAnalysis(level: COMMUNE) (82 KB)', send: () => post(`{ ${aliases(1000, () => 'gapAnalysis(level: COMMUNE) { rows { need } }')} }`) },
  { row: '3. one gapAnalysis(level: COMMUNE, withinKm: 20) (allowed)', send: () => post('{ gapAnalysis(level: COMMUNE, withinKm: 20) { rows { unit { code } need places served coveragePercent nearestFacilityKm communesBeyondReach } } }') },
  { row: '3. facilityPoints ×100', send: () => post(`{ ${aliases(100, () => 'facilityPoints { count codes lat lng kind }')} }`) },
  { row: '3. facilityPoints ×20 (within the alias limit)', send: () => post(`{ ${aliases(20, () => 'facilityPoints { count codes lat lng kind }')} }`) },
  { row: '3. search + totalCount ×500', send: () => post(`{ ${aliases(500, (i) => `facilities(first: 1, filter: { search: "trung tam ${i}" }) { totalCount }`)} }`) },
  { row: '3. search + totalCount ×25 (within the alias limit)', send: () => post(`{ ${aliases(25, (i) => `facilities(first: 1, filter: { search: "trung tam ${i}" }) { totalCount }`)} }`) },
  {
    row: '3. a gap analysis by commune whose client leaves after 100 ms (statement cancelled)',
    send: async () => {
      const abort = new AbortController();
      setTimeout(() => abort.abort(), 100);
      const answer = await post('{ gapAnalysis(level: COMMUNE, withinKm: 50) { rows { need } } }', { signal: abort.signal }).catch(() => 'client left');
      await new Promise((r) => setTimeout(r, 300));
      const still = (await pool.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`)).rows[0].n;
      return `${answer}; statements still running 300 ms later: ${still}`;
    },
  },
  { row: '4. forged cursor WyJ4IiwxMDk5NTExNjI3Nzc2XQ', send: () => post('{ facilities(first: 5, after: "WyJ4IiwxMDk5NTExNjI3Nzc2XQ") { totalCount } }') },
  { row: '4. NUL in facility(code)', send: () => post('query($c: String) { facility(code: $c) { name } }', { variables: { c: 'a\u0000' } }) },
];

interface Row { row: string; answer: string; ms: number[]; worstHealthMs: number[] }
const rows: Row[] = [];
try {
  for (const attack of attacks) {
    const row: Row = { row: attack.row, answer: '', ms: [], worstHealthMs: [] };
    for (let r = 0; r < repeat; r++) {
      let done = false;
      let worst = 0;
      const prober = (async () => {
        while (!done) {
          const start = performance.now();
          await (await fetch(`${server.url}/healthz`)).text();
          worst = Math.max(worst, performance.now() - start);
          await new Promise((res) => setTimeout(res, 20));
        }
      })();
      const start = performance.now();
      row.answer = await attack.send();
      row.ms.push(performance.now() - start);
      done = true;
      await prober;
      row.worstHealthMs.push(worst);
    }
    rows.push(row);
    process.stderr.write(`${row.row}: ${row.answer}, ${median(row.ms).toFixed(0)} ms, /healthz worst ${median(row.worstHealthMs).toFixed(0)} ms\n`);
  }
  const ready = await fetch(`${server.url}/readyz`);
  rows.push({ row: 'after every attack: /readyz', answer: String(ready.status), ms: [], worstHealthMs: [] });
} finally {
  await pool.end();
  await server.stop();
  await db.cluster?.stop();
}

const lines = [
  `# bench:attack — ${new Date().toISOString()}`,
  '',
  `A production server (npm start's build, default limits) on ${count.toLocaleString('en')} synthetic facilities and the imported communes; each attack sent ${repeat} times, medians (and the slowest /healthz of each run, probed every 20 ms; goal under 200 ms).`,
  '',
  '| attack (row of issue "Survive the public, part 1") | answer | time ms | slowest /healthz ms |',
  '|---|---|---|---|',
  ...rows.map((r) => `| ${r.row} | ${r.answer} | ${r.ms.length ? median(r.ms).toFixed(0) : ''} | ${r.worstHealthMs.length ? median(r.worstHealthMs).toFixed(0) : ''} |`),
  '',
];
await mkdir('server/bench-results', { recursive: true });
await writeFile('server/bench-results/attack.md', lines.join('\n'));
process.stdout.write(lines.join('\n'));
