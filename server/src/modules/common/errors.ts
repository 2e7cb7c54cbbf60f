import { GraphQLError, type GraphQLErrorOptions } from 'graphql';

/** One problem with one input field; `path` is dotted from the argument, e.g. `input.location.lat`. */
export interface FieldError {
  path: string;
  message: string;
}

/** Stable error codes of the partner contract (docs/CONTRACT.md). */
export const ERROR_CODES = [
  'BAD_USER_INPUT', 'NOT_FOUND', 'VERSION_CONFLICT', 'UNAUTHENTICATED', 'FORBIDDEN',
  // Limits of one request (see server/src/graphql/limits): refused before anything runs.
  'QUERY_TOO_DEEP', 'QUERY_TOO_MANY_ALIASES', 'QUERY_TOO_MANY_DIRECTIVES', 'QUERY_TOO_LARGE', 'QUERY_TOO_COMPLEX',
  // The request was stopped (time budget) or the database could not serve it in time.
  'REQUEST_TIMEOUT', 'SERVICE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Base of the hub's domain errors: a GraphQLError with a stable `extensions.code`. */
export class HubError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}, options: { nodes?: GraphQLErrorOptions['nodes'] } = {}) {
    super(message, { ...options, extensions: { code, ...extensions } });
    this.name = new.target.name;
  }
}

/** The caller's input is wrong; `fieldErrors` names every bad field. Nothing was changed. */
export class BadUserInputError extends HubError {
  constructor(readonly fieldErrors: FieldError[], message?: string) {
    super(message ?? `Invalid input: ${fieldErrors.map((e) => `${e.path}: ${e.message}`).join('; ')}`, 'BAD_USER_INPUT', { fieldErrors });
  }
}

export class NotFoundError extends HubError {
  constructor(what: string, key: string) {
    super(`${what} ${key} does not exist`, 'NOT_FOUND');
  }
}

/** The record changed since the caller read it (`expectedVersion` is stale). Nothing was changed. */
export class VersionConflictError extends HubError {
  constructor(readonly currentVersion: number) {
    super(`The record was changed by someone else (current version ${currentVersion}); read it again and retry`, 'VERSION_CONFLICT', { currentVersion });
  }
}

export class UnauthenticatedError extends HubError {
  constructor() {
    super('This operation needs an API key: send Authorization: Bearer <key>', 'UNAUTHENTICATED');
  }
}

export class ForbiddenError extends HubError {
  constructor(what: string) {
    super(`Your API key may not ${what}`, 'FORBIDDEN');
  }
}

/** Collects field errors while validating, then throws them all at once. */
export class FieldErrors {
  readonly list: FieldError[] = [];
  add(path: string, message: string): void {
    this.list.push({ path, message });
  }
  throwIfAny(): void {
    if (this.list.length) throw new BadUserInputError(this.list);
  }
}

/** The request asked for more than one request may (its `limit` and what was `found` in `extensions`). */
export class QueryLimitError extends HubError {
  constructor(code: Extract<ErrorCode, `QUERY_${string}`>, message: string, limit: number, found?: number) {
    super(message, code, { limit, ...(found === undefined ? {} : { found }), http: { status: 400 } });
  }
}

/** The request ran past its time budget (HUB_REQUEST_TIMEOUT_MS, or a statement past its timeout); its SQL was cancelled. */
export class RequestStoppedError extends HubError {
  constructor(reason: string) {
    super(`The request was stopped (${reason}) and its database work cancelled; ask for less at once, or try again later`, 'REQUEST_TIMEOUT');
  }
}

/** No database connection could be had in time: the hub is overloaded or the database unreachable. */
export class ServiceUnavailableError extends HubError {
  constructor() {
    super('The database is busy or unreachable; try again shortly', 'SERVICE_UNAVAILABLE');
  }
}
