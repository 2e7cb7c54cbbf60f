import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../logger.js';
import { ERROR_CODES } from '../modules/common/errors.js';

/** Codes Apollo itself gives to problems of the request (parse, validation, variables). */
const REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);
const KNOWN = new Set<string>([...ERROR_CODES, ...REQUEST_CODES]);
/** Codes that say the caller asked for something wrong or too much: logged at info, one line. */
const REFUSALS = new Set<string>([...REQUEST_CODES, ...ERROR_CODES.filter((c) => c === 'BAD_USER_INPUT' || c.startsWith('QUERY_'))]);

/** PostgreSQL's SQLSTATEs and pg-pool's message for the database running out of time or connections. */
function databaseRefusal(error: unknown): 'REQUEST_TIMEOUT' | 'SERVICE_UNAVAILABLE' | undefined {
  for (let e = error as any, depth = 0; e && depth < 5; e = e.cause ?? e.previous, depth++) {
    if (e.code === '57014' || e.code === '25P03') return 'REQUEST_TIMEOUT'; // query_canceled, idle_in_transaction_session_timeout
    if (typeof e.message === 'string' && /timeout exceeded when trying to connect/i.test(e.message)) return 'SERVICE_UNAVAILABLE';
  }
  return undefined;
}

const DATABASE_MESSAGES = {
  REQUEST_TIMEOUT: 'The request ran past its time limit and its database work was cancelled; ask for less at once, or try again later',
  SERVICE_UNAVAILABLE: 'The database is busy or unreachable; try again shortly',
};

/** A parse failure that is not a syntax error (the parser ran out of stack on a deeply nested document). */
function parseFailureMessage(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.message.startsWith('Syntax Error')) {
    const tokens = /more tha[nt] (\d+) tokens/.exec(formatted.message);
    if (tokens) return { message: `The query has more than ${tokens[1]} tokens; send a smaller document`, extensions: { code: 'QUERY_TOO_LARGE', limit: Number(tokens[1]) } };
    return formatted;
  }
  return { message: 'Syntax Error: the document is nested too deeply to be read', extensions: { code: 'QUERY_TOO_DEEP' } };
}

/**
 * The one error mapping: domain and request errors pass with their code (BAD_USER_INPUT always
 * carries fieldErrors) and are logged at info in one line; limits found during validation keep their
 * own code; the database running out of time or connections is said so; anything else is logged in
 * full and reaches the client masked.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    let code = formatted.extensions?.code as string | undefined;
    if (code === 'GRAPHQL_PARSE_FAILED') formatted = parseFailureMessage(formatted);
    // A limit reported by a validation rule arrives wrapped by Apollo as GRAPHQL_VALIDATION_FAILED.
    const limit = original instanceof GraphQLError && original.originalError instanceof GraphQLError ? original.originalError : undefined;
    if (code === 'GRAPHQL_VALIDATION_FAILED' && limit && String(limit.extensions?.code ?? '').startsWith('QUERY_')) {
      formatted = { ...formatted, extensions: { ...limit.extensions } };
      delete (formatted.extensions as Record<string, unknown>).http;
    }
    code = formatted.extensions?.code as string | undefined;
    if (code && KNOWN.has(code) && original instanceof GraphQLError) {
      const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
      if (code === 'BAD_USER_INPUT' && !extensions.fieldErrors) {
        extensions.fieldErrors = [{ path: formatted.path?.join('.') ?? variablePath(formatted.message), message: formatted.message }];
      }
      if (REFUSALS.has(code)) logger.info({ code, path: formatted.path, message: formatted.message.slice(0, 200) }, 'request refused');
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    const refusal = databaseRefusal(original);
    if (refusal) {
      logger.warn({ code: refusal, path: formatted.path, reason: (original as Error)?.message }, 'request stopped by the database');
      return { message: DATABASE_MESSAGES[refusal], path: formatted.path, extensions: { code: refusal } };
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
