import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, PostgreSqlDriver, type Options } from '@mikro-orm/postgresql';
import { entities } from '../modules/index.js';
import { migrationsList } from './migrations/index.js';

/** The one ORM configuration, shared by the app, the scripts and the tests (which pass overrides). */
export function ormOptions(url: string, replicaUrls: string[] = [], overrides: Partial<Options> = {}): Options {
  return defineConfig({
    driver: PostgreSqlDriver,
    clientUrl: url,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    replicas: replicaUrls.map((clientUrl, i) => ({ name: `replica-${i + 1}`, clientUrl })),
    pool: { min: 0, max: 10 },
    migrations: { migrationsList, silent: true, transactional: true, allOrNothing: true, snapshot: false, tableName: 'mikro_orm_migrations' },
    schemaGenerator: { ignoreRoutines: true } as never,
    allowGlobalContext: false,
    debug: false,
    ...overrides,
  });
}
