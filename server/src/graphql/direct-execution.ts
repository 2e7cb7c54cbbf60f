import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import {
  getArgumentValues, getNamedType, getVariableValues, isLeafType, isListType, isNonNullType, isObjectType, Kind,
  type DocumentNode, type FieldNode, type GraphQLField, type GraphQLObjectType, type GraphQLOutputType, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import type { SelectionInfo } from './selection.js';

/**
 * Direct execution of hot read queries. graphql-js spends most of a page of 50 facilities on
 * per-field machinery (argument maps, paths, promise checks: about 500 fields and 0.4 MB of garbage
 * per request). Queries whose every field is a property read — or a relation already joined into
 * the record — are completed here instead, synchronously, from the records a root field reads with
 * the same code as its resolver. Anything else (fragments, directives, resolvers without a direct
 * reader, a root field not listed, an error of any kind) goes to normal execution, which then
 * answers exactly as it always does; a test holds both answers byte for byte equal.
 */

/** Reads a root field's value from its coerced arguments, as its resolver does. */
export type DirectRootField<TContext> = (args: Record<string, unknown>, context: TContext, info: SelectionInfo) => Promise<unknown>;

/** Reads a field that has a resolver straight from its source; `undefined` means "not here, use the resolver". */
export type DirectFieldReader = (source: any) => unknown;

export interface DirectExecutionOptions<TContext extends BaseContext> {
  roots: Record<string, DirectRootField<TContext>>;
  /** Keyed `Type.field`. */
  readers: Record<string, DirectFieldReader>;
}

/** Thrown when the direct path cannot answer exactly as graphql-js would. */
const GIVE_UP = Symbol('give up');

/** Queries answered directly since start (for tests and diagnostics). */
export const directExecutionStats = { answered: 0 };

export function directExecutionPlugin<TContext extends BaseContext>(options: DirectExecutionOptions<TContext>): ApolloServerPlugin<TContext> {
  const supported = new WeakMap<DocumentNode, boolean>();
  return {
    async requestDidStart() {
      return {
        async responseForOperation(rc) {
          const { operation, document, schema } = rc;
          if (!operation || operation.operation !== 'query') return null;
          let ok = supported.get(document);
          if (ok === undefined) supported.set(document, (ok = isSupported(schema, document, operation, options)));
          if (!ok) return null;
          const data = await answer(schema, operation, rc.request.variables ?? {}, rc.contextValue, options);
          if (data === GIVE_UP) return null;
          directExecutionStats.answered++;
          return { body: { kind: 'single', singleResult: { data } }, http: { status: undefined, headers: new HeaderMap() } };
        },
      };
    },
  };
}

/** Only fields, no fragments or directives, no repeated response names, every resolver readable directly. */
function isSupported<TContext extends BaseContext>(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, options: DirectExecutionOptions<TContext>): boolean {
  if (document.definitions.length !== 1 || operation.directives?.length) return false;
  const query = schema.getQueryType();
  if (!query) return false;
  const visit = (type: GraphQLObjectType, set: SelectionSetNode, root: boolean): boolean => {
    const names = new Set<string>();
    for (const sel of set.selections) {
      if (sel.kind !== Kind.FIELD || sel.directives?.length) return false;
      const responseName = sel.alias?.value ?? sel.name.value;
      if (names.has(responseName)) return false;
      names.add(responseName);
      if (sel.name.value === '__typename') continue;
      const field = type.getFields()[sel.name.value];
      if (!field) return false;
      if (root ? !options.roots[field.name] : field.resolve && !options.readers[`${type.name}.${field.name}`]) return false;
      if (!root && sel.arguments?.length) return false;
      const named = getNamedType(field.type);
      if (isObjectType(named)) {
        if (named.isTypeOf || !sel.selectionSet || !visit(named, sel.selectionSet, false)) return false;
      } else if (!isLeafType(named)) return false;
    }
    return true;
  };
  return visit(query, operation.selectionSet, true);
}

async function answer<TContext extends BaseContext>(
  schema: GraphQLSchema, operation: OperationDefinitionNode, rawVariables: Record<string, unknown>,
  context: TContext, options: DirectExecutionOptions<TContext>,
): Promise<Record<string, unknown> | typeof GIVE_UP> {
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  if (variables.errors) return GIVE_UP;
  const query = schema.getQueryType()!;
  const data: Record<string, unknown> = {};
  try {
    // Root fields run one after another here (normal execution starts them together); each is one statement.
    for (const sel of operation.selectionSet.selections as FieldNode[]) {
      const responseName = sel.alias?.value ?? sel.name.value;
      if (sel.name.value === '__typename') {
        data[responseName] = query.name;
        continue;
      }
      const field = query.getFields()[sel.name.value];
      const args = getArgumentValues(field, sel, variables.coerced);
      const info: SelectionInfo = { fieldNodes: [sel], returnType: field.type, schema, fragments: {} };
      const value = await options.roots[field.name](args, context, info);
      data[responseName] = completerFor(sel, field.type, options)(value);
    }
  } catch {
    return GIVE_UP;
  }
  return data;
}

/** Completes a value of a field's type for its selection (throws GIVE_UP where graphql-js would differ). */
type Completer = (value: unknown) => unknown;

/** Completers by root field node (documents are cached by Apollo, so their nodes live as long as they are used). */
const completers = new WeakMap<FieldNode, Completer>();

function completerFor<TContext extends BaseContext>(sel: FieldNode, type: GraphQLOutputType, options: DirectExecutionOptions<TContext>): Completer {
  let completer = completers.get(sel);
  if (!completer) completers.set(sel, (completer = compile(type, sel.selectionSet, options)));
  return completer;
}

const giveUp = (): never => {
  throw GIVE_UP;
};

/**
 * Compiles what graphql-js does to complete a field of `type` (null rules, lists, leaf
 * serialisation, sub-selections) into closures, once per query document: a page of 50 facilities
 * then costs no type tests, field-map lookups or key building per value.
 */
function compile<TContext extends BaseContext>(type: GraphQLOutputType, set: SelectionSetNode | undefined, options: DirectExecutionOptions<TContext>): Completer {
  if (isNonNullType(type)) {
    const inner = compile(type.ofType, set, options);
    return (value) => {
      const done = inner(value);
      return done == null ? giveUp() : done;
    };
  }
  if (isListType(type)) {
    const item = compile(type.ofType, set, options);
    return (value) => {
      if (value == null) return null;
      if (!Array.isArray(value)) return giveUp();
      const out = new Array(value.length);
      for (let i = 0; i < value.length; i++) out[i] = item(value[i]);
      return out;
    };
  }
  if (isLeafType(type)) {
    return (value) => {
      if (value == null) return null;
      const serialized = type.serialize(value);
      return serialized === undefined ? giveUp() : serialized;
    };
  }
  if (!isObjectType(type) || !set) return giveUp;
  const fields = type.getFields();
  const selected = (set.selections as FieldNode[]).map((sel) => {
    const responseName = sel.alias?.value ?? sel.name.value;
    if (sel.name.value === '__typename') return { responseName, read: () => type.name, complete: (v: unknown) => v };
    const field: GraphQLField<unknown, unknown> = fields[sel.name.value];
    const complete = compile(field.type, sel.selectionSet, options);
    if (field.resolve) {
      const reader = options.readers[`${type.name}.${field.name}`];
      return { responseName, complete, read: (source: unknown) => {
        const value = reader(source);
        return value === undefined ? giveUp() : value;
      } };
    }
    const key = field.name;
    return { responseName, complete, read: (source: unknown) => {
      const value = (source as Record<string, unknown>)[key];
      return typeof value === 'function' ? giveUp() : value;
    } };
  });
  // Plain objects (graphql-js uses null-prototype ones, slow dictionaries in V8): same JSON, as GraphQL
  // names are never array indices, so keys keep the selection's order.
  return (value) => {
    if (value == null) return null;
    if (typeof (value as PromiseLike<unknown>).then === 'function') return giveUp();
    const result: Record<string, unknown> = {};
    for (const f of selected) result[f.responseName] = f.complete(f.read(value));
    return result;
  };
}
