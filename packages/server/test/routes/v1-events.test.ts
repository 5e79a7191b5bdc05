import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { type Harness, START, startHarness } from '../helpers/harness.js';

// A database suite shares two CPUs with every other suite in CI: slow is not wrong.
vi.setConfig({ testTimeout: 30_000 });

describe.each(databaseKinds)('on %s', (kind) => {
  let db: Database;
  let h: Harness;

  beforeAll(async () => {
    db = await testDatabase(kind);
    h = await startHarness(db, { bodyLimitBytes: 16 * 1024 });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  const impression = (id: string) => ({
    id,
    type: 'impression',
    at: START,
    visitorId: 'v-1',
    campaignId: 'refer-a-friend',
    variantId: 'give-get',
  });
  const nps = (id: string, score: number, segment: string, extra: object = {}) => ({
    id,
    type: 'nps-answer',
    at: START,
    visitorId: 'v-2',
    campaignId: 'nps-after-purchase',
    variantId: 'default',
    score,
    segment,
    kind: 'transactional',
    ...extra,
  });
  const send = (events: unknown[]) => h.call('/v1/events', { body: { events } });
  const count = async (table: string, where = 'true') =>
    (await db.query<{ n: number }>(`select count(*)::int as n from ${table} where ${where}`))[0]?.n;

  describe('POST /v1/events', () => {
    it('stores new events and acknowledges replays as duplicates', async () => {
      const first = await send([impression('e-1'), impression('e-2')]);
      expect(first.status).toBe(200);
      expect(await first.json()).toEqual({ accepted: ['e-1', 'e-2'], duplicates: [] });
      const replay = await send([impression('e-2'), impression('e-3'), impression('e-3')]);
      expect(await replay.json()).toEqual({ accepted: ['e-3'], duplicates: ['e-2', 'e-3'] });
      expect(await count('events', "id like 'e-%'")).toBe(3);
      const stored = await db.query(
        "select payload->>'type' as type, payload->'at' as at from events where id = 'e-1'",
      );
      expect(stored).toEqual([{ type: 'impression', at: START }]);
    });

    it('stores one row when the same batch arrives many times at once', async () => {
      const batch = [impression('race-1'), impression('race-2'), nps('race-3', 3, 'detractor')];
      const answers = await Promise.all(Array.from({ length: 8 }, () => send(batch)));
      const bodies = await Promise.all(answers.map((r) => r.json()));
      const accepted = bodies.flatMap((b) => b.accepted).sort();
      expect(accepted).toEqual(['race-1', 'race-2', 'race-3']);
      expect(await count('events', "id like 'race-%'")).toBe(3);
      expect(await count('nps_answers', "event_id = 'race-3'")).toBe(1);
    });

    it('stores NPS answers with their segment and kind', async () => {
      await send([
        nps('n-1', 10, 'promoter', { comment: '  Great!  ' }),
        nps('n-2', 7, 'passive', { kind: 'relational' }),
      ]);
      const rows = await db.query(
        "select event_id, score, segment, kind, comment from nps_answers where event_id like 'n-%' order by event_id",
      );
      expect(rows).toEqual([
        {
          event_id: 'n-1',
          score: 10,
          segment: 'promoter',
          kind: 'transactional',
          comment: 'Great!',
        },
        { event_id: 'n-2', score: 7, segment: 'passive', kind: 'relational', comment: null },
      ]);
    });

    it('clamps a client clock that is off to the server’s time', async () => {
      await send([{ ...impression('future-1'), at: START + 86_400_000 * 365 }]);
      const rows = await db.query<{ occurred_at: Date }>(
        "select occurred_at from events where id = 'future-1'",
      );
      expect(rows[0]?.occurred_at.getTime()).toBe(h.clock.now());
    });

    it('accepts a beacon’s text/plain body and the site key as a query parameter', async () => {
      const response = await fetch(`${h.url}/v1/events?siteKey=${h.site.siteKey}`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ events: [impression('beacon-1')] }),
      });
      expect(await response.json()).toEqual({ accepted: ['beacon-1'], duplicates: [] });
    });

    it.each([
      ['malformed JSON', '{"events": [', 'malformed-json'],
      ['an empty batch', JSON.stringify({ events: [] }), 'invalid-request'],
      [
        'more than 100 events',
        JSON.stringify({
          events: Array.from({ length: 101 }, (_, i) => ({ ...impression(`big-${i}`), at: 1 })),
        }),
        'invalid-request',
      ],
      [
        'an unknown type',
        JSON.stringify({ events: [{ ...impression('t-1'), type: 'hack' }] }),
        'invalid-request',
      ],
      [
        'a score of 11',
        JSON.stringify({ events: [nps('t-2', 11, 'promoter')] }),
        'invalid-request',
      ],
      [
        'a score as a string',
        JSON.stringify({ events: [nps('t-3', '9' as unknown as number, 'promoter')] }),
        'invalid-request',
      ],
      [
        'a segment that does not match the score',
        JSON.stringify({ events: [nps('t-4', 2, 'promoter')] }),
        'invalid-request',
      ],
      [
        'a NUL character',
        JSON.stringify({ events: [nps('t-6', 9, 'promoter', { comment: 'a\u0000b' })] }),
        'invalid-request',
      ],
      [
        'a purchase total beyond any till',
        JSON.stringify({
          events: [
            {
              id: 't-7',
              type: 'purchase',
              at: 1,
              visitorId: 'v',
              orderId: 'o',
              total: 1e15,
              currency: 'EUR',
            },
          ],
        }),
        'invalid-request',
      ],
      [
        'a negative purchase total',
        JSON.stringify({
          events: [
            {
              id: 't-5',
              type: 'purchase',
              at: 1,
              visitorId: 'v',
              orderId: 'o',
              total: -1,
              currency: 'EUR',
            },
          ],
        }),
        'invalid-request',
      ],
    ])('refuses %s with 400 and stores nothing', async (_label, body, code) => {
      const before = await count('events');
      const response = await h.call('/v1/events', { body });
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toBe(code);
      expect(await count('events')).toBe(before);
    });

    it('names the offending field', async () => {
      const response = await send([impression('ok'), nps('bad', 2, 'promoter')]);
      expect((await response.json()).error.message).toContain('events[1].segment');
    });

    it('refuses a body over the size limit with 413', async () => {
      const comment = 'x'.repeat(1900);
      const events = Array.from({ length: 10 }, (_, i) =>
        nps(`huge-${i}`, 9, 'promoter', { comment }),
      );
      const response = await send(events);
      expect(response.status).toBe(413);
      expect((await response.json()).error.code).toBe('body-too-large');
      expect(await count('events', "id like 'huge-%'")).toBe(0);
    });
  });
});
