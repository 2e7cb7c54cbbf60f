import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { ImportCounts, ImportKind, ImportProblem, ImportReport } from './import.report.js';
import { sortProblems } from './import.report.js';
import { ImportInterruptedError } from './import.errors.js';

/** Reports progress of the writing phase: `done` of `total` rows. */
export type Progress = (done: number, total: number) => void;

/** The parts of one importer; `runImport` puts them in one transaction. */
export interface Importer<R> {
  kind: ImportKind;
  /** Reads the file: rows that parsed, and the problems of those that did not. No database. */
  parse(text: string): { rows: R[]; total: number; problems: ImportProblem[]; notes?: string[] };
  /** Checks rows against the database (codes of units, existing records), adding problems and notes. */
  resolve(db: pg.PoolClient, rows: R[], problems: ImportProblem[], notes: string[]): Promise<void>;
  /** What writing would do, for a dry run; absent when only writing can tell. */
  preview?(rows: R[]): ImportCounts & { changes: string[] };
  /** Writes the rows. Only called when no row has a problem. */
  write(db: pg.PoolClient, rows: R[], progress: Progress): Promise<ImportCounts & { changes?: string[] }>;
}

export interface ImportOptions {
  /** File name as shown in messages and recorded in `import_run`. */
  file: string;
  dryRun?: boolean;
  onProgress?: Progress;
  /** Aborting it ends the import's database session: PostgreSQL rolls the transaction back. */
  signal?: AbortSignal;
  /** Called when another import of the same kind holds the lock and this one waits for it. */
  onLockWait?: () => void;
}

/**
 * Runs an importer on a file's text: all or nothing in one transaction (read-only for a dry run),
 * one import of a kind at a time. A file with any problem is rejected whole and every problem is
 * reported; an applied run is recorded in `import_run`. An abort of `opts.signal` terminates the
 * session (whatever statement it runs or waits on), so nothing is written, and throws
 * ImportInterruptedError.
 */
export async function runImport<R>(pool: pg.Pool, importer: Importer<R>, text: string, opts: ImportOptions): Promise<ImportReport> {
  const started = Date.now();
  const dryRun = opts.dryRun ?? false;
  const { rows, total, problems, notes = [] } = importer.parse(text);
  const report = (status: ImportReport['status'], counts: ImportCounts, changes: string[] = []): ImportReport => ({
    kind: importer.kind, file: opts.file, rows: total, dryRun, status,
    problems: sortProblems(problems), notes, changes, ...counts, millis: Date.now() - started,
  });
  const none = { inserted: 0, updated: 0, unchanged: 0 };
  const interrupted = () => new ImportInterruptedError(String(opts.signal?.reason ?? 'aborted'));
  if (opts.signal?.aborted) throw interrupted();
  const client = await pool.connect();
  const backendPid: number = (await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
  const terminate = () => void pool.query('SELECT pg_terminate_backend($1)', [backendPid]).catch(() => undefined);
  opts.signal?.addEventListener('abort', terminate, { once: true });
  try {
    if (opts.signal?.aborted) throw interrupted();
    await client.query(dryRun ? 'BEGIN READ ONLY' : 'BEGIN');
    const lockKey = `hub-import-${importer.kind}`;
    const locked = (await client.query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS ok', [lockKey])).rows[0].ok;
    if (!locked) {
      opts.onLockWait?.();
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockKey]);
    }
    await importer.resolve(client, rows, problems, notes);
    if (problems.length || dryRun) {
      await client.query('ROLLBACK');
      if (problems.length) return report('rejected', none);
      const preview = importer.preview?.(rows);
      return report('checked', preview ?? none, preview?.changes);
    }
    const counts = await importer.write(client, rows, opts.onProgress ?? (() => undefined));
    const result = { inserted: counts.inserted, updated: counts.updated, unchanged: counts.unchanged };
    await client.query(
      `INSERT INTO import_run (kind, file_name, checksum, rows, inserted, updated, unchanged) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [importer.kind, opts.file, createHash('sha256').update(text).digest('hex'), rows.length, result.inserted, result.updated, result.unchanged],
    );
    // From here the import completes: a later signal no longer ends the session.
    opts.signal?.removeEventListener('abort', terminate);
    if (opts.signal?.aborted) throw interrupted();
    await client.query('COMMIT');
    // Fresh statistics at once: until autovacuum comes by, plans over thousands of new rows (communes,
    // facilities) can be slow enough to pass the server's statement timeout.
    if (result.inserted + result.updated) await client.query('ANALYZE');
    return report(result.inserted + result.updated ? 'applied' : 'unchanged', result, counts.changes);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw opts.signal?.aborted ? interrupted() : error;
  } finally {
    opts.signal?.removeEventListener('abort', terminate);
    // A terminated session is discarded, not returned to the pool.
    client.release(opts.signal?.aborted ? true : undefined);
  }
}
