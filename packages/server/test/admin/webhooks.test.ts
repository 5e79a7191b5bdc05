import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { ADMIN_TOKEN, type Harness, startHarness } from '../helpers/harness.js';
import { type AdminSession, adminSession } from './session.js';

vi.setConfig({ testTimeout: 30_000 });

describe.each(databaseKinds)('failed webhooks on %s', (kind) => {
  let db: Database;
  let h: Harness;
  let session: AdminSession;
  const ID = 'reward.approved:order-1';

  const row = async () =>
    (
      await db.query<{ failed_at: Date | null; attempts: number }>(
        'select failed_at, attempts from webhook_deliveries where id = $1',
        [ID],
      )
    )[0];

  beforeAll(async () => {
    db = await testDatabase(kind);
    h = await startHarness(db);
  }, 120_000);
  beforeEach(async () => {
    await db.query('delete from webhook_deliveries');
    await db.query('delete from webhook_redeliveries');
    await db.query(
      `insert into webhook_deliveries (id, site_key, type, payload, attempts, next_attempt_at, failed_at, last_error, created_at)
       values ($1, $2, 'reward.approved', '{}'::jsonb, 8, $3, $3, $4, $3)`,
      [ID, h.site.siteKey, new Date(h.clock.now()), 'HTTP 500 <b>oops</b>'],
    );
    session = await adminSession(h.url, '/admin/webhooks');
  });
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  const action = `/admin/webhooks/${encodeURIComponent(ID)}/redeliver`;
  const audit = () =>
    db.query<{
      delivery_id: string;
      actor: string;
      previous_attempts: number;
      previous_error: string | null;
    }>(
      'select delivery_id, actor, previous_attempts, previous_error from webhook_redeliveries order by id',
    );

  it('lists a given-up webhook with its error, escaped, and a Redeliver form', async () => {
    const page = await (await session.get('/admin/webhooks')).text();
    expect(page).toContain('HTTP 500 &lt;b&gt;oops&lt;/b&gt;');
    expect(page).toContain(`<form method="post" action="${action}">`);
  });

  it('queues it again on a correct POST, once', async () => {
    const response = await session.post(action, { site: h.site.siteKey });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toContain('requeued=');
    expect(response.headers.get('location')).toContain('ok=1');
    expect(await row()).toMatchObject({ failed_at: null, attempts: 0 });
    const again = await session.post(action, { site: h.site.siteKey });
    expect(again.headers.get('location')).toContain('ok=0');
    expect(await audit()).toEqual([
      {
        delivery_id: ID,
        actor: 'ops',
        previous_attempts: 8,
        previous_error: 'HTTP 500 <b>oops</b>',
      },
    ]);
  });

  it('queues concurrent clicks once, with one audit row', async () => {
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => session.post(action, { site: h.site.siteKey })),
    );
    const oks = answers.filter((r) => r.headers.get('location')?.includes('ok=1'));
    expect(oks).toHaveLength(1);
    expect(await audit()).toHaveLength(1);
  });

  it('keeps a redelivered webhook visible with who did it and its state now', async () => {
    await session.post(action, { site: h.site.siteKey });
    const page = await (await session.get(`/admin/webhooks?site=${h.site.siteKey}`)).text();
    expect(page).toContain('Redeliveries');
    expect(page).toMatch(
      new RegExp(`<td>ops</td><td><code>reward.approved</code></td><td><code>${ID}</code></td>`),
    );
    expect(page).toContain('Queued');
    // Given up again: still listed as failed, and the audit says so.
    await db.query('update webhook_deliveries set failed_at = $2, attempts = 8 where id = $1', [
      ID,
      new Date(h.clock.now()),
    ]);
    const later = await (await session.get(`/admin/webhooks?site=${h.site.siteKey}`)).text();
    expect(later).toContain('Given up again');
    expect(later).toContain(`action="${action}"`);
  });

  describe('redeliver all since a time', () => {
    const since = (ms: number) => new Date(ms).toISOString().slice(0, 16);
    beforeEach(async () => {
      const now = h.clock.now();
      for (const [id, failedAt] of [
        ['old', now - 3 * 86_400_000],
        ['recent-1', now - 3_600_000],
        ['recent-2', now - 60_000],
      ] as const) {
        await db.query(
          `insert into webhook_deliveries (id, site_key, type, payload, attempts, next_attempt_at, failed_at, last_error, created_at)
           values ($1, $2, 'nps.detractor', '{}'::jsonb, 8, $3, $3, 'HTTP 503', $3)`,
          [id, h.site.siteKey, new Date(failedAt)],
        );
      }
    });

    it('queues every delivery given up since then, each with an audit row', async () => {
      const response = await session.post('/admin/webhooks/redeliver', {
        site: h.site.siteKey,
        since: since(h.clock.now() - 2 * 3_600_000),
      });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toContain('requeuedCount=3');
      const still = await db.query<{ id: string }>(
        'select id from webhook_deliveries where failed_at is not null order by id',
      );
      expect(still.map((r) => r.id)).toEqual(['old']);
      expect((await audit()).map((r) => r.delivery_id).sort()).toEqual(
        [ID, 'recent-1', 'recent-2'].sort(),
      );
      const page = await (await session.get(response.headers.get('location') ?? '')).text();
      expect(page).toContain('3 given-up webhooks are queued again');
    });

    it.each([
      ['no time', {}, 400],
      ['a malformed time', { since: 'yesterday' }, 400],
      ['a cross-site POST', { since: '2026-01-01T00:00' }, 403, { 'sec-fetch-site': 'cross-site' }],
      ['a POST without the token', { since: '2026-01-01T00:00', csrf: '' }, 403],
    ])(
      'changes nothing on %s',
      async (_label, fields, status, headers: Record<string, string> = {}) => {
        const response = await session.post(
          '/admin/webhooks/redeliver',
          { site: h.site.siteKey, ...fields },
          headers,
        );
        expect(response.status).toBe(status);
        expect(await audit()).toEqual([]);
      },
    );

    it('is a POST only', async () => {
      expect((await session.get('/admin/webhooks/redeliver')).status).toBe(405);
    });
  });

  it.each([
    ['a GET', () => session.get(action), 405],
    ['a cross-site POST', () => session.post(action, {}, { 'sec-fetch-site': 'cross-site' }), 403],
    [
      'a POST from another origin',
      () => session.post(action, {}, { origin: 'https://evil.example' }),
      403,
    ],
    ['a POST without the token', () => session.post(action, { csrf: '' }), 403],
    ['a POST with a forged token', () => session.post(action, { csrf: 'x'.repeat(43) }), 403],
  ])('changes nothing on %s', async (_label, send, status) => {
    expect((await send()).status).toBe(status);
    expect((await row())?.failed_at).not.toBeNull();
  });

  it('lets a script with the bearer token redeliver', async () => {
    const response = await fetch(`${h.url}${action}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(response.status).toBe(303);
    expect((await row())?.failed_at).toBeNull();
  });
});
