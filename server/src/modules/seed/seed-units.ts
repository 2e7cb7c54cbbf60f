import type pg from 'pg';
import { validOn } from '../admin-unit/admin-unit.repository.js';

/** Id of the unit with `code` valid on `date`; a seed naming an unknown unit is a bug, so it throws. */
export async function unitIdAt(client: pg.PoolClient, code: string, date: string, what: string): Promise<number> {
  const res = await client.query(`SELECT u.id FROM admin_unit u WHERE u.code = $1 AND ${validOn(2)} ORDER BY u.level LIMIT 1`, [code, date]);
  if (!res.rowCount) throw new Error(`seed ${what}: no unit with code ${code} on ${date}`);
  return res.rows[0].id;
}
