import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { loadConfig } from '../../server/src/config.js';

/** Variable names config.ts reads: `env.NAME`, `env['NAME']`, or a helper called with the name (`int('HUB_MAX_DEPTH', …)`). */
function variablesReadByConfig(): string[] {
  const source = readFileSync('server/src/config.ts', 'utf8');
  const pattern = /env\.([A-Z][A-Z0-9_]+)|env\[['"]([A-Z][A-Z0-9_]+)['"]\]|\w\((?:env, )?'([A-Z][A-Z0-9]*_[A-Z0-9_]+)'/g;
  return [...new Set([...source.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? m[3]))].sort();
}

/** NAME=value lines of .env.example (comments and blank lines left out). */
function example(): Record<string, string> {
  return Object.fromEntries(readFileSync('.env.example', 'utf8').split('\n')
    .filter((line) => /^[A-Z]/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
}

describe('.env.example', () => {
  it('lists every variable server/src/config.ts reads, and no other', () => {
    expect(Object.keys(example()).sort()).toEqual(variablesReadByConfig());
  });

  it('gives each its default', () => {
    expect(loadConfig(example())).toEqual(loadConfig({}));
  });
});
