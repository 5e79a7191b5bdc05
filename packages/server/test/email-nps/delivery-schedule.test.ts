// NPS by email counted from the delivery (issue #15): reported deliveries, the assumed
// delivery when none is reported, out-of-order and replayed reports, two processes.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DAY } from '../../src/clock.js';
import type { ServerContext } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import type { NpsEmailConfig } from '../../src/email-nps/config.js';
import { type EmailQueue, npsEmailJobHandlers } from '../../src/email-nps/nps-email-job.js';
import { runDueJobs } from '../../src/jobs/runner.js';
import { silentLogger } from '../../src/logger.js';
import type { EmailRequest } from '../../src/mail/enqueue.js';
import { applyOrderFact } from '../../src/orders/apply-fact.js';
import { saveCampaigns } from '../../src/services/campaigns.js';
import type { Site } from '../../src/site.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { type ManualClock, manualClock, START, testSite } from '../helpers/harness.js';
import { twoProcesses } from '../helpers/processes.js';

vi.setConfig({ testTimeout: 60_000 });

const npsEmail: NpsEmailConfig = {
  campaignId: 'nps',
  from: 'delivery',
  assumeDeliveredAfterMs: 7 * DAY,
  afterMs: 14 * DAY,
  withinMs: 180 * DAY,
  linkValidMs: 30 * DAY,
};
const site = testSite({ npsEmail });
const fromOrder = testSite({
  siteKey: 'shop-from-order',
  npsEmail: { ...npsEmail, from: 'order' },
});
const BASE = 'https://api.shop.example';
const CAMPAIGN = {
  id: 'nps',
  kind: 'nps',
  triggers: [{ type: 'purchase', scope: { persistFor: '180d' }, within: '180d' }],
  frequency: { untilResponded: true },
};

function context(db: Database, clock: ManualClock): ServerContext {
  return {
    db,
    clock,
    logger: silentLogger,
    sites: new Map([
      [site.siteKey, site],
      [fromOrder.siteKey, fromOrder],
    ]),
    policy: { attributionMs: 30 * DAY, returnWindowMs: 14 * DAY },
  };
}

