import type { Queryable } from '../db/database.js';

/** One channel's results over a period. */
export interface ChannelResult {
  channel: 'popup' | 'email';
  /** Pop-up: prompts shown (NPS campaigns). Email: surveys sent. */
  asked: number;
  /** Email: surveys with a score link clicked. Pop-up: not measured (null). */
  clicked: number | null;
  /** NPS answers given on the channel. */
  answered: number;
  /** Shares and copies of a referral link made on the channel. */
  shares: number;
  /** Verified orders (rewards) through codes that were shared on the channel. */
  conversions: number;
}

/**
 * Results per channel since `since`: asked, clicked, answered, shares and conversions. The
 * counts are exact: each is a `count(distinct …)` of the rows' natural keys.
 */
export async function channelResults(
  db: Queryable,
  siteKey: string,
  since: Date,
): Promise<ChannelResult[]> {
  const rows = await db.query<{
    channel: 'popup' | 'email';
    asked: number;
    clicked: number | null;
    answered: number;
    shares: number;
    conversions: number;
  }>(
    `with channels(channel) as (values ('popup'), ('email'))
     select ch.channel,
       case when ch.channel = 'email'
         then (select count(*) from email_asks a where a.site_key = $1 and a.flow = 'nps'
                 and a.status = 'sent' and a.decided_at >= $2)
         else (select count(*) from events e
                 join (select c->>'id' as id from campaigns s, jsonb_array_elements(s.campaigns) c
                       where s.site_key = $1 and c->>'kind' = 'nps') n on n.id = e.campaign_id
                 where e.site_key = $1 and e.type = 'impression' and e.origin = 'popup' and e.occurred_at >= $2)
       end::int as asked,
       case when ch.channel = 'email'
         then (select count(*) from email_asks a where a.site_key = $1 and a.flow = 'nps'
                 and a.clicked_at >= $2)::int
       end as clicked,
       (select count(*) from nps_answers a where a.site_key = $1 and a.channel = ch.channel
          and a.answered_at >= $2)::int as answered,
       (select count(*) from events e where e.site_key = $1 and e.type in ('share', 'copy')
          and e.origin = ch.channel and e.occurred_at >= $2)::int as shares,
       (select count(*) from rewards r where r.site_key = $1 and r.created_at >= $2
          and r.code in (select e.code from events e where e.site_key = $1 and e.origin = ch.channel
                           and e.type in ('share', 'copy') and e.code is not null))::int as conversions
     from channels ch`,
    [siteKey, since],
  );
  return rows;
}

/** One email ask, as the dashboard lists it: who, which order, sent or not, and why. */
export interface EmailAskRow {
  flow: string;
  orderId: string;
  customer: string;
  status: 'scheduled' | 'sent' | 'skipped';
  /** The core reason code (or the mail layer's) when not sent. */
  reason: string | null;
  /** The core's one-line explanation of the decision. */
  detail: string | null;
  /** When the survey is (or was) due. */
  sendAfter: Date;
  decidedAt: Date | null;
  clickedAt: Date | null;
  /** When the order was delivered, as its source reported; `null` while not reported. */
  deliveredAt: Date | null;
  /** What `after` counts from: the order, the reported delivery, or the assumed one. */
  basis: 'order' | 'delivery' | 'assumed';
}

/** The latest email asks, of one customer when `customer` is given (`id:…` or `email:…`). */
export async function emailAsks(
  db: Queryable,
  siteKey: string,
  customer: string | undefined,
  limit = 50,
): Promise<EmailAskRow[]> {
  const rows = await db.query<{
    flow: string;
    order_id: string;
    customer: string;
    status: EmailAskRow['status'];
    reason: string | null;
    detail: string | null;
    send_after: Date;
    decided_at: Date | null;
    clicked_at: Date | null;
    delivered_at: Date | null;
    ask_basis: EmailAskRow['basis'];
  }>(
    `select a.flow, a.order_id, a.customer, a.status, a.reason, a.detail, a.send_after, a.decided_at,
       a.clicked_at, o.delivered_at, a.ask_basis
     from email_asks a left join orders o on o.site_key = a.site_key and o.order_id = a.order_id
     where a.site_key = $1 and ($2::text is null or a.customer = $2)
     order by a.created_at desc, a.order_id limit $3`,
    [siteKey, customer ?? null, limit],
  );
  return rows.map((row) => ({
    flow: row.flow,
    orderId: row.order_id,
    customer: row.customer,
    status: row.status,
    reason: row.reason,
    detail: row.detail,
    sendAfter: row.send_after,
    decidedAt: row.decided_at,
    clickedAt: row.clicked_at,
    deliveredAt: row.delivered_at,
    basis: row.ask_basis,
  }));
}

/** One subject line of the referral email, with what followed its emails. */
export interface SubjectResult {
  variantId: string;
  /** Referral emails sent with this subject. */
  sent: number;
  /** Friends who arrived through the emailed customers' links after the email. */
  clicked: number;
  /** Friends who claimed the offer through those links after the email. */
  claims: number;
  /** Verified orders (rewards) through those links after the email. */
  conversions: number;
}

/**
 * The referral email's A/B results per subject line since `since`: each email's customer's
 * code, and the arrivals (`referral-captured`), claims and rewards on it after the email,
 * each counted once per subject line (a customer keeps their subject line).
 */
export async function subjectResults(
  db: Queryable,
  siteKey: string,
  since: Date,
): Promise<SubjectResult[]> {
  return db.query<SubjectResult>(
    `with sent as (
       select a.variant_id, a.decided_at, r.code
       from email_asks a left join referrals r on r.site_key = a.site_key and r.advocate_key = a.customer
       where a.site_key = $1 and a.flow = 'referral' and a.status = 'sent' and a.decided_at >= $2)
     select v.variant_id as "variantId",
       (select count(*) from sent s where s.variant_id = v.variant_id)::int as sent,
       (select count(distinct e.id) from sent s join events e on e.site_key = $1
          and e.type = 'referral-captured' and e.code = s.code and e.occurred_at >= s.decided_at
        where s.variant_id = v.variant_id)::int as clicked,
       (select count(distinct c.id) from sent s join claims c on c.site_key = $1
          and c.code = s.code and c.claimed_at >= s.decided_at
        where s.variant_id = v.variant_id)::int as claims,
       (select count(distinct w.order_id) from sent s join rewards w on w.site_key = $1
          and w.code = s.code and w.created_at >= s.decided_at
        where s.variant_id = v.variant_id)::int as conversions
     from (select distinct variant_id from sent) v order by v.variant_id`,
    [siteKey, since],
  );
}
