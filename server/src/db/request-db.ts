import pg from 'pg';
import { RequestStoppedError, ServiceUnavailableError } from '../modules/common/errors.js';

/** What the read paths need of a database: a query, and a client for a transaction. */
export interface Db {
  query<R extends pg.QueryResultRow = any>(text: string | pg.QueryConfig, values?: unknown[]): Promise<pg.QueryResult<R>>;
  connect(): Promise<pg.PoolClient>;
}

/** The backend process id of each pooled connection, read once per connection. */
const backendPids = new WeakMap<pg.PoolClient, number>();

/**
 * pg's Client keeps the backend's process id from the connection handshake in `processID` (a
 * public field @types/pg does not declare); a driver without it is asked once per connection.
 */
async function backendPid(client: pg.PoolClient): Promise<number> {
  const known = (client as unknown as { processID?: number | null }).processID;
  if (typeof known === 'number') return known;
  let pid = backendPids.get(client);
  if (pid === undefined) {
    pid = (await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
    backendPids.set(client, pid);
  }
  return pid;
}

/**
 * Cancels statements of other connections (`pg_cancel_backend`) through a pool of its own, so a
 * cancellation never waits behind the requests it is meant to stop.
 */
export class StatementCanceller {
  private readonly pool: pg.Pool;
  constructor(connectionString: string) {
    this.pool = new pg.Pool({ connectionString, max: 2, connectionTimeoutMillis: 2000, idleTimeoutMillis: 5000 });
    this.pool.on('error', () => undefined); // a dropped idle connection is replaced at next use
  }

  async cancel(pid: number): Promise<void> {
    await this.pool.query('SELECT pg_cancel_backend($1)', [pid]).catch(() => undefined);
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

/** pg-pool's message when no connection could be had in `connectionTimeoutMillis`. */
function isAcquireTimeout(error: unknown): boolean {
  return error instanceof Error && /timeout exceeded when trying to connect/i.test(error.message);
}

/**
 * A pool as one request sees it. When the request stops (its client went away or its time budget
 * ran out: `signal` aborts), the statement it is running is cancelled in PostgreSQL and every later
 * query fails at once, so its connection goes back to the pool. The connection is released only
 * after the cancellation has been delivered, so it can never reach a statement of another request.
 */
export class RequestDb implements Db {
  /** Connections running this request's statements, and their cancellations once it stopped. */
  private running: Set<pg.PoolClient> | undefined; // created at the first statement
  private cancelling: Map<pg.PoolClient, Promise<void>> | undefined; // created if the request stops
  private listening = false;

  constructor(
    readonly pool: pg.Pool,
    private readonly signal: AbortSignal,
    private readonly canceller: StatementCanceller,
  ) {}

  async query<R extends pg.QueryResultRow = any>(text: string | pg.QueryConfig, values?: unknown[]): Promise<pg.QueryResult<R>> {
    const client = await this.connect(); // refuses at once if the request has stopped
    let failure: unknown;
    try {
      this.watch();
      (this.running ??= new Set()).add(client);
      return await client.query<R>(text as pg.QueryConfig, values);
    } catch (error) {
      failure = error;
      this.stopIfAborted();
      throw error;
    } finally {
      this.running?.delete(client);
      const cancelled = this.cancelling?.get(client);
      if (cancelled) {
        this.cancelling!.delete(client);
        await cancelled;
      }
      // An error PostgreSQL answered leaves the connection usable; any other (a broken socket) ends it.
      client.release(failure === undefined || failure instanceof pg.DatabaseError ? undefined : (failure as Error));
    }
  }

  /** One abort listener per request, added at its first statement. */
  private watch(): void {
    if (this.listening) return;
    this.listening = true;
    this.signal.addEventListener('abort', () => {
      for (const client of this.running ?? []) {
        (this.cancelling ??= new Map()).set(client, backendPid(client).then((pid) => this.canceller.cancel(pid)));
      }
    }, { once: true });
  }

  /** A client for a transaction (the caller releases it); waits no longer than the pool's timeout. */
  async connect(): Promise<pg.PoolClient> {
    this.stopIfAborted();
    try {
      return await this.pool.connect();
    } catch (error) {
      if (isAcquireTimeout(error)) throw new ServiceUnavailableError();
      throw error;
    }
  }

  private stopIfAborted(): void {
    if (this.signal.aborted) throw new RequestStoppedError(String(this.signal.reason ?? 'stopped'));
  }
}
