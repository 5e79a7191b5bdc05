import { mkdirSync, readFileSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';
import { DataDirLockedError } from '../errors.js';

/** A held lock on a PGlite data directory. */
export interface DataDirLock {
  /** The lock file: `<dataDir>.lock`, beside the directory (PGlite owns the inside). */
  path: string;
  /** Removes the lock file if it is still ours. Idempotent. */
  release(): void;
}

// An unreadable lock file younger than this is being written by its creator, not stale.
const FRESH_LOCK_MS = 2_000;
// A takeover that has not finished after this long was abandoned by a process that died.
const STALE_TAKEOVER_MS = 10_000;

/**
 * Takes the exclusive lock on a PGlite data directory: a file created with `O_EXCL` that holds
 * the owner's pid. PGlite is one process's database; two processes on one directory lose writes.
 * A lock whose pid is not running (a crash, SIGKILL, a container restart) is taken over, one
 * process at a time (a `.takeover` directory serialises takeovers).
 * @throws DataDirLockedError naming the directory and the live holder's pid.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const directory = resolve(dataDir);
  const path = `${directory}.lock`;
  mkdirSync(dirname(path), { recursive: true });
  const mine = `${JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() })}\n`;
  const lock: DataDirLock = {
    path,
    release: () => {
      if (read(path) === mine) unlinkSync(path);
    },
  };
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      writeFileSync(path, mine, { flag: 'wx' });
      return lock;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const held = read(path);
    if (held === undefined) continue; // released in between: try again
    const holder = parseHolder(held);
    if (!holder && ageMs(path) < FRESH_LOCK_MS) {
      pause(50); // being written by the process that just created it
      continue;
    }
    if (holder && holder.pid !== process.pid && isRunning(holder.pid)) {
      throw new DataDirLockedError(
        `The PGlite data directory ${directory} is in use by process ${holder.pid}` +
          `${holder.host ? ` on ${holder.host}` : ''} (lock file ${path}). One process per ` +
          'directory: stop that process first, or use PostgreSQL (DATABASE_URL) to run several.',
      );
    }
    if (takeOver(path, held, mine)) return lock;
  }
  throw new DataDirLockedError(
    `Could not lock the PGlite data directory ${directory}: other processes keep taking ${path}.`,
  );
}

/** Replaces a stale lock whose text is still `stale`; false when another process got there first. */
function takeOver(path: string, stale: string, mine: string): boolean {
  const guard = `${path}.takeover`;
  try {
    mkdirSync(guard);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    if (ageMs(guard) > STALE_TAKEOVER_MS) rmdirSync(guard);
    else pause(50); // another process is mid-takeover: look again shortly
    return false;
  }
  try {
    if (read(path) !== stale) return false;
    writeFileSync(path, mine);
    return true;
  } finally {
    rmdirSync(guard);
  }
}

function ageMs(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat ? Date.now() - stat.mtimeMs : 0;
}

/** A short synchronous wait: locking happens once, at start, before the server listens. */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function parseHolder(text: string): { pid: number; host?: string } | undefined {
  try {
    const parsed = JSON.parse(text) as { pid?: unknown; host?: unknown };
    if (typeof parsed.pid !== 'number' || !Number.isInteger(parsed.pid) || parsed.pid <= 0)
      return undefined;
    return { pid: parsed.pid, ...(typeof parsed.host === 'string' ? { host: parsed.host } : {}) };
  } catch {
    return undefined; // half-written by a process that died: stale
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}