describe.each(databaseKinds)('NPS by email after delivery on %s', (kind) => {
  let db: Database;
  const clock = manualClock();
  let ctx: ServerContext;
  const sent: EmailRequest[] = [];
  const queue: EmailQueue = async (_tx, email) => {
    sent.push(email);
    return { queued: true };
  };
  let serial = 0;

  beforeAll(async () => {
    db = await testDatabase(kind);
    ctx = context(db, clock);
    for (const s of [site, fromOrder]) await saveCampaigns(db, s.siteKey, [CAMPAIGN], START);
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });
  beforeEach(() => {
    sent.length = 0;
  });

  const order = async (on: Site = site, orderId = `o-${++serial}`) => {
    const result = await applyOrderFact(ctx, on, {
      kind: 'order',
      source: 'shopify',
      orderId,
      aliases: [`#${orderId}`],
      total: { minor: 5000, currency: 'EUR' },
      customerId: `c-${orderId}`,
      email: `${orderId}@example.com`,
      discountCodes: [],
      createdAt: clock.now(),
    });
    return { orderId, outcome: result.outcome };
  };
  const delivered = (orderId: string, deliveredAt: number, on: Site = site, source = 'shopify') =>
    applyOrderFact(ctx, on, {
      kind: 'delivery',
      source: source as 'shopify',
      orderId,
      deliveredAt,
    });
  const run = () => runDueJobs(ctx, npsEmailJobHandlers(ctx, queue, BASE));
  const ask = async (orderId: string) =>
    (
      await db.query<{ status: string; ask_basis: string; send_after: Date; ask_from: Date }>(
        'select status, ask_basis, send_after, ask_from from email_asks where order_id = $1',
        [orderId],
      )
    )[0];
  /** Runs the jobs at `offset` from `start`, and says how many surveys went out. */
  const at = async (start: number, offset: number) => {
    clock.set(start + offset);
    await run();
    return sent.length;
  };

  it('counts 14 days from the reported delivery, once; the fallback job later sends nothing', async () => {
    const start = clock.now();
    const { orderId } = await order();
    expect(await ask(orderId)).toMatchObject({ status: 'scheduled', ask_basis: 'assumed' });
    clock.set(start + 3 * DAY);
    expect(await delivered(orderId, start + 2 * DAY)).toMatchObject({ outcome: 'recorded' });
    expect(await ask(orderId)).toMatchObject({
      ask_basis: 'delivery',
      send_after: new Date(start + 16 * DAY),
    });
    expect(await at(start, 16 * DAY - 1)).toBe(0);
    expect(await at(start, 16 * DAY)).toBe(1);
    expect(await at(start, 21 * DAY)).toBe(1);
    expect(await ask(orderId)).toMatchObject({ status: 'sent' });
  });

  it('without a report, assumes the delivery 7 days after the order: the survey goes 21 days after it', async () => {
    const start = clock.now();
    const { orderId } = await order();
    expect(await at(start, 14 * DAY)).toBe(0);
    expect(await at(start, 21 * DAY - 1)).toBe(0);
    expect(await at(start, 21 * DAY)).toBe(1);
    expect(sent[0]).toMatchObject({ dedupeKey: orderId });
  });

  it('a delivery reported after the assumed moment changes nothing', async () => {
    const start = clock.now();
    const { orderId } = await order();
    clock.set(start + 8 * DAY);
    expect(await delivered(orderId, start + 2 * DAY)).toMatchObject({ outcome: 'recorded' });
    expect(await ask(orderId)).toMatchObject({
      ask_basis: 'assumed',
      send_after: new Date(start + 21 * DAY),
    });
    expect(await at(start, 16 * DAY)).toBe(0);
    expect(await at(start, 21 * DAY)).toBe(1);
    // …and a delivery after the survey went out neither.
    clock.set(start + 22 * DAY);
    expect(await delivered(orderId, start + 22 * DAY, site, 'api')).toMatchObject({
      outcome: 'recorded',
    });
    expect(await at(start, 40 * DAY)).toBe(1);
  });

  it('a delivery before its order (by an alias) is kept and the order is filed from it; replays are duplicates', async () => {
    const start = clock.now();
    const orderId = `o-${++serial}`;
    expect(await delivered(`#${orderId}`, start - DAY)).toMatchObject({
      outcome: 'waiting-for-order',
      orderId: `#${orderId}`,
    });
    expect(await delivered(`#${orderId}`, start - DAY)).toMatchObject({ outcome: 'duplicate' });
    clock.set(start + DAY);
    await order(site, orderId);
    // Delivered before the order was placed (clocks differ): counts from the order.
    expect(await ask(orderId)).toMatchObject({
      ask_basis: 'delivery',
      ask_from: new Date(start + DAY),
      send_after: new Date(start + 15 * DAY),
    });
    const [row] = await db.query<{ delivered_at: Date }>(
      'select delivered_at from orders where order_id = $1',
      [orderId],
    );
    expect(row?.delivered_at).toEqual(new Date(start - DAY));
    expect(await delivered(`#${orderId}`, start)).toMatchObject({ outcome: 'duplicate' });
    expect(await at(start, 15 * DAY - 1)).toBe(0);
    expect(await at(start, 15 * DAY)).toBe(1);
  });

  it('a second report (another parcel, another source) does not move the delivery date', async () => {
    const start = clock.now();
    const { orderId } = await order();
    clock.set(start + 2 * DAY);
    await delivered(orderId, start + 2 * DAY);
    clock.set(start + 4 * DAY);
    expect(await delivered(orderId, start + 4 * DAY, site, 'api')).toMatchObject({
      outcome: 'recorded',
    });
    expect(await ask(orderId)).toMatchObject({ send_after: new Date(start + 16 * DAY) });
    expect(await at(start, 16 * DAY)).toBe(1);
  });

  it('a delivery reported in the future counts as now', async () => {
    const start = clock.now();
    const { orderId } = await order();
    clock.set(start + DAY);
    await delivered(orderId, start + 30 * DAY);
    expect(await ask(orderId)).toMatchObject({ send_after: new Date(start + 15 * DAY) });
    expect(await at(start, 15 * DAY)).toBe(1);
  });

  it("from: 'order' keeps counting from the order whatever is delivered", async () => {
    const start = clock.now();
    const { orderId } = await order(fromOrder);
    expect(await ask(orderId)).toMatchObject({ ask_basis: 'order' });
    clock.set(start + DAY);
    await delivered(orderId, start + DAY, fromOrder);
    expect(await ask(orderId)).toMatchObject({
      ask_basis: 'order',
      send_after: new Date(start + 14 * DAY),
    });
    expect(await at(start, 14 * DAY)).toBe(1);
  });
});

describe.each(databaseKinds)('two server processes on %s', (kind) => {
  it('the same delivery reported to both at once retimes once, and the survey is queued once', async () => {
    const { a, b, close } = await twoProcesses(kind);
    try {
      const clock = manualClock();
      const [ctxA, ctxB] = [context(a, clock), context(b, clock)];
      await saveCampaigns(a, site.siteKey, [CAMPAIGN], START);
      const start = clock.now();
      const sent: EmailRequest[] = [];
      const queue: EmailQueue = async (_tx, email) => {
        sent.push(email);
        return { queued: true };
      };
      const fact = { kind: 'delivery', source: 'shopify', orderId: 'o-2p', deliveredAt: start };
      // Reported before the order and again with it, in both processes at once.
      const reports = await Promise.all([
        applyOrderFact(ctxA, site, fact as never),
        applyOrderFact(ctxB, site, fact as never),
        applyOrderFact(ctxA, site, {
          kind: 'order',
          source: 'shopify',
          orderId: 'o-2p',
          total: { minor: 5000, currency: 'EUR' },
          email: 'two@example.com',
          discountCodes: [],
          createdAt: start,
        }),
      ]);
      expect(reports.filter((r) => r.outcome === 'duplicate')).toHaveLength(1);
      clock.set(start + 14 * DAY);
      await Promise.all([
        runDueJobs(ctxA, npsEmailJobHandlers(ctxA, queue, BASE)),
        runDueJobs(ctxB, npsEmailJobHandlers(ctxB, queue, BASE)),
      ]);
      clock.set(start + 30 * DAY);
      await Promise.all([
        runDueJobs(ctxA, npsEmailJobHandlers(ctxA, queue, BASE)),
        runDueJobs(ctxB, npsEmailJobHandlers(ctxB, queue, BASE)),
      ]);
      expect(sent).toHaveLength(1);
      const asks = await a.query<{ status: string; ask_basis: string }>(
        'select status, ask_basis from email_asks',
      );
      expect(asks).toEqual([{ status: 'sent', ask_basis: 'delivery' }]);
    } finally {
      await close();
    }
  });
});
