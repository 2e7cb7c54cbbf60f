import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import type { Logger } from '../../logger.js';
import { inTransaction } from '../../db/sql.js';
import { seedAdminUnits } from './admin-units.seed.js';
import { seedFacilities } from './facilities.seed.js';
import { seedIndicators } from './indicators.seed.js';
import { seedNeeds } from './needs.seed.js';
import { seedPlans } from './plans.seed.js';

/** A named, versioned set of seed files applied at most once (recorded in `seed_version`). */
export interface SeedSet {
  name: string;
  files: string[];
  apply(client: pg.PoolClient, data: unknown[]): Promise<string>;
}

/**
 * Seed sets in the order they apply. A set is applied once; a restart never re-applies it, so what
 * users edited is never overwritten. A changed seed file gets a new set name (`@2`), whose inserts
 * skip records that already exist.
 */
export const SEED_SETS: SeedSet[] = [
  { name: 'admin-units/provinces@1', files: ['admin-units/provinces-legacy-63.json', 'admin-units/provinces-current-34.json'], apply: seedAdminUnits },
  { name: 'facilities/documented@1', files: ['facilities.json'], apply: seedFacilities },
  { name: 'plans/indicators@1', files: ['indicators.json'], apply: seedIndicators },
  { name: 'plans/documented@1', files: ['plans.json'], apply: seedPlans },
  { name: 'needs/documented@1', files: ['needs.json'], apply: seedNeeds },
];

export async function applySeeds(pool: pg.Pool, seedsDir: string, logger: Logger, sets: SeedSet[] = SEED_SETS): Promise<void> {
  for (const set of sets) {
    const raw = await Promise.all(set.files.map((f) => readFile(path.join(seedsDir, f), 'utf8')));
    const checksum = createHash('sha256').update(raw.join('\n')).digest('hex');
    await inTransaction(pool, async (client) => {
      // One applier at a time across instances starting together.
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('hub-seed'))`);
      const done = await client.query('SELECT checksum FROM seed_version WHERE name = $1', [set.name]);
      if (done.rowCount) {
        if (done.rows[0].checksum !== checksum) logger.warn({ seed: set.name }, 'seed files changed after they were applied; give the set a new version to apply the change');
        return;
      }
      const summary = await set.apply(client, raw.map((r) => JSON.parse(r)));
      await client.query('INSERT INTO seed_version (name, checksum) VALUES ($1, $2)', [set.name, checksum]);
      logger.info({ seed: set.name }, `seed applied: ${summary}`);
    });
  }
}
