import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { wholeNumber } from '../cli/args.js';
import { median, runLoad, type RunResult } from './load.js';
import { prepareBenchDatabase, sampleInputs, startServerProcess } from './bench-db.js';

/**
 * `npm run bench:api`: the partner API against 100,000 synthetic facilities, the server in its own
 * process, 10 connections, a warm-up then 3 runs of 15 s per query; medians with ranges, written
 * to server/bench-results/api.md (and .json). No response cache is involved.
 * Options: --facilities N (100000), --seconds S (15), --runs R (3), --warmup W (5), --connections C (10), --only a,b,
 * --compare DIR (another checkout, built: its server runs beside this one on the same database and
 * the runs alternate, baseline then this; written to server/bench-results/api-compare.md).
 */
const { values: options } = parseArgs({
  options: { facilities: { type: 'string' }, seconds: { type: 'string' }, runs: { type: 'string' }, warmup: { type: 'string' }, connections: { type: 'string' }, only: { type: 'string' }, compare: { type: 'string' } },
});
const count = wholeNumber(options.facilities, 'facilities', 100_000);
const seconds = wholeNumber(options.seconds, 'seconds', 15);
const runs = wholeNumber(options.runs, 'runs', 3);
const warmup = wholeNumber(options.warmup, 'warmup', 5);
const connections = wholeNumber(options.connections, 'connections', 10);

const gql = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const FLOORS: Record<string, number> = { a: 250, b: 1000, c: 700, d: 300 };

const db = await prepareBenchDatabase(count);
const inputs = await sampleInputs(db.url);
const server = await startServerProcess(db.url);
const baseline = options.compare ? await startServerProcess(db.url, { cwd: options.compare }) : undefined;
const baselineResults: Record<string, RunResult[]> = {};
/** Server CPU (user + system) per answered request, in µs, per run: steadier than req/s on a shared machine. */
const cpu: Record<string, { baseline: number[]; mine: number[] }> = {};
const cpuSeconds = async (pid: number | undefined) => {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 10 ms
};
const measured = async (target: { url: string; child: { pid?: number } }, body: (i: number) => string, into: number[]) => {
  const before = await cpuSeconds(target.child.pid);
  const res = await runLoad(target.url, connections, seconds, body);
  into.push(((await cpuSeconds(target.child.pid)) - before) * 1e6 / Math.max(1, res.rps * seconds));
  return res;
};
const scenarios: { id: string; title: string; body: (i: number) => string }[] = [
  {
    id: 'a', title: 'facilities(provinceCode "11", first 50) with operator, province, capacity, services',
    body: () => gql(`{ facilities(filter: { provinceCode: "11" }, first: 50) { edges { node { name kind operator { name } province { name } capacity { places residents } services } } } }`),
  },
  {
    id: 'b', title: 'facility(code) with province and capacity, codes varying',
    body: (i) => gql(`query($code: String) { facility(code: $code) { name kind province { name } capacity { places } } }`, { code: inputs.codes[i % inputs.codes.length] }),
  },
  {
    id: 'c', title: 'facilitiesNear(lat, lng, first 10), points varying',
    body: (i) => {
      const [lat, lng] = inputs.points[i % inputs.points.length];
      return gql(`query($lat: Float!, $lng: Float!) { facilitiesNear(lat: $lat, lng: $lng, first: 10) { distanceKm facility { name kind } } }`, { lat, lng });
    },
  },
  {
    id: 'd', title: 'facilities(search "trung tam bao tro", first 10)',
    body: () => gql(`{ facilities(filter: { search: "trung tam bao tro" }, first: 10) { edges { node { name } } } }`),
  },
];

const only = options.only ? options.only.split(',') : null;
const results: Record<string, RunResult[]> = {};
try {
  for (const s of scenarios.filter((x) => !only || only.includes(x.id))) {
    process.stderr.write(`(${s.id}) ${s.title}: warm-up ${warmup} s`);
    if (baseline) await runLoad(baseline.url, connections, warmup, s.body);
    await runLoad(server.url, connections, warmup, s.body);
    results[s.id] = [];
    baselineResults[s.id] = [];
    cpu[s.id] = { baseline: [], mine: [] };
    for (let r = 0; r < runs; r++) {
      if (baseline) {
        const base = await measured(baseline, s.body, cpu[s.id].baseline);
        baselineResults[s.id].push(base);
        process.stderr.write(`, baseline ${r + 1}: ${base.rps.toFixed(0)} req/s p99 ${base.p99.toFixed(1)} ms`);
      }
      const res = baseline ? await measured(server, s.body, cpu[s.id].mine) : await runLoad(server.url, connections, seconds, s.body);
      results[s.id].push(res);
      process.stderr.write(`, run ${r + 1}: ${res.rps.toFixed(0)} req/s p99 ${res.p99.toFixed(1)} ms`);
    }
    process.stderr.write('\n');
  }
} finally {
  await server.stop();
  await baseline?.stop();
  await db.cluster?.stop();
}

