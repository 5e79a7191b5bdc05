import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DAY } from '../../src/clock.js';
import type { ServerContext } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import type { NpsEmailConfig } from '../../src/email-nps/config.js';
import { type EmailQueue, npsEmailJobHandlers } from '../../src/email-nps/nps-email-job.js';
import { verifyScoreToken } from '../../src/email-nps/score-token.js';
import { runDueJobs } from '../../src/jobs/runner.js';
import { silentLogger } from '../../src/logger.js';
import type { EmailRequest } from '../../src/mail/enqueue.js';
import { applyOrderFact } from '../../src/orders/apply-fact.js';
import { saveCampaigns } from '../../src/services/campaigns.js';
import { ingestEvents } from '../../src/services/events.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { manualClock, START, testSite } from '../helpers/harness.js';

vi.setConfig({ testTimeout: 30_000 });

const npsEmail: NpsEmailConfig = {
  campaignId: 'nps',
  from: 'order',
  assumeDeliveredAfterMs: 7 * DAY,
  afterMs: 14 * DAY,
  withinMs: 180 * DAY,
  linkValidMs: 30 * DAY,
  locale: 'en',
};
const site = testSite({ npsEmail });
const BASE = 'https://api.shop.example';

describe.each(databaseKinds)('NPS by email on %s', (kind) => {
  let db: Database;
  const clock = manualClock();
  let ctx: ServerContext;
  const sent: EmailRequest[] = [];
  let refuse: string | null = null;
  const queue: EmailQueue = async (_tx, email) => {
    if (refuse) return { queued: false, reason: refuse };
    sent.push(email);
    return { queued: true };
  };
  let serial = 0;

  beforeAll(async () => {
    db = await testDatabase(kind);
    ctx = {
      db,
      clock,
      logger: silentLogger,
      sites: new Map([[site.siteKey, site]]),
      policy: { attributionMs: 30 * DAY, returnWindowMs: 14 * DAY },
    };
    await saveCampaigns(
      db,
      site.siteKey,
      [
        {
          id: 'nps',
          kind: 'nps',
          triggers: [{ type: 'purchase', scope: { persistFor: '180d' }, within: '180d' }],
          frequency: { untilResponded: true },
        },
      ],
      START,
    );
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });
  beforeEach(() => {
    sent.length = 0;
    refuse = null;
  });

  /** A verified order of a new customer, placed now. */
  const order = async (customerId = `c-${++serial}`) => {
    const orderId = `o-${++serial}`;
    await applyOrderFact(ctx, site, {
      kind: 'order',
      source: 'api',
      orderId,
      total: { minor: 5000, currency: 'EUR' },
      customerId,
      email: `${customerId}@Example.com`,
      discountCodes: [],
      visitorId: `v-${customerId}`,
      createdAt: clock.now(),
    });
    return { orderId, customerId };
  };
  const run = (handlers = npsEmailJobHandlers(ctx, queue, BASE)) => runDueJobs(ctx, handlers);
  const ask = async (orderId: string) =>
    (
      await db.query<{ status: string; reason: string | null }>(
        `select status, reason from email_asks where order_id = $1`,
        [orderId],
      )
    )[0];
  const detail = async (orderId: string) =>
    (
      await db.query<{ detail: string | null }>(
        `select detail from email_asks where order_id = $1`,
        [orderId],
      )
    )[0]?.detail;
  const popup = (customerId: string, type: string, extra: object = {}) =>
    ingestEvents(ctx, site, [
      {
        id: `popup-${++serial}`,
        type,
        at: clock.now(),
        visitorId: `v-${customerId}`,
        advocateId: customerId,
        campaignId: 'nps',
        variantId: 'default',
        ...extra,
      } as never,
    ]);

  it('emails the survey once, 14 days after the order, with eleven signed score links', async () => {
    const { orderId, customerId } = await order();
    await run();
    expect(sent).toHaveLength(0);
    clock.advance(14 * DAY - 1);
    await run();
    expect(sent).toHaveLength(0);
    clock.advance(1);
    await run();
    await run();
    expect(sent).toHaveLength(1);
    const [email] = sent as [EmailRequest];
    expect(email).toMatchObject({
      flow: 'nps',
      dedupeKey: orderId,
      to: `${customerId}@Example.com`,
      template: 'nps-survey',
      basis: 'marketing',
    });
    const links = (email.data as { links: { score: number; url: string }[] }).links;
    expect(links.map((link) => link.score)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const token = links[9]?.url.slice(`${BASE}/email/nps/`.length) ?? '';
    expect(verifyScoreToken(site.secret, token, clock.now())).toMatchObject({
      ok: true,
      claim: { orderId, campaignId: 'nps', customer: `id:${customerId}`, score: 9 },
    });
    expect(await ask(orderId)).toEqual({ status: 'sent', reason: null });
    const impressions = await db.query(
      `select id from events where origin = 'email' and type = 'impression' and advocate_id = $1`,
      [customerId],
    );
    expect(impressions).toHaveLength(1);
  });

  it('does not email a customer who answered the pop-up', async () => {
    const { orderId, customerId } = await order();
    await popup(customerId, 'nps-answer', { score: 9, segment: 'promoter', kind: 'transactional' });
    clock.advance(14 * DAY);
    await run();
    expect(sent).toHaveLength(0);
    expect(await ask(orderId)).toEqual({ status: 'skipped', reason: 'ALREADY_RESPONDED' });
    // The dashboard's per-customer view says what the customer did, and where.
    expect(await detail(orderId)).toBe(
      `nps: ALREADY_RESPONDED (frequency: answered in a pop-up on ${new Date(clock.now() - 14 * DAY).toISOString()} (score 9))`,
    );
  });

  it('does not email a customer who chose "Don\'t ask again" in the pop-up', async () => {
    const { orderId, customerId } = await order();
    await popup(customerId, 'opt-out');
    clock.advance(14 * DAY);
    await run();
    expect(sent).toHaveLength(0);
    expect(await ask(orderId)).toEqual({ status: 'skipped', reason: 'OPTED_OUT' });
    expect(await detail(orderId)).toMatch(
      /^nps: OPTED_OUT \(system: chose "Don't ask again" in a pop-up on /,
    );
  });

  it('files why when the mail layer refuses (an unsubscribed address), and sends nothing', async () => {
    const { orderId } = await order();
    clock.advance(14 * DAY);
    refuse = 'suppressed';
    await run();
    expect(sent).toHaveLength(0);
    expect(await ask(orderId)).toEqual({ status: 'skipped', reason: 'suppressed' });
    const impressions = await db.query(`select id from events where id = $1`, [
      `email:nps:${orderId}`,
    ]);
    expect(impressions).toHaveLength(0);
  });

  it('does not survey a refunded order', async () => {
    const { orderId } = await order();
    await applyOrderFact(ctx, site, {
      kind: 'cancellation',
      source: 'api',
      orderId,
      createdAt: clock.now(),
    });
    clock.advance(14 * DAY);
    await run();
    expect(sent).toHaveLength(0);
    expect(await ask(orderId)).toEqual({ status: 'skipped', reason: 'ORDER_REFUNDED' });
  });

  it('files one ask for a replayed order', async () => {
    const { orderId, customerId } = await order();
    await applyOrderFact(ctx, site, {
      kind: 'order',
      source: 'api',
      orderId,
      total: { minor: 5000, currency: 'EUR' },
      customerId,
      email: `${customerId}@example.com`,
      discountCodes: [],
      createdAt: clock.now(),
    });
    const rows = await db.query(`select 1 from email_asks where order_id = $1`, [orderId]);
    expect(rows).toHaveLength(1);
    clock.advance(14 * DAY);
    await run();
    expect(sent).toHaveLength(1);
  });

  it('two workers (two server processes) send each survey once', async () => {
    const orders = [await order(), await order(), await order()];
    clock.advance(14 * DAY);
    await Promise.all([run(), run(npsEmailJobHandlers(ctx, queue, BASE))]);
    expect(sent.map((email) => email.dedupeKey).sort()).toEqual(
      orders.map((o) => o.orderId).sort(),
    );
  });
});
