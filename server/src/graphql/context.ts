import { timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { RequestDb, type StatementCanceller } from '../db/request-db.js';
import type { Pools } from '../db/sql.js';
import type { RequestLifetime } from '../http/request-signal.js';
import type { Logger } from '../logger.js';
import { createLoaders, type Loaders } from '../modules/loaders.js';
import type { Viewer } from '../modules/facility/facility.repository.js';

/** Everything a resolver may use, created fresh for each request (one unit of work, fresh loaders). */
export interface HubContext {
  em: EntityManager;
  /** The pools as this request sees them: its statements are cancelled when the request stops. */
  pools: RequestPools;
  loaders: Loaders;
  viewer: Viewer;
  logger: Logger;
  /** The request's life: its stop signal, and what to do once it is answered. */
  lifetime: RequestLifetime;
}

export interface RequestPools {
  read: RequestDb;
  write: RequestDb;
}

/** What every request's context is made from. */
export interface ContextDeps {
  em: EntityManager;
  pools: Pools;
  canceller: StatementCanceller;
  logger: Logger;
  adminApiKey?: string;
}

/** True when the Authorization header carries the admin key (constant-time comparison). */
export function hasAdminKey(header: string | undefined, adminApiKey: string | undefined): boolean {
  if (!adminApiKey || !header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice('Bearer '.length).trim());
  const expected = Buffer.from(adminApiKey);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * A request's context. The unit of work is forked on first use (only mutations use the ORM; reads go
 * through the pools). `em` is a getter on the prototype, not an own property: Apollo copies the
 * context's own properties into a per-operation clone (Object.assign), which would otherwise call
 * the getter and fork an EntityManager for every request.
 */
class RequestContext implements HubContext {
  private forkedEm: EntityManager | undefined;
  readonly loaders: Loaders;
  readonly pools: RequestPools;
  constructor(
    private readonly rootEm: EntityManager,
    pools: RequestPools,
    readonly viewer: Viewer,
    readonly logger: Logger,
    readonly lifetime: RequestLifetime,
  ) {
    this.pools = pools;
    this.loaders = createLoaders(pools.read);
  }

  get em(): EntityManager {
    return (this.forkedEm ??= this.rootEm.fork());
  }
}

/**
 * A request's context. `signal` aborts when the request stops (client gone, time budget spent): the
 * request's statements are then cancelled in PostgreSQL.
 */
export function createContext(deps: ContextDeps, request: { authorization?: string; lifetime: RequestLifetime }): HubContext {
  const viewer: Viewer = { canEdit: hasAdminKey(request.authorization, deps.adminApiKey) };
  const { signal } = request.lifetime;
  const pools: RequestPools = {
    read: new RequestDb(deps.pools.read, signal, deps.canceller),
    write: new RequestDb(deps.pools.write, signal, deps.canceller),
  };
  return new RequestContext(deps.em, pools, viewer, deps.logger, request.lifetime);
}
