import DataLoader from 'dataloader';
import type { Queryable } from '../../db/sql.js';
import { findLinkedUnits, findUnitsByIds, type AdminUnitRecord } from './admin-unit.repository.js';

/** Per-request loaders of administrative units: one query per batch, whatever the page size. */
export function createAdminUnitLoaders(db: Queryable) {
  const linked = (direction: 'predecessors' | 'successors') =>
    new DataLoader<number, AdminUnitRecord[]>(async (ids) => {
      const rows = await findLinkedUnits(db, ids, direction);
      return ids.map((id) => rows.filter((r) => r.ofId === id));
    });
  return {
    unitById: new DataLoader<number, AdminUnitRecord | null>(async (ids) => {
      const rows = await findUnitsByIds(db, ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    predecessorsOf: linked('predecessors'),
    successorsOf: linked('successors'),
  };
}
