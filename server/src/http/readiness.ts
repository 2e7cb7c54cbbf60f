import type { RequestHandler } from 'express';
import type pg from 'pg';
import type { Logger } from '../logger.js';

/** How long /readyz waits for the database before it answers 503. */
const READY_WITHIN_MS = 1000;

/**
 * `GET /readyz`: 200 while the pool can serve a statement within a second, 503 otherwise (the
 * database unreachable, or every connection busy and none freed in time), so a load balancer stops
 * sending requests to an instance that could not answer them.
 */
export function readiness(pool: pg.Pool, logger: Logger): RequestHandler {
  return async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no database answer within ${READY_WITHIN_MS} ms`)), READY_WITHIN_MS);
    });
    try {
      await Promise.race([pool.query('SELECT 1'), timeout]);
      res.json({ status: 'ready' });
    } catch (err) {
      logger.warn({ err: (err as Error).message, waiting: pool.waitingCount, total: pool.totalCount }, 'readiness check failed');
      res.status(503).json({ status: 'not ready', reason: 'database unreachable or every connection busy' });
    } finally {
      clearTimeout(timer);
    }
  };
}
