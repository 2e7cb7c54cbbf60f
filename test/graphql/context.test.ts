import { describe, expect, it } from '@jest/globals';
import type { EntityManager } from '@mikro-orm/core';
import type { StatementCanceller } from '../../server/src/db/request-db.js';
import type { Pools } from '../../server/src/db/sql.js';
import { createContext } from '../../server/src/graphql/context.js';
import { createLogger } from '../../server/src/logger.js';

/**
 * The request context forks a unit of work only when a resolver uses it. Apollo copies the
 * context's own properties into a per-operation clone (Object.assign onto the same prototype), so
 * `em` must not be an own getter: copying would fork an EntityManager for every read.
 */
function fakeRoot() {
  const forks: object[] = [];
  const root = { fork: () => { const em = { id: forks.length }; forks.push(em); return em; } };
  return { root: root as unknown as EntityManager, forks };
}
const pools = { read: {}, write: {} } as unknown as Pools;
const canceller = {} as unknown as StatementCanceller;
const lifetime = { signal: new AbortController().signal, afterResponse: () => undefined };
const logger = createLogger({ logLevel: 'silent' });

describe('request context', () => {
  it('is cloned the way Apollo clones it without forking a unit of work', () => {
    const { root, forks } = fakeRoot();
    const context = createContext({ em: root, pools, canceller, logger, adminApiKey: 'k' }, { authorization: 'Bearer k', lifetime });
    const clone = Object.assign(Object.create(Object.getPrototypeOf(context)), context);
    expect(forks).toHaveLength(0);
    expect(clone.viewer).toEqual({ canEdit: true });
    expect(clone.pools).toBe(context.pools);
    expect(clone.pools.read.pool).toBe(pools.read);
    expect(clone.loaders).toBe(context.loaders);
  });

  it('forks once, on first use, and keeps that unit of work for the request', () => {
    const { root, forks } = fakeRoot();
    const context = createContext({ em: root, pools, canceller, logger }, { lifetime });
    const first = context.em;
    expect(context.em).toBe(first);
    expect(forks).toEqual([first]);
    expect(context.viewer).toEqual({ canEdit: false });
  });
});
