import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import type { Site } from '../site.js';

/** The webhook events a shop can receive. */
export type WebhookType =
  | 'conversion.credited'
  | 'reward.approved'
  | 'reward.voided'
  | 'reward.reduced'
  | 'reward.reversed'
  | 'nps.detractor'
  | 'coupon.claimed';

/**
 * The delivery id, also sent as `Idempotency-Key`: derived from what happened, so the same
 * fact can never be queued twice and a receiver can drop repeats of a retried delivery.
 */
export function webhookId(type: WebhookType, siteKey: string, subject: string): string {
  return `wh_${createHash('sha256').update(`${type}\n${siteKey}\n${subject}`).digest('hex').slice(0, 32)}`;
}

/**
 * Queues a webhook inside the caller's transaction (so it exists exactly when the fact
 * does). Does nothing for a site without a webhook URL.
 */
export async function enqueueWebhook(
  tx: Queryable,
  site: Site,
  type: WebhookType,
  subject: string,
  data: Record<string, unknown>,
  now: number,
): Promise<void> {
  if (!site.webhook) return;
  const id = webhookId(type, site.siteKey, subject);
  const payload = { id, type, siteKey: site.siteKey, createdAt: new Date(now).toISOString(), data };
  await tx.query(
    `insert into webhook_deliveries (id, site_key, type, payload, next_attempt_at, created_at)
     values ($1, $2, $3, $4::text::jsonb, $5, $5)
     on conflict (id) do nothing`,
    [id, site.siteKey, type, JSON.stringify(payload), new Date(now)],
  );
}
