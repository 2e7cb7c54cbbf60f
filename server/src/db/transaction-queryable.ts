import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';
import type { Queryable } from './sql.js';

/**
 * Statements with `$n` parameters run on the unit of work's own connection: inside
 * `em.transactional`, the transaction's. Code shared by the ORM's writers and the pool readers
 * (such as resolving a place from codes) must never take a second pooled connection inside a
 * transaction: with every connection held by a transaction waiting for another, the pool wedges.
 */
export function transactionQueryable(em: EntityManager): Queryable {
  const sqlEm = em as unknown as SqlEntityManager;
  return {
    async query<R extends pg.QueryResultRow = any>(text: string | pg.QueryConfig, values: unknown[] = []): Promise<pg.QueryResult<R>> {
      const sql = typeof text === 'string' ? text : text.text;
      const params = typeof text === 'string' ? values : ((text.values as unknown[]) ?? []);
      const ordered: unknown[] = [];
      const positional = sql.replace(/\$(\d+)/g, (_, n: string) => {
        ordered.push(params[Number(n) - 1]);
        return '?';
      });
      const rows = (await sqlEm.execute(positional, ordered)) as R[];
      return { rows, rowCount: rows.length } as pg.QueryResult<R>;
    },
  };
}
