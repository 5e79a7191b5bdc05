import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir } from '../../src/db/data-dir-lock.js';
import { isDataDirLockedError } from '../../src/errors.js';

const dirs: string[] = [];
function dataDir(): string {
  const parent = mkdtempSync(join(tmpdir(), 'grapevine-lock-'));
  dirs.push(parent);
  return join(parent, 'pglite');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The pid of a process that has exited. */
function deadPid(): number {
  // The pid spawnSync reports, not one the child prints: its stdout may carry more than that
  // (NODE_OPTIONS, warnings), and a lock naming no valid pid is not taken over as stale.
  const { pid } = spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' });
  if (!pid) throw new Error('could not start a child process');
  return pid;
}

const holder = (pid: number) => `${JSON.stringify({ pid, host: 'elsewhere', since: 'x' })}\n`;

describe('lockDataDir', () => {
  it('creates <dataDir>.lock with this pid and removes it on release', () => {
    const dir = dataDir();
    const lock = lockDataDir(dir);
    expect(lock.path).toBe(`${dir}.lock`);
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
    lock.release(); // idempotent
    expect(existsSync(lock.path)).toBe(false);
  });

  it('refuses while a live process holds it, naming the directory and the pid', () => {
    const dir = dataDir();
    lockDataDir(dir); // creates the parent; then another live process "holds" it
    writeFileSync(`${dir}.lock`, holder(process.ppid));
    let thrown: unknown;
    try {
      lockDataDir(dir);
    } catch (error) {
      thrown = error;
    }
    expect(isDataDirLockedError(thrown)).toBe(true);
    expect((thrown as Error).message).toContain(
      `The PGlite data directory ${dir} is in use by process ${process.ppid} on elsewhere`,
    );
    expect(readFileSync(`${dir}.lock`, 'utf8')).toBe(holder(process.ppid)); // untouched
  });

  it.each([
    ['a dead pid (crash, SIGKILL)', () => holder(deadPid())],
    ['its own pid (pid 1 again after a container restart)', () => holder(process.pid)],
  ])('takes over a stale lock: %s', (_, content) => {
    const dir = dataDir();
    lockDataDir(dir).release();
    writeFileSync(`${dir}.lock`, content());
    const lock = lockDataDir(dir);
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({ pid: process.pid });
  });

  it('does not remove a lock another process took over', () => {
    const dir = dataDir();
    const lock = lockDataDir(dir);
    writeFileSync(lock.path, holder(process.ppid));
    lock.release();
    expect(readFileSync(lock.path, 'utf8')).toBe(holder(process.ppid));
  });
});
