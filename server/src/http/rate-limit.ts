import type { RequestHandler, Response } from 'express';
import { BurstyRateLimiter, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Budget, Config } from '../config.js';
import type { Logger } from '../logger.js';
import { clientAddressKey } from './client-address.js';
import { adminKeyRing, identifyCaller, type KeyRing } from './credential.js';
import { memoryStore, redisStore, type LimiterStore } from './rate-limit.store.js';

/** How long an answer to a wrong key is held back: a guessing client gets a few tries a second at most. */
export const AUTH_FAILURE_DELAY_MS = 250;
/** The window the burst of a budget refills over. */
export const BURST_WINDOW_SECONDS = 10;

export interface RateLimits {
  /** Counts a /graphql request against its caller's budget; answers 429 past it. */
  middleware: RequestHandler;
  close(): Promise<void>;
}

/**
 * Budgets of /graphql requests: per key for key holders, per client address for anonymous callers,
 * and a separate count of failed authentications (a wrong key) per address, answered late and
 * refused past their budget. A wrong key never spends the address's anonymous budget, so guessing
 * cannot lock out the office behind that address.
 */
export function createRateLimits(
  config: Pick<Config, 'rateLimits' | 'redisUrl' | 'adminApiKey'>,
  logger: Logger,
  keys: KeyRing = adminKeyRing(config.adminApiKey),
): RateLimits {
  const log = logger.child({ component: 'rate-limit' });
  const limits = config.rateLimits;
  const store: LimiterStore = config.redisUrl ? redisStore(config.redisUrl, logger) : memoryStore();
  const prefix = limits.redisPrefix;
  const bucket = (name: string, budget: Budget) => new BurstyRateLimiter(
    store.create({ keyPrefix: `${prefix}:${name}`, points: budget.perSecond, duration: 1 }),
    store.create({ keyPrefix: `${prefix}:${name}-burst`, points: budget.burst, duration: BURST_WINDOW_SECONDS }),
  );
  const anonymous = bucket('anonymous', limits.anonymous);
  const keyBuckets = new Map<string, BurstyRateLimiter>();
  const keyBucket = (budget: Budget = limits.key) => {
    const name = `key-${budget.perSecond}-${budget.burst}`;
    if (!keyBuckets.has(name)) keyBuckets.set(name, bucket(name, budget));
    return keyBuckets.get(name)!;
  };
  const authFailures: RateLimiterAbstract = store.create({ keyPrefix: `${prefix}:auth-failures`, points: limits.authFailuresPerMinute, duration: 60 });

  const middleware: RequestHandler = async (req, res, next) => {
    const address = clientAddressKey(req.ip);
    const caller = identifyCaller(req.headers.authorization, keys);
    try {
      if (caller.kind === 'invalid') {
        await authFailures.consume(address);
        log.warn({ address }, 'failed authentication: the Authorization header holds no valid key');
        await new Promise((resolve) => setTimeout(resolve, AUTH_FAILURE_DELAY_MS));
      } else if (caller.kind === 'key') {
        await keyBucket(caller.key.budget).consume(caller.key.id);
      } else {
        await anonymous.consume(address);
      }
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) {
        // A store failure without its in-memory fallback: serve rather than refuse everyone.
        log.error({ err: error }, 'rate limiter failed; request let through');
        return next();
      }
      if (caller.kind === 'invalid') {
        if (error.consumedPoints === limits.authFailuresPerMinute + 1) log.warn({ address }, 'failed authentications past their budget: refusing this address\'s wrong keys');
        return refuse(res, error, 'Too many failed authentications from this address');
      }
      return refuse(res, error, 'Too many requests');
    }
    next();
  };
  return { middleware, close: () => store.close() };
}

/** 429 with Retry-After and a GraphQL-shaped body a client can read like any GraphQL error. */
function refuse(res: Response, limited: RateLimiterRes, what: string): void {
  const retryAfterSeconds = Math.max(1, Math.ceil(limited.msBeforeNext / 1000));
  res.status(429).set('Retry-After', String(retryAfterSeconds)).json({
    errors: [{ message: `${what}: try again in ${retryAfterSeconds} s`, extensions: { code: 'RATE_LIMITED', retryAfterSeconds } }],
  });
}
