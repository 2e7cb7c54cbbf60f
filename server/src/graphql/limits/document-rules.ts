import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import type { QueryLimits } from '../../config.js';
import { QueryLimitError } from '../../modules/common/errors.js';

/** The count graphql-armor found, from its message ("… limit of 12 exceeded, found 13."). */
function found(error: GraphQLError): number | undefined {
  const m = /found (\d+)/.exec(error.message);
  return m ? Number(m[1]) : undefined;
}

/** Reports armor's rejection as the hub's typed error (stable code, the limit in `extensions`). */
function report(code: 'QUERY_TOO_DEEP' | 'QUERY_TOO_MANY_ALIASES' | 'QUERY_TOO_MANY_DIRECTIVES', what: string, limit: number) {
  return [(context: ValidationContext | null, error: GraphQLError) => {
    const n = found(error);
    context?.reportError(new QueryLimitError(code, `The query has ${n ?? 'more'} ${what}; at most ${limit} are allowed`, limit, n));
  }];
}

/**
 * Validation rules bounding the shape of a document: depth, aliases and directives, with fragments
 * and inline fragments counted as if their fields were written in place (graphql-armor's rules).
 * They run once per distinct document (Apollo keeps validated documents), before anything executes.
 */
export function documentRules(limits: QueryLimits): ValidationRule[] {
  const common = { propagateOnRejection: false, exposeLimits: true };
  return [
    maxDepthRule({ ...common, n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, onReject: report('QUERY_TOO_DEEP', 'levels of nesting', limits.maxDepth) }),
    maxAliasesRule({ ...common, n: limits.maxAliases, onReject: report('QUERY_TOO_MANY_ALIASES', 'aliases', limits.maxAliases) }),
    maxDirectivesRule({ ...common, n: limits.maxDirectives, onReject: report('QUERY_TOO_MANY_DIRECTIVES', 'directives', limits.maxDirectives) }),
  ] as ValidationRule[];
}
