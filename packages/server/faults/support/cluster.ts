import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A throwaway PostgreSQL cluster of our own (initdb in a tmp dir, its own port), so a test
 * may stop and start it. NEVER stop the shared test cluster: other suites use it.
 */
export interface ThrowawayCluster {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  url: string;
  port: number;
  start(): Promise<void>;
  /** `fast` disconnects clients and stops; `immediate` is a crash. @default 'fast' */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** Stops it (if running) and removes its files. */
  destroy(): Promise<void>;
}

/** Debian keeps the server binaries off PATH: take the newest /usr/lib/postgresql/N/bin. */
function pgBin(command: string): string {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return command;
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'bin', command)))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin', command) : command;
}

/** Why a throwaway cluster cannot be made here, or `undefined` when it can. */
export async function clusterUnavailable(): Promise<string | undefined> {
  try {
    await run(pgBin('initdb'), ['--version']);
  } catch {
    return 'initdb is neither on PATH nor in /usr/lib/postgresql/*/bin';
  }
  if (userInfo().uid === 0) {
    try {
      await run('id', ['postgres']);
    } catch {
      return 'running as root without a "postgres" user to run initdb as';
    }
  }
  return undefined;
}

/** Creates and starts a cluster (about 2 s: initdb with fsync off). */
export async function throwawayCluster(): Promise<ThrowawayCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'grapevine-cluster-'));
  const asRoot = userInfo().uid === 0;
  // initdb and postgres refuse to run as root: run them as the postgres user.
  const pg = (command: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', pgBin(command), ...args])
      : run(pgBin(command), args);
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const data = join(dir, 'data');
  const port = await freePort();
  await pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c max_connections=50`;
  let running = false;
  const cluster: ThrowawayCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start: async () => {
      await pg('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
      running = true;
    },
    stop: async (mode = 'fast') => {
      await pg('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
      running = false;
    },
    destroy: async () => {
      if (running) await cluster.stop('immediate');
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
