import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../logger.js';
import { ERROR_CODES } from '../modules/common/errors.js';

/** Codes Apollo itself gives to problems of the request (parse, validation, variables). */
const REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);
const KNOWN = new Set<string>([...ERROR_CODES, ...REQUEST_CODES]);

/**
 * The one error mapping: domain and request errors pass with their code (BAD_USER_INPUT always
 * carries fieldErrors); anything else is logged in full and reaches the client masked.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code as string | undefined;
    if (code && KNOWN.has(code) && original instanceof GraphQLError) {
      const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
      if (code === 'BAD_USER_INPUT' && !extensions.fieldErrors) {
        extensions.fieldErrors = [{ path: formatted.path?.join('.') ?? variablePath(formatted.message), message: formatted.message }];
      }
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error while resolving a request');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** Pulls `$name` out of graphql-js variable coercion messages, e.g. 'Variable "$asOf" got invalid value…'. */
function variablePath(message: string): string {
  const m = /Variable "\$([^"]+)"/.exec(message);
  return m ? m[1] : '';
}
