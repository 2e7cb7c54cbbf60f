/** The one place that talks to the hub: POST /graphql, JSON in and out. */

/** A request that failed: network down, HTTP error, or GraphQL errors in the answer. */
export class ApiError extends Error {
  constructor(message: string, readonly kind: 'network' | 'http' | 'graphql', readonly code?: string) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface GraphQLClientOptions {
  /** URL of the GraphQL endpoint; default `graphql` next to the page. */
  endpoint?: string;
}

export class GraphQLClient {
  private readonly endpoint: string;

  constructor(options: GraphQLClientOptions = {}) {
    this.endpoint = options.endpoint ?? new URL('graphql', document.baseURI).toString();
  }

  /** Runs one query; resolves with `data`, rejects with an ApiError (or an AbortError when aborted). */
  async request<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
    let res: Response;
    try {
      res = await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
        signal,
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiError((error as Error).message, 'network');
    }
    let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      body = await res.json();
    } catch {
      throw new ApiError(`HTTP ${res.status}`, 'http');
    }
    if (body.errors?.length) {
      const first = body.errors[0];
      throw new ApiError(first.message, 'graphql', first.extensions?.code);
    }
    if (!res.ok || body.data === undefined) throw new ApiError(`HTTP ${res.status}`, 'http');
    return body.data;
  }
}
