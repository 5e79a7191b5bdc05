import { describe, expect, it } from 'vitest';
import type { Queryable } from '../../src/db/database.js';
import { coalescingWriter, type EventRow } from '../../src/services/event-rows.js';

/** A database at the port's seam: records each statement's rows and answers when told. */
function fakeDb(fail: (ids: string[]) => boolean = () => false) {
  const statements: string[][] = [];
  const stored = new Set<string>();
  const pending: (() => void)[] = [];
  const db: Queryable = {
    async query<Row extends object>(_sql: string, params: readonly unknown[] = []) {
      const rows = JSON.parse(String(params[0])) as EventRow[];
      const ids = rows.map((row) => row.id);
      statements.push(ids);
      await new Promise<void>((resolve) => pending.push(resolve));
      if (fail(ids)) throw new Error('refused');
      const fresh = rows.filter((row) => !stored.has(row.id));
      for (const row of fresh) stored.add(row.id);
      return fresh.map((row) => ({ site_key: row.site_key, id: row.id })) as unknown as Row[];
    },
  };
  /** Lets every statement waiting so far answer, and waits for the writer to move on. */
  const answer = async () => {
    for (const resolve of pending.splice(0)) resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { db, statements, answer };
}

const row = (id: string) => ({ site_key: 's', id }) as EventRow;

describe('coalescingWriter', () => {
  it('writes at once when idle, then groups what waits into one statement', async () => {
    const { db, statements, answer } = fakeDb();
    const write = coalescingWriter(db, 1);
    const first = write([row('a')]);
    const waiting = [write([row('b')]), write([row('c'), row('d')]), write([row('e')])];
    expect(statements).toEqual([['a']]);
    await answer();
    expect(statements).toEqual([['a'], ['b', 'c', 'd', 'e']]);
    await answer();
    expect(await first).toEqual(new Set(['a']));
    expect(await Promise.all(waiting)).toEqual([
      new Set(['b']),
      new Set(['c', 'd']),
      new Set(['e']),
    ]);
  });

  it('gives an id two waiting requests share to the first; the other gets a duplicate', async () => {
    const { db, answer } = fakeDb();
    const write = coalescingWriter(db, 1);
    const busy = write([row('x')]);
    const one = write([row('same'), row('p')]);
    const two = write([row('same'), row('q')]);
    await answer();
    await answer();
    await busy;
    expect(await one).toEqual(new Set(['same', 'p']));
    expect(await two).toEqual(new Set(['q']));
  });

  it('retries each request alone when a combined statement fails: one cannot fail another', async () => {
    const { db, statements, answer } = fakeDb((ids) => ids.includes('bad'));
    const write = coalescingWriter(db, 1);
    const busy = write([row('x')]);
    const good = write([row('g')]);
    const bad = write([row('bad')]).catch((error: Error) => error.message);
    await answer(); // x
    await answer(); // g + bad together: refused
    await answer(); // g alone, bad alone
    await busy;
    expect(await good).toEqual(new Set(['g']));
    expect(await bad).toBe('refused');
    expect(statements).toEqual([['x'], ['bad', 'g'], ['g'], ['bad']]);
  });

  it('runs up to maxInFlight statements at once', async () => {
    const { db, statements, answer } = fakeDb();
    const write = coalescingWriter(db, 2);
    const all = [write([row('a')]), write([row('b')]), write([row('c')])];
    expect(statements).toEqual([['a'], ['b']]);
    await answer();
    await answer();
    await Promise.all(all);
    expect(statements).toEqual([['a'], ['b'], ['c']]);
  });
});
