import type { Queryable } from '../db/database.js';
import type { OrderSourceName } from './facts.js';

/** A stored verified order. */
export interface OrderRow {
  site_key: string;
  order_id: string;
  source: OrderSourceName;
  total_minor: number;
  currency: string;
  customer_id: string | null;
  email_norm: string | null;
  discount_codes: string[];
  discount_refs: string[];
  referral_code: string | null;
  visitor_id: string | null;
  status: 'paid' | 'cancelled';
  refunded_minor: number;
  created_at: Date;
  /** When the order was delivered, as its source reported (first report). */
  delivered_at: Date | null;
  /** The customer's language as the source gave it (a BCP 47 tag). */
  locale: string | null;
}

const ORDER_COLUMNS = `site_key, order_id, source, total_minor::float8 as total_minor, currency,
  customer_id, email_norm, discount_codes, discount_refs, referral_code, visitor_id, status,
  refunded_minor::float8 as refunded_minor, created_at, delivered_at, locale`;

/** The order a name (its id or any alias) stands for, locked for update; `null` if unknown. */
export async function lockOrderByName(
  tx: Queryable,
  siteKey: string,
  name: string,
): Promise<OrderRow | null> {
  const rows = await tx.query<OrderRow>(
    `select ${ORDER_COLUMNS} from orders
     where site_key = $1 and order_id = (select order_id from order_aliases where site_key = $1 and alias = $2)
     for update`,
    [siteKey, name],
  );
  return rows[0] ?? null;
}

/** Every name of an order: its id and its aliases. */
export async function orderNames(
  tx: Queryable,
  siteKey: string,
  orderId: string,
): Promise<string[]> {
  const rows = await tx.query<{ alias: string }>(
    'select alias from order_aliases where site_key = $1 and order_id = $2',
    [siteKey, orderId],
  );
  return [...new Set([orderId, ...rows.map((row) => row.alias)])];
}

/**
 * Records names for an order. A name another order already holds keeps pointing there.
 * @returns the names that belong to another order.
 */
export async function addOrderNames(
  tx: Queryable,
  siteKey: string,
  orderId: string,
  names: readonly string[],
): Promise<string[]> {
  const taken: string[] = [];
  for (const name of new Set(names)) {
    const rows = await tx.query<{ order_id: string }>(
      `insert into order_aliases (site_key, alias, order_id) values ($1, $2, $3)
       on conflict (site_key, alias) do update set alias = excluded.alias
       returning order_id`,
      [siteKey, name, orderId],
    );
    if (rows[0]?.order_id !== orderId) taken.push(name);
  }
  return taken;
}

/** Paid orders of a visitor without a reward yet, newest first (for late browser reports). */
export async function unrewardedOrders(
  tx: Queryable,
  siteKey: string,
  names: readonly string[],
  visitorId: string,
): Promise<OrderRow[]> {
  return tx.query<OrderRow>(
    `select ${ORDER_COLUMNS} from orders o
     where o.site_key = $1 and o.status = 'paid' and o.refunded_minor < o.total_minor
       and (o.order_id in (select order_id from order_aliases where site_key = $1 and alias = any($2))
            or o.visitor_id = $3)
       and not exists (select 1 from rewards w where w.site_key = o.site_key and w.order_id = o.order_id)
     order by o.created_at desc limit 10
     for update`,
    [siteKey, names, visitorId],
  );
}
