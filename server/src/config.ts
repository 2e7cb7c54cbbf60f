/**
 * The hub's configuration, read once from the environment (names fixed by the partner contract, docs/CONTRACT.md)
 * and validated, so a bad value stops the process at start with a message naming the variable.
 */
import { isIP } from 'node:net';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  /** HTTP port; 0 picks a free one (tests, benchmarks). */
  port: number;
  /** Listen address (HOST, default 0.0.0.0: every IPv4 interface; `::` for IPv6 too). */
  host: string;
  /** How long a stop waits for in-flight requests before closing their connections (HUB_SHUTDOWN_GRACE_MS). */
  shutdownGraceMs: number;
  /** PostgreSQL URL; undefined starts an embedded PostgreSQL. */
  databaseUrl?: string;
  /** Read-replica URLs (comma-separated in DATABASE_REPLICA_URLS); reads may go there. */
  replicaUrls: string[];
  /** Connections per PostgreSQL pool (DATABASE_POOL_SIZE, default 10). */
  poolSize: number;
  /** Longest wait for a pooled connection before the request fails (DATABASE_ACQUIRE_TIMEOUT_MS, default 3000). */
  poolAcquireTimeoutMs: number;
  /** PostgreSQL `statement_timeout` of the server's connections (HUB_STATEMENT_TIMEOUT_MS, default 5000; 0 = none). */
  statementTimeoutMs: number;
  /** PostgreSQL `idle_in_transaction_session_timeout` (DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS, default 10000). */
  idleInTransactionTimeoutMs: number;
  /** Time budget of one HTTP request: past it, its SQL is cancelled (HUB_REQUEST_TIMEOUT_MS, default 10000). */
  requestTimeoutMs: number;
  /** Introspection answered (HUB_INTROSPECTION, default on: the schema is published). */
  introspection: boolean;
  /** What one GraphQL request may ask (see server/src/graphql/limits). */
  limits: QueryLimits;
  /** Hot read queries answered without graphql-js execution (HUB_DIRECT_EXECUTION=off disables it). */
  directExecution: boolean;
  /** Request budgets of /graphql (server/src/http/rate-limit.ts). */
  rateLimits: RateLimitConfig;
  /** Redis shared by the instances for their rate limits (REDIS_URL); undefined: in memory. */
  redisUrl?: string;
  /** Addresses or subnets of trusted proxies (TRUST_PROXY); empty: X-Forwarded-For is ignored. */
  trustProxy: string[];
  /** Bearer key that grants edit rights; undefined refuses every mutation. */
  adminApiKey?: string;
  logLevel: LogLevel;
  nodeEnv: 'development' | 'production' | 'test';
  /** Data directory of the embedded PostgreSQL used by `npm start`. */
  embeddedDataDir: string;
  /** Seed files folder. */
  seedsDir: string;
  /** Built web client folder served at `/`. */
  webDir: string;
}

/** Limits on one GraphQL document, checked before anything runs. */
export interface QueryLimits {
  /** Nesting of selections, fragments counted as if inlined (HUB_MAX_DEPTH, default 12). */
  maxDepth: number;
  /** Aliased fields (HUB_MAX_ALIASES, default 30). */
  maxAliases: number;
  /** Directives (HUB_MAX_DIRECTIVES, default 50). */
  maxDirectives: number;
  /** Lexical tokens of the document (HUB_MAX_TOKENS, default 5000). */
  maxTokens: number;
  /** Estimated cost (HUB_MAX_COST, default 250000 units of about 4 µs of work: about a second). */
  maxCost: number;
  /** Cost of the operations an instance runs at once; heavier ones wait (HUB_MAX_COST_IN_FLIGHT, default 2 × maxCost). */
  maxCostInFlight: number;
}

/** A token bucket, approximated: `perSecond` a second, and when spent, `burst` more per 10 s. */
export interface Budget {
  perSecond: number;
  burst: number;
}