const range = (xs: number[], digits = 0) => `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
const lines = [
  `# bench:api — ${new Date().toISOString()}`,
  '',
  `${count.toLocaleString('en')} synthetic facilities (seed 42) + seeded data; server in its own process (NODE_ENV=production); ${connections} keep-alive connections, one request at a time each; warm-up ${warmup} s, then ${runs} runs of ${seconds} s. Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}. Server started as npm start does. Load generator: autocannon on the same machine (HTTP/1.1 keep-alive, no pipelining). No response cache.`,
  db.generatorSeconds !== null ? `Generator: ${count.toLocaleString('en')} facilities in ${db.generatorSeconds.toFixed(1)} s.` : 'Generator: data already present (see an earlier run for its time).',
  '',
  '| query | req/s median (range) | floor | p50 ms | p99 ms median (range) | p99 ≤ 50 ms | errors |',
  '|---|---|---|---|---|---|---|',
  ...scenarios.filter((s) => results[s.id]).map((s) => {
    const r = results[s.id];
    const rps = r.map((x) => x.rps);
    const p99 = r.map((x) => x.p99);
    return `| (${s.id}) ${s.title} | ${range(rps)} | ≥ ${FLOORS[s.id]} ${median(rps) >= FLOORS[s.id] ? 'met' : 'MISSED'} | ${range(r.map((x) => x.p50), 1)} | ${range(p99, 1)} | ${median(p99) <= 50 ? 'met' : 'MISSED'} | ${r.reduce((n, x) => n + x.errors, 0)} |`;
  }),
  '',
];
await mkdir('server/bench-results', { recursive: true });
if (baseline) {
  const compare = [
    `# bench:api side by side — ${new Date().toISOString()}`,
    '',
    `Baseline: the build in ${options.compare}; this: the working tree's build. One database (${count.toLocaleString('en')} synthetic facilities), both servers running, runs alternating (baseline, then this) ${runs} times per query, ${seconds} s each after a ${warmup} s warm-up of each; ${connections} connections. Medians (ranges).`,
    '',
    '| query | baseline req/s | this req/s | this / baseline | baseline p99 ms | this p99 ms | server CPU µs/request, baseline | this | this / baseline | errors (baseline / this) |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...scenarios.filter((s) => results[s.id]).map((s) => {
      const base = baselineResults[s.id];
      const mine = results[s.id];
      const ratio = median(mine.map((x) => x.rps)) / median(base.map((x) => x.rps));
      const c = cpu[s.id];
      const cpuRatio = median(c.mine) / median(c.baseline);
      return `| (${s.id}) ${s.title} | ${range(base.map((x) => x.rps))} | ${range(mine.map((x) => x.rps))} | ${(ratio * 100).toFixed(0)}% | ${range(base.map((x) => x.p99), 1)} | ${range(mine.map((x) => x.p99), 1)} | ${range(c.baseline)} | ${range(c.mine)} | ${(cpuRatio * 100).toFixed(0)}% | ${base.reduce((n, x) => n + x.errors, 0)} / ${mine.reduce((n, x) => n + x.errors, 0)} |`;
    }),
    '',
  ];
  await writeFile('server/bench-results/api-compare.md', compare.join('\n'));
  await writeFile('server/bench-results/api-compare.json', JSON.stringify({ date: new Date().toISOString(), baseline: options.compare, count, connections, seconds, runs, results, baselineResults, cpu }, null, 2));
  process.stdout.write(compare.join('\n'));
}
await writeFile('server/bench-results/api.md', lines.join('\n'));
await writeFile('server/bench-results/api.json', JSON.stringify({ date: new Date().toISOString(), count, connections, seconds, runs, generatorSeconds: db.generatorSeconds, results }, null, 2));
process.stdout.write(lines.join('\n'));
