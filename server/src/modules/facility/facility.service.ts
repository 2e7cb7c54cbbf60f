import type { Queryable } from '../../db/sql.js';
import { BadUserInputError } from '../common/errors.js';
import type { FacilityFilter, FacilityOrder } from './facility.filter.js';
import type { FacilityConnection } from './facility.connection.js';
import { countFacilities, listFacilities } from './facility.list.js';
import { nearestFacilities } from './facility.near.js';
import { findFacilityBy, type FacilityRecord, type Viewer } from './facility.repository.js';
import type { FacilityReadPlan } from './facility.read-plan.js';

export const MAX_PAGE = 100;

/** Reads of the registry: lookups and pages, with the caller's rights applied. */
export class FacilityReader {
  constructor(private readonly db: Queryable, private readonly viewer: Viewer) {}

  async get(args: { id?: string | null; code?: string | null }, plan: FacilityReadPlan): Promise<FacilityRecord | null> {
    const hasId = args.id != null;
    const hasCode = args.code != null;
    if (hasId === hasCode) {
      throw new BadUserInputError([{ path: hasId ? 'code' : 'id', message: 'give exactly one of id and code' }]);
    }
    if (hasId) {
      const id = Number(args.id);
      if (!Number.isSafeInteger(id) || id <= 0 || id > 2147483647 || String(id) !== args.id) return null;
      return findFacilityBy(this.db, { id }, this.viewer, plan);
    }
    return findFacilityBy(this.db, { code: args.code! }, this.viewer, plan);
  }

  async page(args: { filter?: FacilityFilter | null; first: number; after?: string | null; orderBy?: FacilityOrder | null }, plan: FacilityReadPlan): Promise<FacilityConnection> {
    if (!Number.isInteger(args.first) || args.first < 0 || args.first > MAX_PAGE) {
      throw new BadUserInputError([{ path: 'first', message: `must be from 0 to ${MAX_PAGE}` }]);
    }
    this.checkSearch(args.filter);
    const page = await listFacilities(this.db, args, this.viewer, plan);
    return {
      edges: page.rows,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        endCursor: page.rows.at(-1)?.cursor ?? null,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: page.rows[0]?.cursor ?? null,
      },
      count: () => countFacilities(this.db, args.filter, this.viewer),
    };
  }

  async near(args: { lat: number; lng: number; radiusKm?: number | null; first: number; filter?: FacilityFilter | null }, plan: FacilityReadPlan) {
    const errors: { path: string; message: string }[] = [];
    if (!Number.isFinite(args.lat) || args.lat < -90 || args.lat > 90) errors.push({ path: 'lat', message: 'must be a latitude from -90 to 90' });
    if (!Number.isFinite(args.lng) || args.lng < -180 || args.lng > 180) errors.push({ path: 'lng', message: 'must be a longitude from -180 to 180' });
    if (args.radiusKm != null && !(args.radiusKm > 0 && args.radiusKm <= 2000)) errors.push({ path: 'radiusKm', message: 'must be more than 0 and at most 2000' });
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE) errors.push({ path: 'first', message: `must be from 1 to ${MAX_PAGE}` });
    if (errors.length) throw new BadUserInputError(errors);
    this.checkSearch(args.filter);
    return nearestFacilities(this.db, args, this.viewer, plan);
  }

  private checkSearch(filter: FacilityFilter | null | undefined): void {
    const search = filter?.search;
    if (search != null && (search.length > 200 || search.includes('\u0000'))) {
      throw new BadUserInputError([{ path: 'filter.search', message: 'must be at most 200 characters, without NUL' }]);
    }
  }
}
