import DataLoader from 'dataloader';
import type { Queryable } from '../../db/sql.js';
import type { OrganizationKind } from '../common/enums.js';

export interface OrganizationRecord { id: number; name: string; kind: OrganizationKind }

/** Per-request loader of organisations by id. */
export function createOrganizationLoaders(db: Queryable) {
  return {
    organizationById: new DataLoader<number, OrganizationRecord | null>(async (ids) => {
      const res = await db.query('SELECT id, name, kind FROM organization WHERE id = ANY($1::int[])', [ids]);
      const byId = new Map<number, OrganizationRecord>(res.rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
