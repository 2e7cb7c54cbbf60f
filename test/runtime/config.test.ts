import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from '../../server/src/config.js';

describe('configuration', () => {
  it('has defaults for a new user: port 4000, embedded database, no admin key', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 4000, databaseUrl: undefined, adminApiKey: undefined, logLevel: 'info', nodeEnv: 'development', replicaUrls: [], poolSize: 10 });
  });

  it('reads the contract variables', () => {
    const c = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://u@h/db', DATABASE_POOL_SIZE: '20', ADMIN_API_KEY: 'k'.repeat(20), LOG_LEVEL: 'debug', NODE_ENV: 'production' });
    expect(c).toMatchObject({ port: 8080, poolSize: 20, databaseUrl: 'postgres://u@h/db', adminApiKey: 'k'.repeat(20), logLevel: 'debug', nodeEnv: 'production' });
  });

  it('reads the listen address and the shutdown grace period, and refuses bad ones', () => {
    expect(loadConfig({})).toMatchObject({ host: '0.0.0.0', shutdownGraceMs: 10_000 });
    expect(loadConfig({ HOST: '::', HUB_SHUTDOWN_GRACE_MS: '30000' })).toMatchObject({ host: '::', shutdownGraceMs: 30_000 });
    expect(() => loadConfig({ HOST: 'not an address', HUB_SHUTDOWN_GRACE_MS: '-1' })).toThrow(new ConfigError([
      'HOST must be an IP address or a host name, got "not an address"',
      'HUB_SHUTDOWN_GRACE_MS must be an integer from 0 to 600000, got "-1"',
    ]));
  });

  it('has documented rate limits, Redis and trusted proxies, and refuses bad ones', () => {
    expect(loadConfig({})).toMatchObject({
      rateLimits: { anonymous: { perSecond: 20, burst: 100 }, key: { perSecond: 200, burst: 1000 }, authFailuresPerMinute: 10, redisPrefix: 'hub-rate' },
      redisUrl: undefined, trustProxy: [],
    });
    expect(loadConfig({ REDIS_URL: 'redis://10.0.0.5:6379', TRUST_PROXY: '10.0.0.1, 10.1.0.0/16,loopback', HUB_RATE_ANONYMOUS_RPS: '50' }))
      .toMatchObject({ redisUrl: 'redis://10.0.0.5:6379', trustProxy: ['10.0.0.1', '10.1.0.0/16', 'loopback'], rateLimits: { anonymous: { perSecond: 50, burst: 100 } } });
    expect(() => loadConfig({ REDIS_URL: 'http://x', TRUST_PROXY: '10.0.0.0/33,proxy', HUB_RATE_KEY_BURST: '0', HUB_RATE_AUTH_FAILURES: 'many' })).toThrow(new ConfigError([
      'HUB_RATE_KEY_BURST must be an integer from 1 to 1000000, got "0"',
      'HUB_RATE_AUTH_FAILURES must be an integer from 1 to 1000000, got "many"',
      'REDIS_URL must start with redis:// or rediss://',
      'TRUST_PROXY entry "10.0.0.0/33" is not an IP address, a subnet (a.b.c.d/n) or loopback, linklocal, uniquelocal',
      'TRUST_PROXY entry "proxy" is not an IP address, a subnet (a.b.c.d/n) or loopback, linklocal, uniquelocal',
    ]));
  });

  it('lists every bad variable in one clear error', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', DATABASE_POOL_SIZE: '0', ADMIN_API_KEY: 'short', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'PORT must be an integer from 0 to 65535, got "eighty"',
      'DATABASE_URL must start with postgres:// or postgresql://',
      'DATABASE_POOL_SIZE must be an integer from 1 to 100, got "0"',
      'ADMIN_API_KEY must be at least 16 characters',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"',
    ]);
  });
});
