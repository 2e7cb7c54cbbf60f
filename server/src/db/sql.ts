import pg from 'pg';

/** Native pools behind the ORM: `write` is the primary, `read` a replica when one is configured. */
export interface Pools {
  read: pg.Pool;
  write: pg.Pool;
}

/** Anything that runs a statement: a pool, a request's view of one (RequestDb), a client in a transaction. */
export interface Queryable {
  query<R extends pg.QueryResultRow = any>(text: string | pg.QueryConfig, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

/** Anything that lends a client for a transaction. */
export interface Connectable {
  connect(): Promise<pg.PoolClient>;
}

/** Runs `fn` in one transaction on a client of `pool`; rolls back on any error. */
export async function inTransaction<T>(pool: Connectable, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * A LIMIT written into a prepared statement's text instead of passed as a parameter. With a
 * parameter the planner cannot estimate the row count (it assumes 10% of the table), so the
 * generic plan looks dearer than re-planning and PostgreSQL plans the statement again at every
 * execution (about 0.6 ms for a page of 50 with its relations). Page sizes are bounded, so the
 * number of distinct texts stays small.
 */
export function limitLiteral(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0 || n > 10_000) throw new RangeError(`LIMIT ${n} is not a page size`);
  return String(n);
}

/** Statement names by text, so the hot read paths do not hash the same text at every request. */
const names = new Map<string, string>();

/**
 * A named (prepared) statement: PostgreSQL plans it once per connection instead of at every call.
 * The name is a hash of the text, so each distinct text gets its own statement.
 */
export function prepared(text: string, values: unknown[]): pg.QueryConfig {
  let name = names.get(text);
  if (name === undefined) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    name = `hub_${(h >>> 0).toString(36)}_${text.length}`;
    if (names.size >= 5000) names.clear();
    names.set(text, name);
  }
  return { name, text, values };
}
