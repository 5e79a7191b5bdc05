import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** The server package's folder: the child runs `src/main.ts` from there. */
const packageDir = new URL('../../', import.meta.url).pathname;

/** The admin token and site every fault-test server is configured with. */
export const FAULT_ADMIN_TOKEN = 'fault-admin-token-0123456789';
export const FAULT_SITE_KEY = 'fault-shop';
export const FAULT_SITE = {
  siteKey: FAULT_SITE_KEY,
  secret: 'fault-site-secret-0123456789',
  origins: ['https://shop.example'],
  landingUrl: 'https://shop.example/?ref={code}',
};

// Every child this worker spawned: killed when a test forgets, and when the worker exits.
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** SIGKILLs every server process still running (an `afterEach` for fault tests). */
export async function killAllServers(): Promise<void> {
  await Promise.all(
    [...children].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
}

/** One JSON log line the server wrote (stdout or stderr), parsed; non-JSON lines keep `raw`. */
export interface LogEntry {
  level?: string;
  message?: string;
  raw: string;
  stream: 'stdout' | 'stderr';
  [field: string]: unknown;
}

/** How the child ended. */
export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A server running in a child process. */
export interface ServerProcess {
  /** `http://127.0.0.1:<port>`, read from the "listening" log line. */
  url: string;
  pid: number;
  /** Every log line so far (the array grows while the process runs). */
  logs: LogEntry[];
  /** Resolves when the process has exited. */
  exited: Promise<Exit>;
  /** Resolves with the first log line (past or future) that matches; rejects on exit. */
  waitForLog(match: (entry: LogEntry) => boolean): Promise<LogEntry>;
  /** Sends a signal and waits for the exit. */
  kill(signal?: NodeJS.Signals): Promise<Exit>;
}

/** Options for {@link startServer} and {@link spawnServer}. */
export interface ServerProcessOptions {
  /** `DATABASE_URL` or `GRAPEVINE_DATA_DIR` (see `databases.ts`). */
  database: Record<string, string>;
  /** More environment (overrides the defaults, e.g. `GRAPEVINE_SHUTDOWN_GRACE_MS`). */
  env?: Record<string, string>;
}

/**
 * Spawns `grapevine-server serve` from source (tsx with the `@grapevine/source` condition)
 * on 127.0.0.1 with an ephemeral port. Does not wait: use {@link startServer} for a ready one.
 */
export function spawnServer(options: ServerProcessOptions): {
  child: ChildProcess;
  logs: LogEntry[];
  waitForLog: ServerProcess['waitForLog'];
  exited: Promise<Exit>;
} {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@grapevine/source', 'src/main.ts', 'serve'],
    {
      cwd: packageDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH ?? '',
        HOST: '127.0.0.1',
        PORT: '0',
        GRAPEVINE_ADMIN_TOKEN: FAULT_ADMIN_TOKEN,
        GRAPEVINE_RATE_LIMIT_PER_IP: '1000000000',
        GRAPEVINE_SITES: JSON.stringify([FAULT_SITE]),
        ...options.database,
        ...options.env,
      },
    },
  );
  children.add(child);
  child.once('exit', () => children.delete(child));
  const logs: LogEntry[] = [];
  const waiters = new Set<{ match: (entry: LogEntry) => boolean; done: (e: LogEntry) => void }>();
  const exited = new Promise<Exit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  for (const stream of ['stdout', 'stderr'] as const) {
    createInterface({ input: child[stream] as NodeJS.ReadableStream }).on('line', (raw) => {
      let entry: LogEntry;
      try {
        entry = { ...JSON.parse(raw), raw, stream };
      } catch {
        entry = { raw, stream };
      }
      logs.push(entry);
      for (const waiter of waiters) {
        if (waiter.match(entry)) {
          waiters.delete(waiter);
          waiter.done(entry);
        }
      }
    });
  }
  const waitForLog = (match: (entry: LogEntry) => boolean) => {
    const seen = logs.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise<LogEntry>((resolve, reject) => {
      waiters.add({ match, done: resolve });
      void exited.then((exit) =>
        reject(
          new Error(
            `server exited (${exit.code ?? exit.signal}) before the expected log line:\n${logs.map((l) => l.raw).join('\n')}`,
          ),
        ),
      );
    });
  };
  return { child, logs, waitForLog, exited };
}

/**
 * Starts a server process and resolves once it listens.
 * @example const server = await startServer({ database: await pgliteDatabase() });
 */
export async function startServer(options: ServerProcessOptions): Promise<ServerProcess> {
  const { child, logs, waitForLog, exited } = spawnServer(options);
  const listening = await waitForLog((entry) => typeof entry.url === 'string');
  return {
    url: listening.url as string,
    pid: child.pid as number,
    logs,
    exited,
    waitForLog,
    kill: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
