import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { type Harness, START, startHarness } from '../helpers/harness.js';

// A database suite shares two CPUs with every other suite in CI: slow is not wrong.
vi.setConfig({ testTimeout: 30_000 });

describe.each(databaseKinds)('on %s, a batch of events', (kind) => {
  let db: Database;
  let h: Harness;
  const logged: unknown[] = [];

  beforeAll(async () => {
    db = await testDatabase(kind);
    h = await startHarness(db, {
      logger: { info: () => {}, warn: () => {}, error: (...args) => logged.push(args) },
    });
    // A real database failure halfway through a batch: the answer commented 'boom' cannot
    // be stored (a trigger raises), after the events before it were written.
    await db.query(`create function refuse_boom() returns trigger language plpgsql as $$
      begin if new.comment = 'boom' then raise exception 'boom'; end if; return new; end $$`);
    await db.query(`create trigger refuse_boom before insert on nps_answers
      for each row execute function refuse_boom()`);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  const impression = (id: string, fields: object = {}) => ({
    id,
    type: 'impression',
    at: START,
    visitorId: 'v-1',
    campaignId: 'c',
    variantId: 'v',
    ...fields,
  });
  const answer = (id: string, comment: string) => ({
    ...impression(id),
    type: 'nps-answer',
    score: 9,
    segment: 'promoter',
    kind: 'transactional',
    comment,
  });
  const send = (events: unknown[]) => h.call('/v1/events', { body: { events } });
  const stored = async (prefix: string) =>
    (
      await db.query<{ n: number }>('select count(*)::int as n from events where id like $1', [
        `${prefix}%`,
      ])
    )[0]?.n;

  it('is stored all or nothing: a failure on its last event stores none of it', async () => {
    const batch = [
      impression('all-1', { advocateId: 'adv-1' }),
      answer('all-2', 'fine'),
      answer('all-3', 'boom'),
    ];
    const failed = await send(batch);
    expect(failed.status).toBe(500);
    expect((await failed.json()).error.code).toBe('internal');
    expect(logged).toHaveLength(1);
    expect(await stored('all-')).toBe(0);
    expect(await db.query("select * from nps_answers where event_id like 'all-%'")).toEqual([]);
    expect(await db.query("select * from advocate_visitors where advocate_id = 'adv-1'")).toEqual(
      [],
    );
    // The retry the outbox makes (here without the event the database refuses) stores it whole.
    const retried = await send(batch.slice(0, 2));
    expect(await retried.json()).toEqual({ accepted: ['all-1', 'all-2'], duplicates: [] });
    expect(await stored('all-')).toBe(2);
  });

  it('answers a repeated id once as accepted, then as a duplicate', async () => {
    const response = await send([impression('rep-1'), impression('rep-2'), impression('rep-1')]);
    expect(await response.json()).toEqual({
      accepted: ['rep-1', 'rep-2'],
      duplicates: ['rep-1'],
    });
  });

  it('stores each id once when overlapping batches race in opposite orders', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `race-${String(i).padStart(2, '0')}`);
    const batch = (order: string[]) =>
      order.map((id) => impression(id, { advocateId: `adv-${id}`, visitorId: `v-${id}` }));
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => send(batch(i % 2 ? [...ids].reverse() : ids))),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(8).fill(200));
    const bodies = await Promise.all(answers.map((r) => r.json()));
    expect(bodies.flatMap((b) => b.accepted).sort()).toEqual(ids);
    expect(await stored('race-')).toBe(20);
    // An event's advocateId is unsigned: it never makes a visitor the advocate.
    const pairs = await db.query<{ n: number }>(
      "select count(*)::int as n from advocate_visitors where advocate_id like 'adv-race-%'",
    );
    expect(pairs[0]?.n).toBe(0);
  });
});