export interface RateLimitConfig {
  /** Per client address, for callers without a key. */
  anonymous: Budget;
  /** Per key (credential), for callers with a valid key. */
  key: Budget;
  /** Failed authentications (a wrong key) per client address and minute. */
  authFailuresPerMinute: number;
  /** Prefix of the rate-limit keys in Redis (several hubs may share one Redis). */
  redisPrefix: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** An integer variable from `min` to `max`, `fallback` when unset; a problem is recorded otherwise. */
function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be an integer from ${min} to ${max}, got "${env[name]}"`);
    return fallback;
  }
  return value;
}

/** What express's `trust proxy` accepts: an address, a subnet, or a named range. */
function isProxyAddress(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry) || isIP(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const max = isIP(address) === 4 ? 32 : isIP(address) === 6 ? 128 : 0;
  return rest.length === 0 && max > 0 && /^\d+$/.test(bits ?? '') && Number(bits) <= max;
}

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const ENVS = ['development', 'production', 'test'] as const;

/** Parses and validates the environment; throws one ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const problems: string[] = [];
  const port = env.PORT === undefined || env.PORT === '' ? 4000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`PORT must be an integer from 0 to 65535, got "${env.PORT}"`);

  const host = env.HOST?.trim() || '0.0.0.0';
  if (!isIP(host) && !/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i.test(host)) problems.push(`HOST must be an IP address or a host name, got "${env.HOST}"`);
  const shutdownGraceMs = wholeNumber(env, 'HUB_SHUTDOWN_GRACE_MS', 10_000, 0, 600_000, problems);

  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  const replicaUrls = (env.DATABASE_REPLICA_URLS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const url of replicaUrls) if (!/^postgres(ql)?:\/\//.test(url)) problems.push(`DATABASE_REPLICA_URLS entry "${url}" is not a postgres URL`);
  if (replicaUrls.length && !databaseUrl) problems.push('DATABASE_REPLICA_URLS needs DATABASE_URL');

  const poolSize = env.DATABASE_POOL_SIZE === undefined || env.DATABASE_POOL_SIZE === '' ? 10 : Number(env.DATABASE_POOL_SIZE);
  if (!Number.isInteger(poolSize) || poolSize < 1 || poolSize > 100) problems.push(`DATABASE_POOL_SIZE must be an integer from 1 to 100, got "${env.DATABASE_POOL_SIZE}"`);

  const int = (name: string, fallback: number, min: number, max: number) => wholeNumber(env, name, fallback, min, max, problems);
  const poolAcquireTimeoutMs = int('DATABASE_ACQUIRE_TIMEOUT_MS', 3000, 100, 600_000);
  const statementTimeoutMs = int('HUB_STATEMENT_TIMEOUT_MS', 5000, 0, 3_600_000);
  const idleInTransactionTimeoutMs = int('DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', 10_000, 1000, 3_600_000);
  const requestTimeoutMs = int('HUB_REQUEST_TIMEOUT_MS', 10_000, 100, 3_600_000);
  const limits: QueryLimits = {
    maxDepth: int('HUB_MAX_DEPTH', 12, 2, 100),
    maxAliases: int('HUB_MAX_ALIASES', 30, 0, 10_000),
    maxDirectives: int('HUB_MAX_DIRECTIVES', 50, 0, 10_000),
    maxTokens: int('HUB_MAX_TOKENS', 5000, 100, 1_000_000),
    maxCost: int('HUB_MAX_COST', 250_000, 100, 1_000_000_000),
    maxCostInFlight: 0,
  };
  limits.maxCostInFlight = int('HUB_MAX_COST_IN_FLIGHT', 2 * limits.maxCost, 100, 1_000_000_000);
  const introspection = (env.HUB_INTROSPECTION || 'on') === 'on';
  if (!['on', 'off', '', undefined].includes(env.HUB_INTROSPECTION)) problems.push(`HUB_INTROSPECTION must be on or off, got "${env.HUB_INTROSPECTION}"`);

  const directExecution = (env.HUB_DIRECT_EXECUTION || 'on') === 'on';
  if (!['on', 'off', '', undefined].includes(env.HUB_DIRECT_EXECUTION)) problems.push(`HUB_DIRECT_EXECUTION must be on or off, got "${env.HUB_DIRECT_EXECUTION}"`);

  const rate = (name: string, fallback: number) => wholeNumber(env, name, fallback, 1, 1_000_000, problems);
  const rateLimits: RateLimitConfig = {
    anonymous: { perSecond: rate('HUB_RATE_ANONYMOUS_RPS', 20), burst: rate('HUB_RATE_ANONYMOUS_BURST', 100) },
    key: { perSecond: rate('HUB_RATE_KEY_RPS', 200), burst: rate('HUB_RATE_KEY_BURST', 1000) },
    authFailuresPerMinute: rate('HUB_RATE_AUTH_FAILURES', 10),
    redisPrefix: env.HUB_RATE_REDIS_PREFIX?.trim() || 'hub-rate',
  };
  const redisUrl = env.REDIS_URL?.trim() || undefined;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) problems.push('REDIS_URL must start with redis:// or rediss://');
  const trustProxy = (env.TRUST_PROXY ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const entry of trustProxy) if (!isProxyAddress(entry)) problems.push(`TRUST_PROXY entry "${entry}" is not an IP address, a subnet (a.b.c.d/n) or loopback, linklocal, uniquelocal`);

  const adminApiKey = env.ADMIN_API_KEY || undefined;
  if (adminApiKey !== undefined && adminApiKey.length < 16) problems.push('ADMIN_API_KEY must be at least 16 characters');

  const nodeEnv = (env.NODE_ENV || 'development') as Config['nodeEnv'];
  if (!ENVS.includes(nodeEnv)) problems.push(`NODE_ENV must be one of ${ENVS.join(', ')}, got "${env.NODE_ENV}"`);
  const logLevel = (env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info')) as LogLevel;
  if (!LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);

  if (problems.length) throw new ConfigError(problems);
  return {
    port,
    host,
    shutdownGraceMs,
    databaseUrl,
    replicaUrls,
    poolSize,
    poolAcquireTimeoutMs,
    statementTimeoutMs,
    idleInTransactionTimeoutMs,
    requestTimeoutMs,
    introspection,
    limits,
    directExecution,
    rateLimits,
    redisUrl,
    trustProxy,
    adminApiKey,
    logLevel,
    nodeEnv,
    embeddedDataDir: env.HUB_DATA_DIR || '.data/postgres',
    seedsDir: 'seeds',
    webDir: 'web/dist',
    ...overrides,
  };
}
