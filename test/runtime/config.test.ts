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
