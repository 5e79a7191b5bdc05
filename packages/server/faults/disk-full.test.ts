// Disk full under PGlite, for real: the data directory lives on a small tmpfs that the test
// fills. Writes answer 507 with Retry-After (never a 500, never a wedged process), liveness
// keeps answering, and writes succeed again once space returns. Needs root (mount).
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import {
  impressionEvent,
  pgliteDatabaseIn,
  postEvents,
  startServer,
  storedEventIds,
  tearDown,
} from './support/index.js';

function mountTmpfs(): { dir?: string; reason?: string } {
  if (userInfo().uid !== 0) return { reason: 'mounting a tmpfs needs root' };
  const dir = mkdtempSync(join(tmpdir(), 'grapevine-diskfull-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=96m', 'tmpfs', dir], { stdio: 'pipe' });
    return { dir };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { reason: `cannot mount a tmpfs here: ${(error as Error).message.split('\n')[0]}` };
  }
}

const mount = mountTmpfs();
afterAll(() =>
  tearDown(async () => {
    if (!mount.dir) return;
    execFileSync('umount', [mount.dir]);
    rmSync(mount.dir, { recursive: true, force: true });
  }),
);

/** Writes zeros until the file system refuses: the disk is full. */
function fill(path: string): void {
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(1 << 20);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}

let batch = 0;
async function postBatch(url: string) {
  batch += 1;
  const ids = Array.from({ length: 100 }, (_, i) => `disk-${batch}-${i}`);
  const events = ids.map((id) => impressionEvent(id, `visitor-${id}-${'x'.repeat(60)}`));
  const response = await postEvents(url, events);
  return { response, body: await response.json(), ids };
}

it.skipIf(!mount.dir)(
  `answers 507 while the disk is full and recovers when space returns${mount.reason ? ` (skipped: ${mount.reason})` : ''}`,
  async () => {
    const database = pgliteDatabaseIn(join(mount.dir as string, 'pglite'));
    const server = await startServer({ database: database.env });
    const acknowledged: string[] = [];
    const first = await postBatch(server.url);
    expect(first.response.status).toBe(200);
    acknowledged.push(...first.ids);

    const filler = join(mount.dir as string, 'filler');
    fill(filler);
    let full: Awaited<ReturnType<typeof postBatch>> | undefined;
    for (let attempt = 0; attempt < 300 && !full; attempt += 1) {
      const answer = await postBatch(server.url);
      expect([200, 507]).toContain(answer.response.status);
      if (answer.response.status === 507) full = answer;
      else acknowledged.push(...answer.ids);
    }
    expect(full?.response.headers.get('retry-after')).toBe('60');
    expect(full?.body).toMatchObject({ error: { code: 'insufficient-storage' } });
    expect((await fetch(`${server.url}/health/live`)).status).toBe(200);

    rmSync(filler);
    const again = await postBatch(server.url);
    expect(again.response.status).toBe(200);
    acknowledged.push(...again.ids);
    expect(await server.kill('SIGTERM')).toEqual({ code: 0, signal: null });
    const stored = await storedEventIds(database);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  },
);
