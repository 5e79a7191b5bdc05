// An NPS comment sent after its answer (`nps-comment`, issue #16): the server keeps one answer
// per answer id and sets its comment, whatever the order of arrival, on any server process.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { type Harness, startHarness } from '../helpers/harness.js';

vi.setConfig({ testTimeout: 30_000 });

describe.each(databaseKinds)('on %s', (kind) => {
  let db: Database;
  let h: Harness;

  beforeAll(async () => {
    db = await testDatabase(kind);
    h = await startHarness(db);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  let serial = 0;
  const prompt = { campaignId: 'nps', variantId: 'default' };
  const answer = (visitorId: string) => ({
    id: `answer-${++serial}`,
    at: h.clock.now(),
    type: 'nps-answer',
    visitorId,
    ...prompt,
    score: 6,
    segment: 'detractor',
    kind: 'relational',
  });
  const comment = (visitorId: string, answerId: string, text: string) => ({
    id: `comment-${++serial}`,
    at: h.clock.now(),
    type: 'nps-comment',
    visitorId,
    ...prompt,
    answerId,
    comment: text,
  });
  const send = async (...events: object[]) => {
    const response = await h.call('/v1/events', { body: { events } });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const stored = (answerId: string) =>
    db.query<{ comment: string | null; score: number }>(
      'select comment, score from nps_answers where event_id = $1',
      [answerId],
    );

  it('a comment after its answer amends it: one answer, with the comment', async () => {
    const first = answer('v1');
    await send(first);
    const note = comment('v1', first.id, '  Slow delivery ');
    expect((await send(note)).body).toEqual({ accepted: [note.id], duplicates: [] });
    expect((await send(note)).body).toEqual({ accepted: [], duplicates: [note.id] });
    expect(await stored(first.id)).toEqual([{ comment: 'Slow delivery', score: 6 }]);
  });

  it('a comment that arrives before its answer is kept for it', async () => {
    const first = answer('v2');
    await send(comment('v2', first.id, 'Came first'));
    expect(await stored(first.id)).toEqual([]);
    await send(first);
    expect(await stored(first.id)).toEqual([{ comment: 'Came first', score: 6 }]);
  });

  it('the latest comment wins, also over the one the answer carried', async () => {
    const first = { ...answer('v3'), comment: 'Original' };
    await send(first);
    await send(comment('v3', first.id, 'Second thoughts'));
    expect(await stored(first.id)).toEqual([{ comment: 'Second thoughts', score: 6 }]);
  });

  it("another visitor's comment changes nothing, in either order", async () => {
    const first = answer('v4');
    await send(comment('intruder', first.id, 'Before'));
    await send(first);
    await send(comment('intruder', first.id, 'After'));
    expect(await stored(first.id)).toEqual([{ comment: null, score: 6 }]);
  });

  it('an answer and its comment arriving at once: the comment is never lost', async () => {
    for (let round = 0; round < 6; round += 1) {
      const first = answer(`race-${round}`);
      const note = comment(`race-${round}`, first.id, `Race ${round}`);
      // Two requests at once, in both orders (on PostgreSQL, two connections).
      const batches = round % 2 ? [[note], [first]] : [[first], [note]];
      await Promise.all(batches.map((events) => send(...events)));
      expect(await stored(first.id)).toEqual([{ comment: `Race ${round}`, score: 6 }]);
    }
  });

  it.each([
    ['an empty comment', { comment: '' }, 'comment'],
    ['no answerId', { answerId: undefined }, 'answerId'],
  ])('refuses %s, naming the field', async (_name, change, field) => {
    const note = { ...comment('v5', 'answer-x', 'text'), ...change };
    const { status, body } = await send(note);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain(field);
  });
});
