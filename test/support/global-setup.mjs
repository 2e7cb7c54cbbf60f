import { mkdtemp, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/core';
// Jest loads global setup outside its ESM transform: it uses the compiled server (`pretest` builds it).
import { startEmbeddedCluster } from '../../dist/server/src/db/embedded.js';
import { ormOptions } from '../../dist/server/src/db/orm.config.js';
import { applySeeds } from '../../dist/server/src/modules/seed/seed.service.js';
import { createLogger } from '../../dist/server/src/logger.js';

/**
 * One PostgreSQL per test run: DATABASE_URL's server when set, else a throwaway embedded cluster.
 * A template database is migrated and seeded once; each test file clones it (test/support/app.ts).
 */
export default async function globalSetup() {
  let serverUrl;
  if (process.env.DATABASE_URL) {
    serverUrl = process.env.DATABASE_URL;
  } else {
    const dir = await mkdtemp(path.join(tmpdir(), 'hub-test-'));
    await chmod(dir, 0o755);
    const cluster = await startEmbeddedCluster(path.join(dir, 'pg'), { persistent: false });
    globalThis.__HUB_CLUSTER__ = cluster;
    serverUrl = cluster.url('postgres');
  }
  const template = `hub_tpl_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${template}`;
  const orm = await MikroORM.init(ormOptions(url.toString()));
  await orm.migrator.up();
  await orm.close(true);
  const pool = new pg.Pool({ connectionString: url.toString() });
  await applySeeds(pool, 'seeds', createLogger({ logLevel: 'silent' }));
  await pool.end();
  process.env.HUB_TEST_SERVER_URL = serverUrl;
  process.env.HUB_TEST_TEMPLATE = template;
  globalThis.__HUB_TEMPLATE__ = { serverUrl, template };
}
