import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DAY } from '../../src/clock.js';
import type { Database } from '../../src/db/database.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { type Harness, startHarness, testSite } from '../helpers/harness.js';

const WEBHOOK_SECRET = 'webhook-secret-0123456789';

/** The shop's webhook endpoint, as an injected `fetch` that records what it receives. */
const received: { headers: Headers; body: string }[] = [];
let answerStatus = 200;
const shopFetch: typeof fetch = async (_url, init) => {
  received.push({ headers: new Headers(init?.headers), body: String(init?.body) });
  return new Response(null, { status: answerStatus });
};

// A database suite shares two CPUs with every other suite in CI: slow is not wrong.
vi.setConfig({ testTimeout: 30_000 });

describe.each(databaseKinds)('on %s', (kind) => {
  let db: Database;
  let h: Harness;

  beforeAll(async () => {
    db = await testDatabase(kind);
    h = await startHarness(db, {
      fetch: shopFetch,
      site: testSite({ webhook: { url: 'https://shop.example/hooks', secret: WEBHOOK_SECRET } }),
    });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });
  beforeEach(async () => {
    // Each test starts with an empty outbox and a healthy shop.
    await h.tick();
    received.length = 0;
    answerStatus = 200;
  });

  let serial = 0;
  async function advocateCode() {
    serial += 1;
    const advocate = h.advocate({ id: `adv-${serial}`, email: `adv-${serial}@example.com` });
    const response = await h.call('/v1/referrals', { body: { advocate } });
    return {
      id: `adv-${serial}`,
      advocate,
      code: ((await response.json()) as { code: string }).code,
    };
  }
  const event = (fields: object) => ({ id: `ev-${++serial}`, at: h.clock.now(), ...fields });
  const send = async (...events: object[]) =>
    (await h.call('/v1/events', { body: { events } })).json();
  const purchase = (visitorId: string, orderId: string, extra: object = {}) =>
    event({ type: 'purchase', visitorId, orderId, total: 80, currency: 'EUR', ...extra });
  const answer = (score: number, segment: string, extra: object = {}) =>
    event({
      type: 'nps-answer',
      visitorId: 'v',
      campaignId: 'nps',
      variantId: 'default',
      score,
      segment,
      kind: 'relational',
      ...extra,
    });
  const bodies = () =>
    received.map((r) => JSON.parse(r.body) as { type: string; data: Record<string, unknown> });

  describe('browser purchase reports', () => {
    it('a forged browser purchase (99,999 EUR) credits nothing, ever', async () => {
      const { code } = await advocateCode();
      await send(event({ type: 'referral-captured', visitorId: 'forger', code }));
      const result = await send(
        purchase('forger', 'order-forged', { total: 99_999, referralCode: code }),
      );
      expect(result.accepted).toHaveLength(1); // stored as a report…
      h.clock.advance(30 * DAY);
      const tick = await h.tick();
      expect(tick.rewardsApproved).toBe(0);
      expect(await db.query('select 1 from rewards')).toEqual([]); // …that moved no money
      expect(await db.query('select 1 from orders')).toEqual([]);
      expect(bodies().filter((b) => b.type !== 'nps.detractor')).toEqual([]);
    });
  });

  describe('webhooks', () => {
    it('alerts the shop about a detractor', async () => {
      await send(
        answer(2, 'detractor', {
          advocateId: 'cust-9',
          kind: 'transactional',
          comment: 'Late parcel',
        }),
      );
      await send(answer(10, 'promoter', { kind: 'transactional' }));
      await h.tick();
      expect(bodies()).toEqual([
        expect.objectContaining({
          type: 'nps.detractor',
          data: expect.objectContaining({ score: 2, comment: 'Late parcel', customerId: 'cust-9' }),
        }),
      ]);
    });

    it('retries with backoff and the same idempotency key until the shop answers 2xx', async () => {
      answerStatus = 503;
      await send(answer(0, 'detractor'));
      expect((await h.tick()).webhooks).toEqual({ delivered: 0, retrying: 1, failed: 0 });
      h.clock.advance(29_000);
      expect((await h.tick()).webhooks.retrying).toBe(0); // not due yet
      h.clock.advance(1_000);
      expect((await h.tick()).webhooks.retrying).toBe(1);
      h.clock.advance(2 * 60_000);
      answerStatus = 204;
      expect((await h.tick()).webhooks.delivered).toBe(1);
      const keys = received.map((r) => r.headers.get('idempotency-key'));
      expect(keys).toHaveLength(3);
      expect(new Set(keys).size).toBe(1);
    });

    it('gives up after 8 attempts and says so in the log', async () => {
      answerStatus = 500;
      const warn: unknown[] = [];
      h.ctx.logger = { ...h.ctx.logger, warn: (...args) => warn.push(args) };
      await send(answer(1, 'detractor'));
      for (let attempt = 0; attempt < 8; attempt += 1) {
        await h.tick();
        h.clock.advance(13 * 3_600_000);
      }
      expect(received).toHaveLength(8);
      expect(warn).toHaveLength(1);
      const rows = await db.query<{ failed: boolean }>(
        'select failed_at is not null as failed from webhook_deliveries where attempts = 8',
      );
      expect(rows).toEqual([{ failed: true }]);
      await h.tick();
      expect(received).toHaveLength(8);
    });
  });
});
