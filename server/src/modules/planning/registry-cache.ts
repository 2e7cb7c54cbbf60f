import { RequestDb, type Db } from '../../db/request-db.js';
import type { Queryable } from '../../db/sql.js';
import { findRegistryCells, type CellFilter, type RegistryCell } from './registry-cells.js';

/**
 * Registry cells kept between requests while the registry has not changed, per pool (that is, per
 * database). Every transaction that writes facilities, capacity reports or status changes leaves
 * one row in `registry_change` (statement triggers, migration 000004); the count and the sum of the
 * ids a snapshot sees name the registry writes it sees. A request reads that version (one small
 * statement); cells computed in a snapshot with the same version are reused, others are read again
 * in one REPEATABLE READ transaction together with the version they belong to. A write therefore
 * shows in the next request, never later. Cells are only aggregates of provinces or more.
 */

const MAX_ENTRIES = 12;

interface Entry {
  version: string;
  cells: Promise<RegistryCell[]>;
}

/** Cells per pool (a request's view of a pool shares its pool's cache). */
const caches = new WeakMap<object, Map<string, Entry>>();

const VERSION = `SELECT count(*) || ':' || coalesce(sum(id), 0) AS version FROM registry_change`;

async function readVersion(db: Queryable): Promise<string> {
  return (await db.query(VERSION)).rows[0].version;
}

/** The cells and the version they were read at, in one snapshot. */
async function readCells(pool: Db, dates: readonly string[], filter: CellFilter | null, firstPlanYear: number): Promise<{ version: string; cells: RegistryCell[] }> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    // Enough memory for the planner to group in a hash table rather than sort 100,000 rows.
    await client.query(`SET LOCAL work_mem = '32MB'`);
    const version = await readVersion(client);
    const cells = await findRegistryCells(client, dates, filter, firstPlanYear);
    await client.query('COMMIT');
    return { version, cells };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** findRegistryCells, reused while the registry is unchanged; concurrent requests share one read. */
export async function cachedRegistryCells(pool: Db, dates: readonly string[], filter: CellFilter | null, firstPlanYear: number): Promise<RegistryCell[]> {
  const owner = pool instanceof RequestDb ? pool.pool : pool;
  let cache = caches.get(owner);
  if (!cache) caches.set(owner, (cache = new Map()));
  const key = JSON.stringify([dates, filter, firstPlanYear]);
  const version = await readVersion(pool);
  const found = cache.get(key);
  if (found?.version === version) {
    cache.delete(key);
    cache.set(key, found); // most recently used last
    return found.cells;
  }
  const read = readCells(pool, dates, filter, firstPlanYear);
  // Requests arriving meanwhile with the same version wait for this read; a failed read is forgotten.
  const entry: Entry = { version, cells: read.then((r) => r.cells) };
  cache.delete(key);
  cache.set(key, entry);
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  try {
    const result = await read;
    // Stored under the version of the snapshot the cells were read in (a write may have come in between).
    if (result.version !== version && cache.get(key) === entry) cache.set(key, { version: result.version, cells: entry.cells });
    return result.cells;
  } catch (error) {
    if (cache.get(key) === entry) cache.delete(key);
    throw error;
  }
}
