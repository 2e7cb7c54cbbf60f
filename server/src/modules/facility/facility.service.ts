import type { Queryable } from '../../db/sql.js';
import { BadUserInputError } from '../common/errors.js';
import type { FacilityFilter, FacilityOrder } from './facility.filter.js';
import type { FacilityConnection } from './facility.connection.js';
import { countFacilities, listFacilities } from './facility.list.js';
import { findFacilityBy, type FacilityRecord, type Viewer } from './facility.repository.js';

export const MAX_PAGE = 100;

/** Reads of the registry: lookups and pages, with the caller's rights applied. */
export class FacilityReader {
  constructor(private readonly db: Queryable, private readonly viewer: Viewer) {}

  async get(args: { id?: string | null; code?: string | null }): Promise<FacilityRecord | null> {
    const hasId = args.id != null;
    const hasCode = args.code != null;
    if (hasId === hasCode) {
      throw new BadUserInputError([{ path: hasId ? 'code' : 'id', message: 'give exactly one of id and code' }]);
    }
    if (hasId) {
      const id = Number(args.id);
      if (!Number.isSafeInteger(id) || id <= 0 || id > 2147483647 || String(id) !== args.id) return null;
      return findFacilityBy(this.db, { id }, this.viewer);
    }
    return findFacilityBy(this.db, { code: args.code! }, this.viewer);
  }

  async page(args: { filter?: FacilityFilter | null; first: number; after?: string | null; orderBy?: FacilityOrder | null }): Promise<FacilityConnection> {
    if (!Number.isInteger(args.first) || args.first < 0 || args.first > MAX_PAGE) {
      throw new BadUserInputError([{ path: 'first', message: `must be from 0 to ${MAX_PAGE}` }]);
    }
    if (args.filter?.search != null && args.filter.search.length > 200) {
      throw new BadUserInputError([{ path: 'filter.search', message: 'must be at most 200 characters' }]);
    }
    const page = await listFacilities(this.db, args, this.viewer);
    return {
      edges: page.rows,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.rows.at(-1)?.cursor ?? null },
      count: () => countFacilities(this.db, args.filter, this.viewer),
    };
  }
}
