import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { loadConfig } from '../config.js';
import { ensureDatabase } from '../db/database.js';
import { freePort, startEmbeddedCluster, type EmbeddedCluster } from '../db/embedded.js';
import { createLogger } from '../logger.js';
import { openDatabase } from '../db/database.js';
import { applySeeds } from '../modules/seed/seed.service.js';
import { generateSynthetic } from '../modules/synthetic/synthetic.service.js';
import { ProgressBar } from '../cli/progress.js';

/**
 * The benchmark database: BENCH_DATABASE_URL, or an embedded cluster kept in .data/bench (so the
 * 100,000 synthetic facilities are generated once), migrated, seeded and filled up to `count`.
 * `beforeGenerate` runs after the seeds and before the generator (e.g. importing communes, so the
 * synthetic facilities spread around commune points).
 */
export async function prepareBenchDatabase(
  count: number,
  seed = 42,
  opts: { beforeGenerate?: (pool: pg.Pool) => Promise<void> } = {},
): Promise<{ url: string; cluster?: EmbeddedCluster; generatorSeconds: number | null }> {
  let url = process.env.BENCH_DATABASE_URL;
  let cluster: EmbeddedCluster | undefined;
  if (!url) {
    cluster = await startEmbeddedCluster('.data/bench', { persistent: true });
    await ensureDatabase(cluster.url('postgres'), 'bench');
    url = cluster.url('bench');
  }
  const logger = createLogger({ logLevel: 'warn' });
  const db = await openDatabase(loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn' }, { databaseUrl: url }), logger);
  let generatorSeconds: number | null = null;
  try {
    await applySeeds(db.pools.write, 'seeds', logger);
    await opts.beforeGenerate?.(db.pools.write);
    const have = (await db.pools.write.query(`SELECT count(*)::int AS n FROM facility WHERE code LIKE $1`, [`SYN-${seed}-%`])).rows[0].n;
    if (have < count) {
      const bar = new ProgressBar('synthetic facilities', count);
      await generateSynthetic(db.pools.write, { count, seed, onBatch: (n) => bar.tick(n) });
      generatorSeconds = bar.seconds;
    }
    await db.pools.write.query('VACUUM ANALYZE facility');
  } finally {
    await db.close();
  }
  return { url, cluster, generatorSeconds };
}

/**
 * Rate limits on, as in production, but far above what a benchmark sends: their cost is measured,
 * their refusals are not.
 */
export const BENCH_RATE_LIMITS = {
  HUB_RATE_ANONYMOUS_RPS: '1000000', HUB_RATE_ANONYMOUS_BURST: '1000000', HUB_RATE_KEY_RPS: '1000000', HUB_RATE_KEY_BURST: '1000000',
};

/** Starts the built server (dist) in its own process on a free port; resolves when it answers. */
export async function startServerProcess(databaseUrl: string, opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const port = await freePort();
  // As `npm start` runs it (package.json), with V8's defaults; `cwd` runs another checkout's build.
  const child = spawn(process.execPath, ['dist/server/src/main.js'], {
    cwd: opts.cwd,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), LOG_LEVEL: 'warn', NODE_ENV: 'production', ...BENCH_RATE_LIMITS, ...opts.env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    child,
    stop: () => new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

/** Samples values the benchmark varies: facility codes and points near facilities. */
export async function sampleInputs(url: string): Promise<{ codes: string[]; points: [number, number][] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const codes = (await client.query(`SELECT code FROM facility WHERE NOT is_private ORDER BY md5(code) LIMIT 2000`)).rows.map((r) => r.code);
    const points = (await client.query(`SELECT lat + (random() - 0.5) * 0.2 AS lat, lng + (random() - 0.5) * 0.2 AS lng FROM facility ORDER BY md5(code) LIMIT 2000`))
      .rows.map((r) => [Number(r.lat), Number(r.lng)] as [number, number]);
    return { codes, points };
  } finally {
    await client.end();
  }
}
