import { pino, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger };

/** One structured (JSON) logger per app; modules take children of it. */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'facility-hub' },
    redact: { paths: ['req.headers.authorization', 'headers.authorization'], censor: '[redacted]' },
  });
}
