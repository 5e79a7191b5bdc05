import type { Policy } from '../context.js';
import type { Queryable } from '../db/database.js';
import type { OrderRow } from './order-store.js';

/** How an order was joined to a referral, strongest first. */
export type AttributionKind = 'coupon' | 'order-report' | 'visitor-report' | 'shop-referral-code';

/** A referral code an order is credited to, and why. */
export interface Attribution {
  by: AttributionKind;
  code: string;
  /** The friend's claim whose coupon was used (coupon attribution only). */
  claimId?: string;
  /** The discount code that matched. */
  coupon?: string;
  /** The browser report that named the order or its visitor. */
  reportEventId?: string;
  /** Visitor ids known to be the friend's (claim, report, order). */
  friendVisitorIds: string[];
  friendEmail?: string;
}

/** Why an order has no referral. */
export type NoAttribution = 'no-referral' | 'outside-window';

interface ClaimMatch {
  id: string;
  code: string;
  coupon: string;
  friend_visitor_id: string;
  friend_email_norm: string;
}

interface ReportMatch {
  id: string;
  code: string;
  visitor_id: string;
  names_order: boolean;
}

/**
 * Finds the referral a verified order belongs to, strongest link first: a friend's coupon
 * used on the order (by code, case-insensitively, or by the provider's object id); else a
 * browser purchase report with a captured code, naming this order (id or alias) or made by
 * the order's visitor; else a referral code the shop passed on itself. Reports and the
 * shop's code count only inside the attribution window after the friend first arrived.
 * A coupon that already earned a reward is not used twice.
 */
export async function attributeOrder(
  tx: Queryable,
  policy: Policy,
  order: OrderRow,
  names: readonly string[],
): Promise<Attribution | NoAttribution> {
  const codes = order.discount_codes.map((code) => code.trim().toUpperCase()).filter(Boolean);
  if (codes.length > 0 || order.discount_refs.length > 0) {
    const claims = await tx.query<ClaimMatch>(
      `select c.id, c.code, c.coupon, c.friend_visitor_id, c.friend_email_norm from claims c
       where c.site_key = $1 and c.status = 'claimed'
         and (upper(c.coupon) = any($2) or c.coupon_ref = any($3))
         and not exists (select 1 from rewards w where w.claim_id = c.id)
       order by c.claimed_at limit 1`,
      [order.site_key, codes, order.discount_refs],
    );
    const claim = claims[0];
    if (claim) {
      return {
        by: 'coupon',
        code: claim.code,
        claimId: claim.id,
        coupon: claim.coupon,
        friendVisitorIds: unique([claim.friend_visitor_id, order.visitor_id]),
        friendEmail: claim.friend_email_norm,
      };
    }
  }
  const reports = await tx.query<ReportMatch>(
    `select id, code, visitor_id, (payload->>'orderId') = any($2) as names_order from events
     where site_key = $1 and type = 'purchase' and code is not null
       and ((payload->>'orderId') = any($2) or ($3::text is not null and visitor_id = $3))
     order by (payload->>'orderId') = any($2) desc, occurred_at desc limit 5`,
    [order.site_key, names, order.visitor_id],
  );
  let outside = false;
  for (const report of reports) {
    if (!(await insideWindow(tx, policy, report.code, report.visitor_id, order))) {
      outside = true;
      continue;
    }
    return {
      by: report.names_order ? 'order-report' : 'visitor-report',
      code: report.code,
      reportEventId: report.id,
      friendVisitorIds: unique([report.visitor_id, order.visitor_id]),
    };
  }
  if (order.referral_code) {
    const visitor = order.visitor_id;
    if (!visitor || (await insideWindow(tx, policy, order.referral_code, visitor, order))) {
      return {
        by: 'shop-referral-code',
        code: order.referral_code,
        friendVisitorIds: unique([visitor]),
      };
    }
    outside = true;
  }
  return outside ? 'outside-window' : 'no-referral';
}

/**
 * Whether the order was placed within the attribution window after this visitor first
 * arrived through the code (captured link or claim). A visitor the server never saw arrive
 * passes: the browser's capture itself expires with the window.
 */
async function insideWindow(
  tx: Queryable,
  policy: Policy,
  code: string,
  visitorId: string,
  order: OrderRow,
): Promise<boolean> {
  const rows = await tx.query<{ first: Date | null }>(
    `select least(
       (select min(occurred_at) from events where site_key = $1 and code = $2 and visitor_id = $3 and type = 'referral-captured'),
       (select min(claimed_at) from claims where code = $2 and friend_visitor_id = $3)
     ) as first`,
    [order.site_key, code, visitorId],
  );
  const first = rows[0]?.first;
  return !first || order.created_at.getTime() - first.getTime() <= policy.attributionMs;
}

function unique(values: readonly (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))];
}
