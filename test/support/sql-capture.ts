import pg from 'pg';

export interface CapturedQuery { text: string; values: unknown[] }

/** Records every statement sent through the pg driver while `fn` runs (counted at the driver). */
export async function captureQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: CapturedQuery[] }> {
  const queries: CapturedQuery[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: any[]) {
    const [first, second] = args;
    if (typeof first === 'string') queries.push({ text: first, values: Array.isArray(second) ? second : [] });
    else if (first?.text) queries.push({ text: first.text, values: first.values ?? [] });
    return (original as any).apply(this, args);
  } as any;
  try {
    return { result: await fn(), queries };
  } finally {
    pg.Client.prototype.query = original;
  }
}
