import { hasAdminKey } from '../graphql/context.js';
import type { Budget } from '../config.js';

/** A recognised key: a stable id naming it (never the key itself), and its own budget if it has one. */
export interface KeyIdentity {
  id: string;
  /** Overrides the configured budget for keys (HUB_RATE_KEY_*). */
  budget?: Budget;
}

/**
 * Recognises API keys. Today only ADMIN_API_KEY exists (`adminKeyRing`); per-partner keys plug
 * in as another KeyRing, with a budget of their own where agreed.
 */
export interface KeyRing {
  identify(authorization: string): KeyIdentity | undefined;
}

/** Who a request says it is: nobody, a key holder, or someone with a key that is not valid. */
export type Caller = { kind: 'anonymous' } | { kind: 'key'; key: KeyIdentity } | { kind: 'invalid' };

/** The admin key, as the GraphQL context checks it (constant-time comparison). */
export function adminKeyRing(adminApiKey: string | undefined): KeyRing {
  return {
    identify: (authorization) => (hasAdminKey(authorization, adminApiKey) ? { id: 'admin' } : undefined),
  };
}

/** Reads the Authorization header: none is anonymous; any other value must be a known key. */
export function identifyCaller(authorization: string | undefined, keys: KeyRing): Caller {
  if (authorization === undefined || authorization.trim() === '') return { kind: 'anonymous' };
  const key = keys.identify(authorization);
  return key ? { kind: 'key', key } : { kind: 'invalid' };
}
