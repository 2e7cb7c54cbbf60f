import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import type { GraphQLSchema, ParseOptions, ValidationRule } from 'graphql';
import type { QueryLimits } from '../../config.js';
import { costCheck } from './cost.js';
import { documentRules } from './document-rules.js';
import { nulStringsCheck } from './strings.js';

/**
 * Everything that bounds what one GraphQL request may ask, for the Apollo server: the token limit
 * of the parser, the shape rules of validation, and (once variables are known, before any resolver
 * or SQL runs) the cost limit and the refusal of NUL characters.
 */
export function queryLimits<TContext extends BaseContext>(schema: GraphQLSchema, limits: QueryLimits): {
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<TContext>[];
} {
  const checks = [nulStringsCheck(), costCheck(schema, limits.maxCost)];
  // One listener shared by every request (the checks keep their memos per document).
  const listener = {
    async didResolveOperation(rc: GraphQLRequestContextDidResolveOperation<TContext>) {
      for (const check of checks) check(rc as unknown as GraphQLRequestContextDidResolveOperation<BaseContext>);
    },
  };
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: documentRules(limits),
    plugins: [{ requestDidStart: async () => listener }],
  };
}
