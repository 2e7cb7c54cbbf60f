import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';

/** A child process with its output recorded and its exit awaited. */
export interface Launched {
  child: ChildProcess;
  /** Exit code, or 128 + the signal's number when a signal ended it. */
  exited: Promise<number>;
  output(): string;
  /** Resolves once the output contains `text` (rejects after `ms`). */
  waitForOutput(text: string | RegExp, ms?: number): Promise<void>;
}

/** Children still running, so that a failed test does not leave a server keeping jest alive. */
const running = new Set<ChildProcess>();

/**
 * Ends every child `launch` started that still runs (a failed test's): SIGTERM (npm forwards it to
 * the server), SIGKILL after 5 s, and its pipes closed, so no leftover keeps jest alive. For afterAll.
 */
export async function killLaunched(): Promise<void> {
  await Promise.all([...running].map(async (child) => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    child.stdout?.destroy();
    child.stderr?.destroy();
  }));
}

const SIGNALS: Record<string, number> = { SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

/** Runs `command args` with `env` added to this process's (NODE_OPTIONS cleared: no jest VM flags). */
export function launch(command: string, args: string[], env: Record<string, string>): Launched {
  const child = spawn(command, args, { env: { ...process.env, NODE_OPTIONS: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.on('exit', () => running.delete(child));
  let output = '';
  const watchers: (() => void)[] = [];
  const append = (d: Buffer) => {
    output += d;
    for (const w of [...watchers]) w();
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const exited = new Promise<number>((resolve) => child.on('exit', (code, signal) => resolve(code ?? 128 + (SIGNALS[signal ?? ''] ?? 0))));
  return {
    child,
    exited,
    output: () => output,
    waitForOutput(text, ms = 30_000) {
      return new Promise((resolve, reject) => {
        const matches = () => (typeof text === 'string' ? output.includes(text) : text.test(output));
        const timer = setTimeout(() => reject(new Error(`no ${text} in the output within ${ms} ms:\n${output}`)), ms);
        const check = () => {
          if (!matches()) return;
          clearTimeout(timer);
          watchers.splice(watchers.indexOf(check), 1);
          resolve();
        };
        watchers.push(check);
        check();
      });
    },
  };
}

const BUILD = 'npm run build --silent && ';

/**
 * `npm run <script> -- args` as a user types it (npm, the script's shell, node), minus the build
 * that starts the script (`npm test` has built dist): the rest of package.json's command, run by
 * `npm exec -c`, which spawns and forwards signals as `npm run` does.
 */
export function npmRun(script: string, args: string[], env: Record<string, string>): Launched {
  const command: string = JSON.parse(readFileSync('package.json', 'utf8')).scripts[script];
  if (!command.startsWith(BUILD)) throw new Error(`script ${script} does not start with "${BUILD}"`);
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  return launch('npm', ['exec', '--silent', '-c', `${command.slice(BUILD.length)} ${quoted}`], env);
}

/** Fetches `url` until it answers (any status), for up to `ms`. */
export async function waitForHttp(url: string, ms = 60_000): Promise<Response> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * A POST to /graphql whose body arrives slowly: the headers and half the body now, the rest when
 * `finish()` is called. The server counts it in flight from the headers on.
 */
export function slowGraphqlRequest(baseUrl: string, query: string): { finish(): void; response: Promise<{ status: number; body: string }> } {
  const body = JSON.stringify({ query });
  const half = Math.floor(body.length / 2);
  const req = http.request(`${baseUrl}/graphql`, {
    method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('error', reject);
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('error', reject);
    });
  });
  req.write(body.slice(0, half));
  req.flushHeaders();
  return { finish: () => void req.end(body.slice(half)), response };
}
