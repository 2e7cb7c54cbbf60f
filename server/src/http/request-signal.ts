import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a request's context knows of the request's life. */
export interface RequestLifetime {
  /** Aborts when the request should stop working: its client left before the answer, or its time budget ran out. */
  signal: AbortSignal;
  /** Runs `fn` once the exchange is over (answered, or the connection closed), whatever happened. */
  afterResponse(fn: () => void): void;
}

/**
 * The lifetime of one HTTP request. The context hands `signal` to the request's database access,
 * which then cancels the statement running in PostgreSQL.
 */
export function requestLifetime(_req: IncomingMessage, res: ServerResponse, budgetMs: number): RequestLifetime {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(`time budget of ${budgetMs} ms exceeded`), budgetMs);
  timer.unref(); // the open connection keeps the process alive, not the budget
  res.once('close', () => {
    clearTimeout(timer);
    if (!res.writableFinished) controller.abort('client disconnected');
  });
  return {
    signal: controller.signal,
    afterResponse: (fn) => {
      if (res.closed) fn();
      else res.once('close', fn);
    },
  };
}
