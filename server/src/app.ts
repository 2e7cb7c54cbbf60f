import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import compression from 'compression';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { openDatabase, type Database } from './db/database.js';
import { buildHubSchema } from './graphql/schema.js';
import { createContext, type HubContext } from './graphql/context.js';
import { createFormatError } from './graphql/format-error.js';
import { directExecutionPlugin } from './graphql/direct-execution.js';
import { queryLimits } from './graphql/limits/index.js';
import { StatementCanceller } from './db/request-db.js';
import { requestLifetime } from './http/request-signal.js';
import { jsonErrorHandler } from './http/json-errors.js';
import { readiness } from './http/readiness.js';
import { facilityDirectExecution } from './modules/facility/facility.queries.js';
import { applySeeds } from './modules/seed/seed.service.js';
import { placeholderPage } from './web/placeholder.js';
import { securityHeaders } from './http/security-headers.js';
import { createRateLimits, type RateLimits } from './http/rate-limit.js';

export interface App {
  /** Base URL once started, e.g. http://127.0.0.1:4000 */
  readonly url: string;
  readonly db: Database;
  readonly logger: Logger;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The URL this process reaches the server at: loopback when listening on every interface. */
function localUrl(address: string, family: string, port: number): string {
  if (address === '0.0.0.0' || address === '::') return `http://127.0.0.1:${port}`;
  return family === 'IPv6' ? `http://[${address}]:${port}` : `http://${address}:${port}`;
}

/**
 * The app factory used by main.ts, the tests and the benchmarks: database (migrated and seeded),
 * GraphQL at /graphql, health at /healthz and /readyz, the map at /. Explicit start and stop.
 */
export async function createApp(config: Config, logger: Logger = createLogger(config)): Promise<App> {
  const db = await openDatabase(config, logger);
  let server: Server | undefined;
  let apollo: ApolloServer<HubContext> | undefined;
  const canceller = new StatementCanceller(db.url);
  let rateLimits: RateLimits | undefined;
  let url = '';

  const app: App = {
    get url() {
      return url;
    },
    db,
    logger,
    async start() {
      await applySeeds(db.pools.write, config.seedsDir, logger);
      const schema = await buildHubSchema();
      const expressApp = express();
      expressApp.disable('x-powered-by');
      // No ETag on API answers (a hash of every GraphQL response body); static files keep theirs.
      expressApp.set('etag', false);
      // gzip (or deflate) every response worth it (over 1 kB) when the client accepts it: GraphQL
      // answers such as facilityPoints (100,000 points) and the map's scripts shrink several-fold.
      // Level 4, not zlib's 6: 2.3 MB of points compress in a third of the time for 5% more bytes.
      expressApp.use(compression({ threshold: 1024, level: 4 }));
      expressApp.use(securityHeaders());
      // req.ip: X-Forwarded-For only through the proxies TRUST_PROXY names.
      expressApp.set('trust proxy', config.trustProxy.length ? config.trustProxy : false);
      server = createServer(expressApp);
      server.keepAliveTimeout = 65_000;
      const contextDeps = { em: db.orm.em, pools: db.pools, canceller, logger, adminApiKey: config.adminApiKey };
      const limits = queryLimits(schema, config.limits);
      apollo = new ApolloServer<HubContext>({
        schema,
        formatError: createFormatError(logger),
        includeStacktraceInErrorResponses: false,
        introspection: config.introspection,
        // No "Did you mean …?" in production: refusals do not guide a probe through the schema.
        hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production',
        parseOptions: limits.parseOptions,
        validationRules: limits.validationRules,
        // main.ts owns SIGTERM/SIGINT (grace period, pools, embedded PostgreSQL, exit code).
        stopOnTerminationSignals: false,
        // No HTTP cache hints are computed: that plugin hooks every field of every response.
        plugins: [
          ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: config.shutdownGraceMs }),
          ApolloServerPluginCacheControlDisabled(),
          ...limits.plugins,
          ...(config.directExecution ? [directExecutionPlugin<HubContext>(facilityDirectExecution)] : []),
        ],
      });
      await apollo.start();

      expressApp.get('/healthz', (_req, res) => {
        res.json({ status: 'ok' });
      });
      expressApp.get('/readyz', readiness(db.pools.write, logger));
      rateLimits = createRateLimits(config, logger);
      expressApp.use('/graphql', rateLimits.middleware);
      expressApp.use(
        '/graphql',
        express.json({ limit: '1mb' }),
        expressMiddleware(apollo, {
          context: async ({ req, res }) => createContext(contextDeps, { authorization: req.headers.authorization, lifetime: requestLifetime(req, res, config.requestTimeoutMs) }),
        }),
        jsonErrorHandler(logger),
      );
      const webDir = path.resolve(config.webDir);
      if (existsSync(path.join(webDir, 'index.html'))) {
        expressApp.use(express.static(webDir, { maxAge: '1h', index: 'index.html' }));
      } else {
        expressApp.get('/', (_req, res) => {
          res.type('html').send(placeholderPage());
        });
      }
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject);
        server!.listen(config.port, config.host, () => resolve());
      });
      const { port, address, family } = server.address() as AddressInfo;
      url = localUrl(address, family, port);
      logger.info({ url }, 'facility hub listening');
    },
    async stop() {
      // Apollo's drain plugin stops accepting connections and waits for in-flight requests.
      if (apollo) await apollo.stop();
      else if (server) await new Promise((resolve) => server!.close(resolve));
      await canceller.close();
      await rateLimits?.close();
      await db.close();
      logger.info('facility hub stopped');
    },
  };
  return app;
}
