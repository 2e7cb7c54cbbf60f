import type { BaseContext, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { visit, Kind, type DocumentNode, type ValueNode } from 'graphql';
import { BadUserInputError, type FieldError } from '../../modules/common/errors.js';

/**
 * PostgreSQL text cannot hold the NUL character, and no name, code or search of the hub has one:
 * in a query, a string with NUL anywhere in the arguments or variables is BAD_USER_INPUT, with the
 * path of each such value, before anything runs. Mutations validate their inputs field by field
 * (NUL included) and report every bad field at once, so they are left to that validation.
 */
const NUL = '\u0000';

function literalPaths(document: DocumentNode): FieldError[] {
  const found: FieldError[] = [];
  const walk = (value: ValueNode, path: string) => {
    if (value.kind === Kind.STRING && value.value.includes(NUL)) found.push({ path, message: 'must not contain the NUL character' });
    else if (value.kind === Kind.LIST) value.values.forEach((v, i) => walk(v, `${path}.${i}`));
    else if (value.kind === Kind.OBJECT) for (const f of value.fields) walk(f.value, `${path}.${f.name.value}`);
  };
  visit(document, { Argument: (node) => walk(node.value, node.name.value) });
  return found;
}

function variablePaths(value: unknown, path: string, found: FieldError[]): void {
  if (typeof value === 'string') {
    if (value.includes(NUL)) found.push({ path, message: 'must not contain the NUL character' });
  } else if (Array.isArray(value)) value.forEach((v, i) => variablePaths(v, `${path}.${i}`, found));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) variablePaths(v, `${path}.${k}`, found);
}

/** Throws BAD_USER_INPUT when a query's arguments or variables hold a NUL character. */
export function nulStringsCheck(): (rc: GraphQLRequestContextDidResolveOperation<BaseContext>) => void {
  const literals = new WeakMap<DocumentNode, FieldError[]>();
  return ({ document, request, operation }) => {
    if (operation?.operation !== 'query') return;
    let found = literals.get(document);
    if (!found) literals.set(document, (found = literalPaths(document)));
    const all = [...found];
    if (request.variables) variablePaths(request.variables, '', all);
    if (all.length) {
      const error = new BadUserInputError(all.map((e) => (e.path.startsWith('.') ? { ...e, path: `$${e.path.slice(1)}` } : e)));
      Object.assign(error.extensions, { http: { status: 400 } });
      throw error;
    }
  };
}
