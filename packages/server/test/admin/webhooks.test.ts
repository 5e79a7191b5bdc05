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
