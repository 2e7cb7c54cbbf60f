import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import type { GraphQLSchema, ParseOptions, ValidationRule } from 'graphql';
import type { QueryLimits } from '../../config.js';
import type { RequestLifetime } from '../../http/request-signal.js';
import { AdmissionGate } from './admission.js';
import { costCheck } from './cost.js';
import { documentRules } from './document-rules.js';
import { nulStringsCheck } from './strings.js';

/** Operations cheaper than this (about 40 ms of work) are never held back by admission. */
const FREE_COST = 10_000;

/**
 * Everything that bounds what one GraphQL request may ask, for the Apollo server: the token limit
 * of the parser, the shape rules of validation, and (once variables are known, before any resolver
 * or SQL runs) the refusal of NUL characters, the cost limit, and admission by cost.
 */
export function queryLimits<TContext extends BaseContext & { lifetime: RequestLifetime }>(schema: GraphQLSchema, limits: QueryLimits): {
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<TContext>[];
  gate: AdmissionGate;
} {
  const strings = nulStringsCheck();
  const cost = costCheck(schema, limits.maxCost);
  const gate = new AdmissionGate(limits.maxCostInFlight, FREE_COST);
  // One listener shared by every request (the checks keep their memos per document).
  const listener = {
    async didResolveOperation(rc: GraphQLRequestContextDidResolveOperation<TContext>) {
      const base = rc as unknown as GraphQLRequestContextDidResolveOperation<BaseContext>;
      strings(base);
      const units = cost(base);
      if (units >= FREE_COST) {
        const { lifetime } = rc.contextValue;
        lifetime.afterResponse(await gate.enter(units, lifetime.signal));
      }
    },
  };
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: documentRules(limits),
    plugins: [{ requestDidStart: async () => listener }],
    gate,
  };
}
