/**
 * The hub's configuration, read once from the environment (names fixed by the partner contract, docs/CONTRACT.md)
 * and validated, so a bad value stops the process at start with a message naming the variable.
 */
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  /** HTTP port; 0 picks a free one (tests, benchmarks). */
  port: number;
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

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const ENVS = ['development', 'production', 'test'] as const;

/** Parses and validates the environment; throws one ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const problems: string[] = [];
  const port = env.PORT === undefined || env.PORT === '' ? 4000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`PORT must be an integer from 0 to 65535, got "${env.PORT}"`);

  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  const replicaUrls = (env.DATABASE_REPLICA_URLS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const url of replicaUrls) if (!/^postgres(ql)?:\/\//.test(url)) problems.push(`DATABASE_REPLICA_URLS entry "${url}" is not a postgres URL`);
  if (replicaUrls.length && !databaseUrl) problems.push('DATABASE_REPLICA_URLS needs DATABASE_URL');

  const poolSize = env.DATABASE_POOL_SIZE === undefined || env.DATABASE_POOL_SIZE === '' ? 10 : Number(env.DATABASE_POOL_SIZE);
  if (!Number.isInteger(poolSize) || poolSize < 1 || poolSize > 100) problems.push(`DATABASE_POOL_SIZE must be an integer from 1 to 100, got "${env.DATABASE_POOL_SIZE}"`);

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) problems.push(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
    return n;
  };
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

  const adminApiKey = env.ADMIN_API_KEY || undefined;
  if (adminApiKey !== undefined && adminApiKey.length < 16) problems.push('ADMIN_API_KEY must be at least 16 characters');

  const nodeEnv = (env.NODE_ENV || 'development') as Config['nodeEnv'];
  if (!ENVS.includes(nodeEnv)) problems.push(`NODE_ENV must be one of ${ENVS.join(', ')}, got "${env.NODE_ENV}"`);
  const logLevel = (env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info')) as LogLevel;
  if (!LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);

  if (problems.length) throw new ConfigError(problems);
  return {
    port,
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
    adminApiKey,
    logLevel,
    nodeEnv,
    embeddedDataDir: env.HUB_DATA_DIR || '.data/postgres',
    seedsDir: 'seeds',
    webDir: 'web/dist',
    ...overrides,
  };
}
