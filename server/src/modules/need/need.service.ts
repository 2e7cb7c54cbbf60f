import type { Queryable } from '../../db/sql.js';
import { findLineageIds } from '../admin-unit/admin-unit.lineage.js';
import { todayInVietnam } from '../common/scalars.js';
import { findNeedsOfUnits, type NeedRecord } from './need.repository.js';

/** Reads of need statistics. */
export class NeedReader {
  constructor(private readonly db: Queryable) {}

  /** Needs of the unit having `unitCode` on `asOf` (default today) and of every unit it replaced. */
  async needs(unitCode: string, asOf?: string | null): Promise<NeedRecord[]> {
    const lineage = await findLineageIds(this.db, unitCode, asOf ?? todayInVietnam());
    return lineage.length ? findNeedsOfUnits(this.db, lineage) : [];
  }
}
