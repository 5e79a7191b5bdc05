// The review queue end to end over HTTP: held rewards made by the real orders API (a claim,
// then a signed order with the friend's coupon, above the site's review threshold), decided
// through the dashboard's forms, with the audit log and the CSRF defences checked.
import { signServerRequest } from '@grapevine/adapter/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { funnel, topAdvocates } from '../../src/admin/queries.js';
import { DAY } from '../../src/clock.js';
import type { Database } from '../../src/db/database.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { type Harness, startHarness, TEST_LIMITS, testSite } from '../helpers/harness.js';
import { type AdminSession, adminSession } from './session.js';

vi.setConfig({ testTimeout: 30_000 });

const API_SECRET = 'api-secret-for-review-tests-0123456789';

describe.each(databaseKinds)('the review queue on %s', (kind) => {
  let db: Database;
  let h: Harness;
  let session: AdminSession;
  let orders = 0;

  beforeAll(async () => {
    db = await testDatabase(kind);
    h = await startHarness(db, {
      site: testSite({
        apiSecret: API_SECRET,
        // Every €10 reward waits for a person.
        limits: { ...TEST_LIMITS, reviewAbove: { minor: 500, currency: 'EUR' } },
      }),
    });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  /** An advocate's friend claims and buys with the coupon; the shop confirms the order. */
  async function heldReward(): Promise<string> {
    orders += 1;
    const referral = await h.call('/v1/referrals', {
      body: {
        advocate: h.advocate({
          id: `adv-${orders}`,
          email: `anna.${orders}@example.com`,
          name: '<Anna>',
        }),
      },
    });
    const { code } = (await referral.json()) as { code: string };
    const friend = `bo.nielsen.${orders}@example.com`;
    const claim = await h.call(`/v1/referrals/${code}/claims`, {
      body: { email: friend, visitorId: `friend-visitor-${orders}` },
    });
    const { coupon } = (await claim.json()) as { coupon: { code: string } };
    const orderId = `order-${orders}`;
    const body = JSON.stringify({
      orderId,
      total: '120.00',
      currency: 'EUR',
      email: friend,
      discountCodes: [coupon.code],
    });
    const signature = await signServerRequest(API_SECRET, {
      method: 'POST',
      path: '/v1/orders',
      body,
      timestamp: Math.floor(h.clock.now() / 1000),
    });
    const confirmed = await h.call('/v1/orders', { body, headers: signature });
    expect(confirmed.status).toBe(200);
    expect(await state(orderId)).toBe('held');
    return orderId;
  }

  const state = async (orderId: string) =>
    (
      await db.query<{ state: string }>('select state from rewards where order_id = $1', [orderId])
    )[0]?.state;
  const audit = (orderId: string) =>
    db.query<{ from_state: string; to_state: string; actor: string; reason: string }>(
      'select from_state, to_state, actor, reason from reward_audit where order_id = $1 order by id',
      [orderId],
    );
  const decide = (orderId: string, decision: 'approve' | 'reject', fields = {}, headers = {}) =>
    session.post(
      `/admin/rewards/${orderId}/${decision}`,
      { site: h.site.siteKey, ...fields },
      headers,
    );

  it('shows each held reward with its evidence, and counts them on the tab', async () => {
    const orderId = await heldReward();
    // A browser opens the queue: its session cookie and the forms' token.
    session = await adminSession(h.url, '/admin/rewards');
    const page = await (await session.get('/admin/rewards')).text();
    expect(page).toContain(`<code>${orderId}</code> · €120.00 verified`);
    expect(page).toContain(`b•••${orders}@example.com`); // bo.nielsen.N@…, masked
    expect(page).not.toContain('bo.nielsen.');
    expect(page).toContain('&lt;Anna&gt;');
    expect(page).toContain('Above the review threshold');
    expect(page).toContain(`action="/admin/rewards/${orderId}/approve"`);
    expect(page).toMatch(/<span class="badge"[^>]*>\d+<\/span>/);
    const overview = await (await session.get('/admin')).text();
    expect(overview).toMatch(/Rewards <span class="badge"/);
  });

  it('approves: back to pending until the return window ends, audited with the admin', async () => {
    const orderId = await heldReward();
    const response = await decide(orderId, 'approve');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toContain('done=pending');
    expect(await state(orderId)).toBe('pending');
    expect((await audit(orderId)).at(-1)).toEqual({
      from_state: 'held',
      to_state: 'pending',
      actor: 'admin:ops',
      reason: 'approved after review',
    });
    const page = await (await session.get(response.headers.get('location') ?? '')).text();
    expect(page).toContain('was approved; it is pending until its return window ends');
    h.clock.advance(15 * DAY);
    await h.tick();
    expect(await state(orderId)).toBe('approved');
    h.clock.advance(-15 * DAY);
  });

  it('rejects with the reason, escaped on the page; a second decision does nothing', async () => {
    const orderId = await heldReward();
    const response = await decide(orderId, 'reject', { reason: 'Same <household>' });
    expect(response.headers.get('location')).toContain('done=rejected');
    expect(await state(orderId)).toBe('rejected');
    expect((await audit(orderId)).at(-1)).toMatchObject({
      to_state: 'rejected',
      reason: 'Same <household>',
    });
    const detail = await (await session.get(`/admin/rewards/${orderId}`)).text();
    expect(detail).toContain('“Same &lt;household&gt;”');
    expect(detail).not.toContain('<form method="post"');
    const again = await decide(orderId, 'approve');
    expect(again.headers.get('location')).toContain('done=not-held');
    expect(await state(orderId)).toBe('rejected');
  });

  it.each<[string, (orderId: string) => Promise<Response>, number]>([
    ['a reject without a reason', (id) => decide(id, 'reject', { reason: '  ' }), 400],
    ['a GET of the approve URL', (id) => session.get(`/admin/rewards/${id}/approve`), 405],
    [
      'a cross-site POST',
      (id) => decide(id, 'approve', {}, { 'sec-fetch-site': 'cross-site' }),
      403,
    ],
    [
      'a POST from another origin',
      (id) => decide(id, 'approve', {}, { origin: 'https://evil.example' }),
      403,
    ],
    ['a POST without the token', (id) => decide(id, 'approve', { csrf: '' }), 403],
    ['a POST with a forged token', (id) => decide(id, 'approve', { csrf: 'f'.repeat(43) }), 403],
  ])('changes nothing on %s', async (_label, send, status) => {
    const orderId = await heldReward();
    const before = await audit(orderId);
    expect((await send(orderId)).status).toBe(status);
    expect(await state(orderId)).toBe('held');
    expect(await audit(orderId)).toEqual(before);
  });

  it('counts only verified orders as conversions in the funnel and the advocates table', async () => {
    const orderId = await heldReward();
    const since = new Date(h.clock.now() - DAY);
    const before = await funnel(db, h.site.siteKey, since);
    const [reward] = await db.query<{ code: string }>(
      'select code from rewards where order_id = $1',
      [orderId],
    );
    // A reward migrated from an old browser report: no order the shop confirmed.
    await db.query(
      `insert into rewards (site_key, order_id, code, attributed_by, state, amount_minor, original_minor,
         currency, order_total_minor, order_currency, rule, approves_at, created_at, updated_at)
       values ($1, 'legacy-1', $2, 'legacy-browser-report', 'held', 1000, 1000, 'EUR', 99999, 'EUR',
         '{}'::jsonb, $3, $3, $3)`,
      [h.site.siteKey, reward?.code, new Date(h.clock.now())],
    );
    const after = await funnel(db, h.site.siteKey, since);
    expect(after.conversions).toBe(before.conversions);
    expect(after.revenue).toEqual(before.revenue);
    const advocate = (await topAdvocates(db, h.site.siteKey, 100)).find(
      (a) => a.code === reward?.code,
    );
    expect(advocate?.conversions).toBe(1);
  });

  it('answers 404 for an unknown reward, and a filter shows one state', async () => {
    expect((await session.get('/admin/rewards/nope')).status).toBe(404);
    const rejected = await (await session.get('/admin/rewards?state=rejected')).text();
    expect(rejected).toContain('<span class="state rejected">rejected</span>');
    expect(rejected).not.toMatch(/<td><span class="state held">/);
  });
});
