import { timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Pools } from '../db/sql.js';
import type { Logger } from '../logger.js';
import { createLoaders, type Loaders } from '../modules/loaders.js';
import type { Viewer } from '../modules/facility/facility.repository.js';

/** Everything a resolver may use, created fresh for each request (one unit of work, fresh loaders). */
export interface HubContext {
  em: EntityManager;
  pools: Pools;
  loaders: Loaders;
  viewer: Viewer;
  logger: Logger;
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
  constructor(
    private readonly rootEm: EntityManager,
    readonly pools: Pools,
    readonly viewer: Viewer,
    readonly logger: Logger,
  ) {
    this.loaders = createLoaders(pools.read);
  }

  get em(): EntityManager {
    return (this.forkedEm ??= this.rootEm.fork());
  }
}

export function createContext(deps: { em: EntityManager; pools: Pools; logger: Logger; adminApiKey?: string }, authorization?: string): HubContext {
  const viewer: Viewer = { canEdit: hasAdminKey(authorization, deps.adminApiKey) };
  return new RequestContext(deps.em, deps.pools, viewer, deps.logger);
}
