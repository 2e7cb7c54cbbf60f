import { createApp, type App } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';

/** Entry point of `npm start`: configuration, the app, and a graceful stop on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config);
  let app: App | undefined;
  let starting: Promise<void> = Promise.resolve();
  let stopping = false;
  // Stop accepting, let in-flight requests finish (up to HUB_SHUTDOWN_GRACE_MS, then their
  // connections are closed), close the pools, stop the embedded PostgreSQL if this process started
  // it, exit 0. Closing pools and PostgreSQL gets 10 s more before the process gives up with 1.
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, graceMs: config.shutdownGraceMs }, 'stopping: finishing in-flight requests');
    const timer = setTimeout(() => {
      logger.error({ graceMs: config.shutdownGraceMs }, 'graceful stop took 10 s more than the grace period; exiting');
      process.exit(1);
    }, config.shutdownGraceMs + 10_000);
    timer.unref();
    try {
      // A signal during the start (migrations, seeds, the embedded PostgreSQL) stops once that is done.
      await starting.catch(() => undefined);
      await app?.stop();
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'error while stopping');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  starting = (async () => {
    app = await createApp(config, logger);
    if (!stopping) await app.start();
  })();
  await starting;
}

main().catch((err) => {
  process.stderr.write(`facility hub failed to start: ${err?.stack ?? err}\n`);
  process.exit(1);
});
