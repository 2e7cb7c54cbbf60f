import { RequestStoppedError } from '../../modules/common/errors.js';

/**
 * Admission by cost: the operations an instance runs at once may together cost at most `capacity`
 * units. An operation that would pass it waits, first come first served, until enough has finished
 * or its request stops (its client leaves or its time budget runs out). Cheap operations (under
 * `free` units: every page, lookup and search) never wait, so a few heavy requests queue behind each
 * other instead of taking the event loop and the pool from everyone.
 */
export class AdmissionGate {
  private inFlight = 0;
  private readonly queue: { cost: number; admit: () => void }[] = [];

  constructor(readonly capacity: number, readonly free: number) {}

  /** Resolves with the function that gives the units back, once the operation may run. */
  async enter(cost: number, signal: AbortSignal): Promise<() => void> {
    if (cost < this.free) return noop;
    const units = Math.min(cost, this.capacity); // one operation alone may always run
    if (this.queue.length === 0 && this.inFlight + units <= this.capacity) return this.take(units);
    if (signal.aborted) throw stopped(signal);
    await new Promise<void>((resolve, reject) => {
      const entry = { cost: units, admit: () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      } };
      const onAbort = () => {
        this.queue.splice(this.queue.indexOf(entry), 1);
        reject(stopped(signal));
        this.admitWaiting();
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.queue.push(entry);
    });
    return this.take(units, true);
  }

  /** Units of the operations running now. */
  get running(): number {
    return this.inFlight;
  }

  /** Operations waiting now. */
  get waiting(): number {
    return this.queue.length;
  }

  private take(units: number, admitted = false): () => void {
    if (!admitted) this.inFlight += units;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight -= units;
      this.admitWaiting();
    };
  }

  private admitWaiting(): void {
    while (this.queue.length && this.inFlight + this.queue[0].cost <= this.capacity) {
      const next = this.queue.shift()!;
      this.inFlight += next.cost;
      next.admit();
    }
  }
}

const noop = () => undefined;

/** The request stopped while it waited: nothing ran (HTTP 503, the service is busy). */
function stopped(signal: AbortSignal): RequestStoppedError {
  const error = new RequestStoppedError(`${String(signal.reason ?? 'stopped')} while waiting behind heavier requests`);
  Object.assign(error.extensions, { http: { status: 503 } });
  return error;
}
