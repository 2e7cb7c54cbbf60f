import type pg from 'pg';

/**
 * `facility_operating_period` is refreshed by statement triggers, once per statement (migrations
 * 000005 and 000006). A bulk writer that writes each facility several times (the facility, then its
 * reports, then its current places) can instead collect what its statements touch and refresh it once
 * per batch, with the same SQL function as the triggers. The deferral is local to the transaction:
 * the writer's rows are invisible to others until it commits, and it commits only after the last refresh.
 */
export interface DeferredPeriods {
  /** Refreshes the periods of every facility the transaction touched since the last call; returns how many. */
  refresh(): Promise<number>;
}

/**
 * Runs `fn` in the transaction of `client` with the refresh of operating periods deferred, refreshes
 * what is still pending when it returns, and ends the deferral (the rest of the transaction refreshes at
 * once again). On an error the caller's transaction must roll back, as `inTransaction` does.
 */
export async function withDeferredOperatingPeriods<T>(client: pg.PoolClient, fn: (periods: DeferredPeriods) => Promise<T>): Promise<T> {
  await client.query('SELECT hub_defer_operating_periods()');
  const refresh = async () => (await client.query<{ n: number }>('SELECT hub_refresh_pending_operating_periods() AS n')).rows[0].n;
  const result = await fn({ refresh });
  await client.query('SELECT hub_refresh_pending_operating_periods(true)');
  return result;
}
