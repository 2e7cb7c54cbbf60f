import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { ADMIN_KEY } from '../support/app.js';
import { insertFacility } from '../support/fixtures.js';
import { gqlBody, startProductionApp, type AttackedApp } from './attack.js';

/**
 * Concurrent edits beyond the pool's size must never wedge the hub: every transaction holds exactly
 * one connection, waits for a connection are bounded, and the hub reads normally afterwards.
 */
let t: AttackedApp;
beforeAll(async () => {
  t = await startProductionApp({ DATABASE_POOL_SIZE: '5' });
});
afterAll(async () => {
  await t.stop();
});

const database = () => new URL(t.databaseUrl).pathname.slice(1);
const FACILITY = 'id version';
const input = (i: number) => `{ name: "Trung tâm đồng thời ${i}", kind: ELDERLY_CARE, ownership: PUBLIC, provinceCode: "11", location: { lat: 21.39, lng: 103.02, precision: EXACT }, source: { citation: "concurrency test", confidence: ESTIMATE } }`;

async function mutate(query: string) {
  const res = await t.post(gqlBody(query), { key: ADMIN_KEY });
  return res.body as { data?: Record<string, any>; errors?: { extensions: { code: string } }[] };
}

describe('50 concurrent mutations of every kind on a pool of 5', () => {
  it('all answer, none hangs, and the hub reads normally afterwards', async () => {
    const count = async () => (await t.gql('{ facilities(first: 1, filter: { provinceCode: "11" }) { totalCount } }')).data.facilities.totalCount as number;
    const before = await count();
    const targets = await Promise.all(Array.from({ length: 20 }, (_, i) => insertFacility(t.pool, { code: `WEDGE-${i}` })));
    const mutations = [
      ...Array.from({ length: 10 }, (_, i) => `mutation { createFacility(input: ${input(i)}) { ${FACILITY} } }`),
      ...Array.from({ length: 10 }, (_, i) => `mutation { updateFacility(id: "${targets[i]}", expectedVersion: 1, input: { communeCode: null, provinceCode: "11", name: "Đã sửa ${i}" }) { ${FACILITY} } }`),
      ...Array.from({ length: 10 }, (_, i) => `mutation { closeFacility(id: "${targets[10 + i]}", expectedVersion: 1, closedOn: "2025-01-01", reason: "test") { ${FACILITY} } }`),
      ...Array.from({ length: 10 }, (_, i) => `mutation { reportCapacity(facilityId: "${targets[i % 5]}", input: { reportedOn: "2025-0${1 + (i % 9)}-01", places: ${10 + i}, residents: 5, source: { citation: "t", confidence: ESTIMATE } }) { id } }`),
      ...Array.from({ length: 10 }, (_, i) => `mutation { reportIndicator(input: { indicatorCode: "SW_STAFF_TRAINED_SHARE", unitCode: "11", year: 2025, value: ${i}, reportedOn: "2026-01-0${1 + (i % 9)}", citation: "t" }) { value } }`),
    ];
    const started = performance.now();
    const answers = await Promise.all(mutations.map(mutate));
    const seconds = (performance.now() - started) / 1000;
    const codes = answers.map((a) => a.errors?.[0]?.extensions.code ?? 'OK');
    // Creates, closes and capacity reports all succeed; updates and indicator reports may be refused
    // for their own reasons, never for a wedged or exhausted pool.
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('OK'));
    expect(codes.slice(20, 40)).toEqual(Array(20).fill('OK'));
    expect(codes.filter((c) => !['OK', 'VERSION_CONFLICT', 'BAD_USER_INPUT'].includes(c))).toEqual([]);
    expect(seconds).toBeLessThan(30);

    expect(await count()).toBe(before + 20 + 10 - 10); // inserted, created, closed
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
    const stuck = await t.pool.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND state = 'idle in transaction'`, [database()]);
    expect(stuck.rows[0].n).toBe(0);
  });
});

describe('a database that cannot answer', () => {
  it('cancels the statement of a request whose client went away, and frees its connection', async () => {
    const blocker = new pg.Client({ connectionString: t.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE admin_unit IN ACCESS EXCLUSIVE MODE');
      const abort = new AbortController();
      const gone = t.post(gqlBody('{ adminUnits(level: PROVINCE) { code } }'), { signal: abort.signal }).catch(() => 'aborted');
      await waitFor(async () => (await lockWaiters(blocker)) === 1);
      abort.abort();
      expect(await gone).toBe('aborted');
      await waitFor(async () => (await lockWaiters(blocker)) === 0, 2000);
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    const read = await t.gql('{ adminUnits(level: PROVINCE) { code } }');
    expect(read.data.adminUnits).toHaveLength(34);
  });

  it('stops a request past its time budget with REQUEST_TIMEOUT, and one past the statement timeout', async () => {
    const budget = await startProductionApp({ HUB_REQUEST_TIMEOUT_MS: '800', HUB_STATEMENT_TIMEOUT_MS: '30000' });
    const statement = await startProductionApp({ HUB_REQUEST_TIMEOUT_MS: '30000', HUB_STATEMENT_TIMEOUT_MS: '500' }, );
    try {
      for (const app of [budget, statement]) {
        const blocker = new pg.Client({ connectionString: app.databaseUrl });
        await blocker.connect();
        try {
          await blocker.query('BEGIN');
          await blocker.query('LOCK TABLE admin_unit IN ACCESS EXCLUSIVE MODE');
          const started = performance.now();
          const res = await app.post(gqlBody('{ adminUnits(level: PROVINCE) { code } }'));
          expect(performance.now() - started).toBeLessThan(5000);
          expect(res.body.errors[0].extensions.code).toBe('REQUEST_TIMEOUT');
          expect(JSON.stringify(res.body)).not.toMatch(/canceling|statement|lock/i);
          await waitFor(async () => (await lockWaiters(blocker)) === 0, 2000);
        } finally {
          await blocker.query('ROLLBACK');
          await blocker.end();
        }
      }
    } finally {
      await budget.stop();
      await statement.stop();
    }
  });

  it('answers SERVICE_UNAVAILABLE when no connection frees in time, is not ready meanwhile, and recovers', async () => {
    const small = await startProductionApp({ DATABASE_POOL_SIZE: '1', DATABASE_ACQUIRE_TIMEOUT_MS: '300', HUB_REQUEST_TIMEOUT_MS: '4000' });
    const blocker = new pg.Client({ connectionString: small.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE admin_unit IN ACCESS EXCLUSIVE MODE');
      const held = [small.post(gqlBody('{ adminUnits(level: PROVINCE) { code } }'))];
      await waitFor(async () => (await lockWaiters(blocker)) === 1);
      const refused = await small.post(gqlBody('{ facility(code: "x") { name } }'));
      expect(refused.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect((await fetch(`${small.url}/readyz`)).status).toBe(503);
      await blocker.query('ROLLBACK');
      const answers = await Promise.all(held);
      for (const a of answers) expect(a.body.data.adminUnits).toHaveLength(34);
      expect((await fetch(`${small.url}/readyz`)).status).toBe(200);
    } finally {
      await blocker.end();
      await small.stop();
    }
  });
});

describe('heavy requests at once', () => {
  it('wait for each other by cost while cheap requests pass, and a waiting one times out having run nothing', async () => {
    // Capacity below one heavy operation: heavy operations run one at a time.
    const app = await startProductionApp({ HUB_MAX_COST_IN_FLIGHT: '100', HUB_REQUEST_TIMEOUT_MS: '3000' });
    const blocker = new pg.Client({ connectionString: app.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE admin_unit IN ACCESS EXCLUSIVE MODE');
      const heavy = (i: number) => app.post(gqlBody(`{ a${i}: gapAnalysis { rows { need } } }`));
      const first = heavy(1);
      await waitFor(async () => (await lockWaiters(blocker)) === 1);
      const second = heavy(2);
      // The cheap request is answered at once; the second heavy one waits without touching the database.
      const cheap = await app.post(gqlBody('{ facility(code: "x") { name } }'));
      expect(cheap.body).toEqual({ data: { facility: null } });
      expect(await lockWaiters(blocker)).toBe(1);
      // Both run out of time: the first in PostgreSQL (its statement cancelled), the second waiting or
      // just admitted after the first gave its units back.
      const [one, two] = await Promise.all([first, second]);
      expect(one.body.errors[0].extensions.code).toBe('REQUEST_TIMEOUT');
      expect(two.body.errors[0].extensions.code).toBe('REQUEST_TIMEOUT');
      await blocker.query('ROLLBACK');
      const after = await Promise.all([heavy(3), heavy(4)]);
      for (const res of after) expect(res.body.errors).toBeUndefined();
    } finally {
      await blocker.end();
      await app.stop();
    }
  });
});

/** Statements of other sessions waiting for the blocker's lock. */
async function lockWaiters(blocker: pg.Client): Promise<number> {
  const res = await blocker.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database() AND pid <> pg_backend_pid()`);
  return res.rows[0].n;
}

async function waitFor(check: () => Promise<boolean>, withinMs = 5000): Promise<void> {
  const until = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`condition not met within ${withinMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
