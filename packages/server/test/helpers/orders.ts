import type { Database } from '../../src/db/database.js';
import { applyOrderFact } from '../../src/orders/apply-fact.js';
import type { VerifiedOrder } from '../../src/orders/facts.js';
import type { Harness } from './harness.js';

type WebhookMoney = { amount: string; amountMinor: number; currency: string };

/** A delivered webhook body, as the tests read it. */
export interface Webhook {
  id: string;
  type: string;
  data: {
    orderId: string;
    reward: WebhookMoney & { state?: string };
    reversed?: WebhookMoney;
  } & Record<string, unknown>;
}

/** What a test needs to drive referrals, reports and verified orders against a harness. */
export function orderKit(h: Harness, db: Database, received: { body: string }[]) {
  let serial = 0;
  const next = () => ++serial;
  /** Browser events, sent from a client address (the harness trusts X-Forwarded-For). */
  const send = async (ip: string, ...events: object[]) =>
    (
      await h.call('/v1/events', { body: { events }, headers: { 'X-Forwarded-For': ip } })
    ).json() as Promise<{ accepted: string[]; duplicates: string[] }>;
  const event = (fields: object) => ({ id: `ev-${next()}`, at: h.clock.now(), ...fields });
  return {
    next,
    send,
    event,
    /** A signed advocate's code; their own device shared it from `ip`. */
    async advocate(ip = '198.51.100.1') {
      const n = next();
      const id = `adv-${n}`;
      const advocate = h.advocate({ id, email: `${id}@example.com`, name: `Ada ${n}` });
      const response = await h.call('/v1/referrals', { body: { advocate } });
      const { code } = (await response.json()) as { code: string };
      await send(
        ip,
        event({
          type: 'copy',
          visitorId: `${id}-device`,
          advocateId: id,
          campaignId: 'c',
          variantId: 'v',
          code,
        }),
      );
      return { id, code, email: `${id}@example.com`, advocate };
    },
    /** A friend arrives through the code and claims a coupon, from `ip`. */
    async claim(code: string, visitorId: string, ip = '203.0.113.7') {
      await send(ip, event({ type: 'referral-captured', visitorId, code }));
      const response = await h.call(`/v1/referrals/${code}/claims`, {
        body: { email: `${visitorId}@example.net`, visitorId },
        headers: { 'X-Forwarded-For': ip },
      });
      const claim = (await response.json()) as { status: string; coupon: { code: string } };
      return claim.coupon.code;
    },
    /** The browser's purchase report (a hint). */
    report(visitorId: string, orderId: string, fields: object = {}, ip = '203.0.113.7') {
      return send(
        ip,
        event({ type: 'purchase', visitorId, orderId, total: 99_999, currency: 'EUR', ...fields }),
      );
    },
    /** A verified order; `total` in minor units of EUR unless told otherwise. */
    order(orderId: string, fields: Partial<VerifiedOrder> = {}) {
      return applyOrderFact(h.ctx, h.site, {
        kind: 'order',
        source: 'api',
        orderId,
        total: { minor: 8000, currency: 'EUR' },
        discountCodes: [],
        createdAt: h.clock.now(),
        ...fields,
      });
    },
    refund(orderId: string, refundId: string, minor: number, currency = 'EUR') {
      return applyOrderFact(h.ctx, h.site, {
        kind: 'refund',
        source: 'api',
        orderId,
        refundId,
        amount: { minor, currency },
        createdAt: h.clock.now(),
      });
    },
    cancel(orderId: string) {
      return applyOrderFact(h.ctx, h.site, {
        kind: 'cancellation',
        source: 'api',
        orderId,
        createdAt: h.clock.now(),
      });
    },
    async reward(orderId: string) {
      const rows = await db.query<{
        state: string;
        amount_minor: number;
        reversed_minor: number;
        held_reason: string | null;
        attributed_by: string;
      }>(
        `select state, amount_minor::float8 as amount_minor, reversed_minor::float8 as reversed_minor,
           held_reason, attributed_by from rewards where site_key = $1 and order_id = $2`,
        [h.site.siteKey, orderId],
      );
      return rows[0] ?? null;
    },
    /** Delivers due webhooks and returns those of an order, oldest first. */
    async webhooksOf(orderId: string) {
      await h.tick();
      return received
        .map((r) => JSON.parse(r.body) as Webhook)
        .filter((b) => b.data.orderId === orderId);
    },
  };
}
