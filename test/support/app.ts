import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createApp, type App } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import type { Logger } from '../../server/src/logger.js';

export const ADMIN_KEY = 'test-admin-key-0123456789';

export interface GqlResult<T = any> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export interface TestApp {
  app: App;
  url: string;
  databaseUrl: string;
  /** A pool on this test's own database, for fixtures and before/after comparisons. */
  pool: pg.Pool;
  gql<T = any>(query: string, variables?: Record<string, unknown>, opts?: { key?: string }): Promise<GqlResult<T>>;
  stop(): Promise<void>;
}

/** Rate limits far above what any test sends; test/runtime/rate-limit.test.ts sets its own. */
export const UNLIMITED = {
  HUB_RATE_ANONYMOUS_RPS: '1000000', HUB_RATE_ANONYMOUS_BURST: '1000000',
  HUB_RATE_KEY_RPS: '1000000', HUB_RATE_KEY_BURST: '1000000', HUB_RATE_AUTH_FAILURES: '1000000',
};

function serverUrlFor(database: string): string {
  const url = new URL(process.env.HUB_TEST_SERVER_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Clones the migrated, seeded template into a database of this test file's own. */
export async function createTestDatabase(): Promise<string> {
  const template = process.env.HUB_TEST_TEMPLATE!;
  const name = `hub_t_${template.replace(/^hub_tpl_/, '')}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: process.env.HUB_TEST_SERVER_URL });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        break;
      } catch (error: any) {
        // Two workers cloning at once: "source database is being accessed by other users".
        if (error.code !== '55006' || attempt > 50) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
  return serverUrlFor(name);
}

/** Starts the real app (HTTP, GraphQL, PostgreSQL) on a fresh database (or `databaseUrl`'s) and a free port. */
export async function startTestApp(env: Record<string, string> = {}, opts: { databaseUrl?: string; logger?: Logger } = {}): Promise<TestApp> {
  const databaseUrl = opts.databaseUrl ?? (await createTestDatabase());
  const config = loadConfig({ NODE_ENV: 'test', ADMIN_API_KEY: ADMIN_KEY, ...UNLIMITED, ...env }, { port: 0, databaseUrl });
  const app = await createApp(config, opts.logger);
  await app.start();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  return {
    app,
    url: app.url,
    databaseUrl,
    pool,
    async gql(query, variables, opts = {}) {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(opts.key ? { authorization: `Bearer ${opts.key}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlResult;
    },
    // The database itself is dropped by the global teardown, once no worker holds a connection:
    // dropping it here WITH (FORCE) would kill connections a pool may still be closing.
    async stop() {
      await pool.end();
      await app.stop();
    },
  };
}
