import type { BaseContext, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { getNamedType, getVariableValues, isInputObjectType, Kind, print, typeFromAST, type DocumentNode, type NamedTypeNode, type OperationDefinitionNode, type FragmentDefinitionNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { QueryLimitError } from '../../modules/common/errors.js';
import { FIELD_COSTS, introspectionCosts, isList, selects, totalCountCost, type FieldCost } from './cost-model.js';

/** A list without an entry in the table (a test keeps the table complete; this is the fallback). */
const UNKNOWN_LIST = 100;

function value(v: number | ((args: Record<string, any>) => number) | undefined, args: Record<string, any>, fallback: number): number {
  if (v === undefined) return fallback;
  return typeof v === 'function' ? v(args) : v;
}

/** The estimator of the cost model: 1 + own work + size × what is selected under the field. */
function estimator(schema: GraphQLSchema): ComplexityEstimator {
  const costs: Record<string, FieldCost> = { ...FIELD_COSTS, ...introspectionCosts(schema) };
  return ({ type, field, args, node, childComplexity, context }) => {
    const key = `${type.name}.${field.name}`;
    const cost = costs[key];
    let total = 1 + value(cost?.own, args, 0) + value(cost?.times, args, isList(field.type) ? UNKNOWN_LIST : 1) * childComplexity;
    // A page's total is counted once, not once per row: weighed here, where the filter is known.
    if (key === 'Query.facilities' && selects(node.selectionSet, 'totalCount', (context as { fragments: Record<string, FragmentDefinitionNode> }).fragments)) {
      total += totalCountCost(args);
    }
    return Math.ceil(total);
  };
}

/** Nodes the estimate may visit: fragments spread inside fragments cannot make the estimate itself slow. */
const MAX_NODES = 20_000;

/**
 * Variables as far as the cost model reads them: the values of Int, Boolean and enum variables
 * (list sizes, levels, geographies), whether a Float, String or ID is given (a radius weighs by its
 * presence; codes, searches, dates and coordinates not at all), and input objects whole (rare).
 * Requests that differ only by a code or a point share one computed cost. Built per operation as a
 * list of the variables' kinds: a JSON.stringify replacer cost about 1 µs a request.
 */
type VariableKind = 'value' | 'presence' | 'whole';
function variableKinds(schema: GraphQLSchema, operation: OperationDefinitionNode | undefined): [string, VariableKind][] {
  return (operation?.variableDefinitions ?? []).map((v) => {
    const named = typeFromAST(schema, v.type as NamedTypeNode);
    const base = named ? getNamedType(named) : undefined;
    const kind: VariableKind = !base || isInputObjectType(base) || print(v.type).includes('[') ? 'whole'
      : base.name === 'Float' || base.name === 'String' || base.name === 'ID' ? 'presence' : 'value';
    return [v.variable.name.value, kind];
  });
}

function costKey(kinds: [string, VariableKind][], variables: Record<string, unknown> | undefined): string {
  let key = '';
  for (const [name, kind] of kinds) {
    const v = variables?.[name];
    key += kind === 'value' ? `${String(v)}|` : kind === 'presence' ? (v == null || v === '' ? '∅|' : '·|') : `${JSON.stringify(v)}|`;
  }
  return key;
}

/** Costs computed, per operation and variables' cost shape (a small cache: hot queries repeat). */
const memo = new WeakMap<OperationDefinitionNode | DocumentNode, { kinds: [string, VariableKind][]; costs: Map<string, number> }>();

/**
 * Refuses, before anything runs, an operation whose estimated cost exceeds `maxCost`
 * (QUERY_TOO_COMPLEX, with the limit and the cost in `extensions`). Variables and fragments are
 * counted like fields written in place (graphql-query-complexity).
 */
export function costCheck(schema: GraphQLSchema, maxCost: number): (rc: GraphQLRequestContextDidResolveOperation<BaseContext>) => number {
  const estimators = [estimator(schema)];
  return ({ document, request, operationName, operation }) => {
    const owner = operation ?? document;
    let memoised = memo.get(owner);
    if (!memoised) memo.set(owner, (memoised = { kinds: variableKinds(schema, operation), costs: new Map() }));
    const byVariables = memoised.costs;
    const key = `${operationName ?? ''}\u0000${costKey(memoised.kinds, request.variables)}`;
    let cost = byVariables.get(key);
    if (cost === undefined) {
      // Variables that do not fit their types are refused by execution (BAD_USER_INPUT) before any resolver runs.
      if ('errors' in getVariableValues(schema, operation?.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 1 })) return 0;
      const fragments = Object.fromEntries(
        document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
      );
      try {
        cost = getComplexity({ schema, query: document, variables: request.variables ?? {}, operationName: operationName ?? undefined, estimators, context: { fragments }, maxQueryNodes: MAX_NODES });
      } catch {
        cost = Number.POSITIVE_INFINITY; // more nodes than an estimate may visit
      }
      if (byVariables.size >= 100) byVariables.clear();
      byVariables.set(key, cost);
    }
    if (cost > maxCost) {
      const shown = Number.isFinite(cost) ? cost : undefined;
      throw new QueryLimitError('QUERY_TOO_COMPLEX', `The query would cost ${shown ?? 'more than the estimate can count'} units; at most ${maxCost} are allowed in one request (ask for less, or split it)`, maxCost, shown);
    }
    return cost;
  };
}
