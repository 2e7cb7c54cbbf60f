import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A signal that aborts when the request should stop working: its client went away before the
 * answer was sent, or its time budget ran out. The context hands it to the request's database
 * access, which then cancels the statement running in PostgreSQL.
 */
export function requestSignal(_req: IncomingMessage, res: ServerResponse, budgetMs: number): AbortSignal {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(`time budget of ${budgetMs} ms exceeded`), budgetMs);
  res.once('close', () => {
    clearTimeout(timer);
    if (!res.writableFinished) controller.abort('client disconnected');
  });
  return controller.signal;
}
