import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from '../logger.js';

/** Fixed-window counters: `points` per `duration` seconds, under `keyPrefix`. */
export interface WindowOptions {
  keyPrefix: string;
  points: number;
  duration: number;
}

/** Where the counters live: this process's memory, or a Redis the instances share. */
export interface LimiterStore {
  create(options: WindowOptions): RateLimiterAbstract;
  close(): Promise<void>;
}

export function memoryStore(): LimiterStore {
  return { create: (options) => new RateLimiterMemory(options), close: async () => undefined };
}

/**
 * Counters in Redis, so that instances share one budget. Commands fail at once while Redis is
 * unreachable (no offline queue) and each counter then falls back to an in-memory one in this
 * instance (`insuranceLimiter`): limits keep holding, per instance, and the hub never stops over
 * Redis. The client reconnects by itself; an outage and the return are logged once each.
 */
export function redisStore(url: string, logger: Logger): LimiterStore {
  const log = logger.child({ component: 'rate-limit' });
  const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
  let down = false;
  client.on('error', (err) => {
    if (down) return;
    down = true;
    log.warn({ err: err.message }, 'Redis unreachable: rate limits are counted per instance until it is back');
  });
  client.on('ready', () => {
    if (down) log.info('Redis reachable again: rate limits are shared');
    down = false;
  });
  return {
    create: (options) => new RateLimiterRedis({
      ...options,
      storeClient: client,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory(options),
    }),
    close: async () => {
      client.disconnect();
    },
  };
}
