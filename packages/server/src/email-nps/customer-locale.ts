import type { Queryable } from '../db/database.js';
import { customerMailLocale, localeTag, type MailLocale } from '../mail/i18n/locales.js';

/**
 * The language to write to the customer of an order in, best source first: the locale the
 * shop's platform gave with the order (Shopify's `customer_locale`, WooCommerce's or the
 * orders API's `locale`), then the one the widget reported with the purchase on the thank-you
 * page (a browser hint: it only picks a language), then `siteLocale`. Only shipped locales:
 * a customer's `pt-BR` with no Portuguese catalog falls back to the site's.
 */
export async function orderMailLocale(
  db: Queryable,
  siteKey: string,
  order: { orderId: string; visitorId: string | null; locale: string | null },
  siteLocale: string,
): Promise<MailLocale> {
  return customerMailLocale(
    order.locale ?? (await reportedLocale(db, siteKey, order.orderId, order.visitorId)),
    siteLocale,
  );
}

/** The locale the widget reported with this order's purchase (or the visitor's latest). */
async function reportedLocale(
  db: Queryable,
  siteKey: string,
  orderId: string,
  visitorId: string | null,
): Promise<string | undefined> {
  const rows = await db.query<{ locale: string }>(
    `select payload->>'locale' as locale from events
     where site_key = $1 and type = 'purchase' and payload->>'locale' is not null
       and (payload->>'orderId' = $2 or ($3::text is not null and visitor_id = $3))
     order by (payload->>'orderId' = $2) desc, occurred_at desc limit 1`,
    [siteKey, orderId, visitorId],
  );
  return localeTag(rows[0]?.locale);
}

/**
 * The language of a customer known by a referral code (an advocate): the latest of their
 * orders that carries one, else `siteLocale`.
 */
export async function advocateMailLocale(
  db: Queryable,
  siteKey: string,
  code: string,
  siteLocale: string,
): Promise<MailLocale> {
  const rows = await db.query<{ locale: string }>(
    `select o.locale from referrals r join orders o on o.site_key = r.site_key
       and ((r.advocate_id is not null and o.customer_id = r.advocate_id)
            or (r.email_norm is not null and o.email_norm = r.email_norm))
     where r.site_key = $1 and r.code = $2 and o.locale is not null
     order by o.created_at desc limit 1`,
    [siteKey, code],
  );
  return customerMailLocale(rows[0]?.locale, siteLocale);
}
