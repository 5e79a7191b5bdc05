import type { ShareChannel } from '@grapevine/core';
import type { ServerContext } from '../context.js';
import type { Site } from '../site.js';
import { claimCustomerId } from './email-answer.js';
import type { ScoreClaim } from './score-token.js';

/** What the hosted page reports besides the comment. */
export type HostedEvent =
  | { type: 'share'; channel: ShareChannel }
  | { type: 'copy' }
  | { type: 'opt-out' };

/**
 * Stores a share, copy or "don't ask again" from the hosted page as an event with origin
 * `email`, under the customer, so it joins their ledger (a share answers the referral ask;
 * an opt-out stops the pop-up and the email asks) and the email channel's counts. Keyed by
 * (order, what, channel): a repeated click is stored once.
 */
export async function recordHostedEvent(
  ctx: ServerContext,
  site: Site,
  claim: ScoreClaim,
  event: HostedEvent,
): Promise<void> {
  const now = ctx.clock.now();
  const customerId = claimCustomerId(claim);
  const channel = event.type === 'share' ? event.channel : null;
  const id = `email:${event.type}:${claim.campaignId}:${claim.orderId}${channel ? `:${channel}` : ''}`;
  const [order] = await ctx.db.query<{
    visitor_id: string | null;
    code: string | null;
    variant_id: string | null;
  }>(
    `select o.visitor_id,
       (select code from referrals r where r.site_key = $1 and r.advocate_key = $3) as code,
       (select variant_id from email_asks a where a.site_key = $1 and a.flow = 'nps' and a.order_id = $2) as variant_id
     from orders o where o.site_key = $1 and o.order_id = $2`,
    [site.siteKey, claim.orderId, claim.customer],
  );
  const visitorId = order?.visitor_id ?? claim.customer;
  const variantId = order?.variant_id ?? 'default';
  const code = event.type === 'opt-out' ? null : (order?.code ?? null);
  const payload = {
    id,
    type: event.type,
    at: now,
    visitorId,
    campaignId: claim.campaignId,
    variantId,
    ...(channel ? { channel } : {}),
    ...(code ? { code } : {}),
    ...(customerId === null ? {} : { advocateId: customerId }),
  };
  await ctx.db.query(
    `insert into events (site_key, id, type, visitor_id, advocate_id, campaign_id, variant_id, channel, code, occurred_at, received_at, payload, origin)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11::text::jsonb, 'email')
     on conflict (site_key, id) do nothing`,
    [
      site.siteKey,
      id,
      event.type,
      visitorId,
      customerId,
      claim.campaignId,
      variantId,
      channel,
      code,
      new Date(now),
      JSON.stringify(payload),
    ],
  );
}
