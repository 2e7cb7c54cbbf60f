import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLSchema, ParseOptions, ValidationRule } from 'graphql';
import type { QueryLimits } from '../../config.js';
import { costLimitPlugin } from './cost.js';
import { documentRules } from './document-rules.js';
import { nulStringsPlugin } from './strings.js';

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
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: documentRules(limits),
    plugins: [nulStringsPlugin<TContext>(), costLimitPlugin<TContext>(schema, limits.maxCost)],
  };
}
