/** One request in flight per purpose: starting a new one aborts the previous (typing fast, clicking around). */
export class Requests {
  private readonly controllers = new Map<string, AbortController>();

  /** Aborts the previous request of this purpose and returns the signal of the new one. */
  start(purpose: string): AbortSignal {
    this.abort(purpose);
    const controller = new AbortController();
    this.controllers.set(purpose, controller);
    return controller.signal;
  }

  abort(purpose: string): void {
    this.controllers.get(purpose)?.abort();
    this.controllers.delete(purpose);
  }

  /** Whether an error is the abort of a superseded request (not a failure to report). */
  static aborted(error: unknown): boolean {
    return (error as Error)?.name === 'AbortError';
  }
}
