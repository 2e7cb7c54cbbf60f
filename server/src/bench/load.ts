import net from 'node:net';

/** A request of a load: its JSON body and, for a key holder, its Authorization header. */
export interface LoadRequest {
  body: string;
  authorization?: string;
}

export interface RunResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  /** The first few error answers (status and start of the body), to say what failed. */
  errorSamples?: string[];
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const HEADER_END = Buffer.from('\r\n\r\n');

/**
 * Reads HTTP/1.1 responses off one keep-alive socket: Content-Length or chunked bodies. Lean on
 * purpose (no header objects, no agent): the generator shares the 2 cores with the server and
 * PostgreSQL, and node:http cost it about 0.4 ms of CPU per request.
 */
class ResponseReader {
  private buffer: Buffer = Buffer.alloc(0);
  private waiting: ((r: { status: number; body: Buffer } | null) => void) | null = null;
  private closed = false;

  constructor(socket: net.Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
      this.drain();
    });
    const fail = () => {
      this.closed = true;
      this.waiting?.(null);
      this.waiting = null;
    };
    socket.on('close', fail);
    socket.on('error', fail);
  }

  next(): Promise<{ status: number; body: Buffer } | null> {
    return new Promise((resolve) => {
      if (this.closed) return resolve(null);
      this.waiting = resolve;
      this.drain();
    });
  }

  private drain(): void {
    if (!this.waiting) return;
    const end = this.buffer.indexOf(HEADER_END);
    if (end < 0) return;
    const head = this.buffer.toString('latin1', 0, end);
    const status = Number(head.slice(9, 12));
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    let body: Buffer;
    let consumed: number;
    if (length) {
      consumed = end + 4 + Number(length[1]);
      if (this.buffer.length < consumed) return;
      body = this.buffer.subarray(end + 4, consumed);
    } else {
      const chunks: Buffer[] = [];
      let at = end + 4;
      for (;;) {
        const lineEnd = this.buffer.indexOf('\r\n', at);
        if (lineEnd < 0) return;
        const size = parseInt(this.buffer.toString('latin1', at, lineEnd), 16);
        if (this.buffer.length < lineEnd + 2 + size + 2) return;
        chunks.push(this.buffer.subarray(lineEnd + 2, lineEnd + 2 + size));
        at = lineEnd + 2 + size + 2;
        if (size === 0) break;
      }
      consumed = at;
      body = Buffer.concat(chunks);
    }
    this.buffer = this.buffer.subarray(consumed);
    const resolve = this.waiting;
    this.waiting = null;
    resolve({ status, body });
  }
}

/**
 * Sends POST /graphql requests from `connections` keep-alive connections for `seconds`, each
 * connection one request at a time; `body(i)` gives the i-th request body (or body and
 * Authorization). Latencies in ms, from writing the request to the last byte of the response. A
 * response other than 200, or one with GraphQL `errors`, counts as an error. With `rate`, the
 * connections together send at most `rate` requests a second, evenly spaced (a connection that
 * falls behind sends at once, without building a backlog); without, as fast as answers come.
 */
export async function runLoad(url: string, connections: number, seconds: number, body: (i: number) => string | LoadRequest, opts: { rate?: number } = {}): Promise<RunResult> {
  const target = new URL('/graphql', url);
  const latencies: number[] = [];
  let errors = 0;
  const errorSamples: string[] = [];
  let counter = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  const request = (next: string | LoadRequest) => {
    const { body: payload, authorization } = typeof next === 'string' ? { body: next, authorization: undefined } : next;
    const bytes = Buffer.from(payload);
    const auth = authorization ? `Authorization: ${authorization}\r\n` : '';
    return Buffer.concat([
      Buffer.from(`POST ${target.pathname} HTTP/1.1\r\nHost: ${target.host}\r\nContent-Type: application/json\r\nContent-Length: ${bytes.length}\r\n${auth}Connection: keep-alive\r\n\r\n`),
      bytes,
    ]);
  };
  const interval = opts.rate ? (connections * 1000) / opts.rate : 0;
  await Promise.all(Array.from({ length: connections }, async (_, c) => {
    let socket: net.Socket | null = null;
    let reader: ResponseReader | null = null;
    let due = started + (interval * c) / connections;
    while (performance.now() < until) {
      if (interval) {
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        due = Math.max(due + interval, performance.now() - interval);
        if (performance.now() >= until) break;
      }
      if (!socket) {
        socket = net.connect(Number(target.port), target.hostname);
        socket.setNoDelay(true);
        reader = new ResponseReader(socket);
        await new Promise<void>((resolve) => socket!.once('connect', resolve).once('error', () => resolve()));
      }
      const t0 = performance.now();
      socket.write(request(body(counter++)));
      const res = await reader!.next();
      latencies.push(performance.now() - t0);
      if (!res) {
        errors++;
        socket.destroy();
        socket = null;
        continue;
      }
      if (res.status !== 200 || res.body.includes('"errors"')) {
        errors++;
        if (errorSamples.length < 3) errorSamples.push(`${res.status} ${res.body.toString('utf8', 0, 300)}`);
      }
    }
    socket?.destroy();
  }));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, seconds: elapsed, rps: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), ...(errorSamples.length ? { errorSamples } : {}) };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
