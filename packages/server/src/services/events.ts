import type { GrapevineEvent, NpsAnswerEvent, NpsCommentEvent, SendResult } from '@grapevine/core';
import { segment } from '@grapevine/core';
import { DAY } from '../clock.js';
import type { ServerContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import { HttpError } from '../errors.js';
import { lockOrderNames } from '../orders/locks.js';
import { joinPurchaseReport, lockPurchaseReport } from '../orders/purchase-report.js';
import type { Site } from '../site.js';
import { enqueueWebhook } from '../webhooks/enqueue.js';

// Client clocks are not trusted: an event's time is clamped to [now − 30 days, now].
const OLDEST_EVENT_MS = 30 * DAY;
// A purchase report's total is only a hint, but an absurd one is refused as malformed.
const MAX_TOTAL = 999_999_999_999;

/**
 * Checks what the schema cannot: an NPS answer's segment must match its score, and a
 * purchase total must fit the database.
 * @throws HttpError 400 naming the event.
 */
export function checkEventConsistency(events: readonly GrapevineEvent[]): void {
  events.forEach((event, index) => {
    if (event.type === 'purchase' && event.total > MAX_TOTAL) {
      throw new HttpError(
        400,
        'invalid-request',
        `events[${index}].total: too big (maximum ${MAX_TOTAL})`,
      );
    }
    if (event.type === 'nps-answer' && segment(event.score) !== event.segment) {
      throw new HttpError(
        400,
        'invalid-request',
        `events[${index}].segment: a score of ${event.score} is "${segment(event.score)}", not "${event.segment}"`,
      );
    }
  });
}

/** What the server knows about the request that carried a batch. */
export interface IngestMeta {
  /** {@link clientIpHash} of the sender's address, stored as review evidence. */
  clientIpHash?: string | null;
}

/**
 * Stores a batch. Each event is stored at most once per site, whatever the number of
 * retries or concurrent copies (the primary key decides), and its effects — NPS answer,
 * webhooks, joining a purchase report to its verified order — run only for the copy that
 * was stored. A purchase event is a report (a hint): it never credits anyone by itself.
 */
export async function ingestEvents(
  ctx: ServerContext,
  site: Site,
  events: readonly GrapevineEvent[],
  meta: IngestMeta = {},
): Promise<SendResult> {
  const ipHash = meta.clientIpHash ?? null;
  const result: SendResult = { accepted: [], duplicates: [] };
  for (const event of events) {
    const now = ctx.clock.now();
    const occurredAt = Math.min(now, Math.max(event.at, now - OLDEST_EVENT_MS));
    // An event without effects is one atomic statement; the others need a transaction so
    // that the event and its effects are stored together or not at all.
    const stored = hasEffects(event)
      ? await ctx.db.transaction(async (tx) => {
          if (event.type === 'purchase') await lockPurchaseReport(tx, site, event);
          // An answer and its comment may arrive at once on two servers: one waits for the other.
          const answerId = answerIdOf(event);
          if (answerId) await lockOrderNames(tx, site.siteKey, [`nps-answer:${answerId}`]);
          if (!(await insertEvent(tx, site, event, occurredAt, now, ipHash))) return false;
          await applyEffects(ctx, tx, site, event, occurredAt, now);
          return true;
        })
      : await insertEvent(ctx.db, site, event, occurredAt, now, ipHash);
    (stored ? result.accepted : result.duplicates).push(event.id);
  }
  return result;
}

function hasEffects(event: GrapevineEvent): boolean {
  return (
    answerIdOf(event) !== undefined || event.type === 'purchase' || event.advocateId !== undefined
  );
}

/** The NPS answer an event stores or amends. */
const answerIdOf = (event: GrapevineEvent): string | undefined =>
  event.type === 'nps-answer'
    ? event.id
    : event.type === 'nps-comment'
      ? event.answerId
      : undefined;

/** Inserts the event unless its id is already stored; whether it was new. */
async function insertEvent(
  db: Queryable,
  site: Site,
  event: GrapevineEvent,
  occurredAt: number,
  now: number,
  ipHash: string | null,
): Promise<boolean> {
  const rows = await db.query(
    `insert into events (site_key, id, type, visitor_id, advocate_id, campaign_id, variant_id, channel, code, occurred_at, received_at, payload, client_ip_hash)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::text::jsonb, $13)
     on conflict (site_key, id) do nothing returning id`,
    [
      site.siteKey,
      event.id,
      event.type,
      event.visitorId,
      event.advocateId ?? null,
      'campaignId' in event ? event.campaignId : null,
      'variantId' in event ? event.variantId : null,
      event.type === 'share' ? event.channel : null,
      'code' in event
        ? event.code.toUpperCase()
        : (event.type === 'purchase' && event.referralCode?.toUpperCase()) || null,
      new Date(occurredAt),
      new Date(now),
      JSON.stringify(event),
      ipHash,
    ],
  );
  return rows.length > 0;
}

async function applyEffects(
  ctx: ServerContext,
  tx: Queryable,
  site: Site,
  event: GrapevineEvent,
  occurredAt: number,
  now: number,
): Promise<void> {
  if (event.advocateId !== undefined) {
    await tx.query(
      `insert into advocate_visitors (site_key, advocate_id, visitor_id) values ($1, $2, $3)
       on conflict do nothing`,
      [site.siteKey, event.advocateId, event.visitorId],
    );
  }
  if (event.type === 'nps-answer') await storeAnswer(tx, site, event, occurredAt, now);
  if (event.type === 'nps-comment') await amendAnswer(tx, site, event);
  if (event.type === 'purchase') {
    await joinPurchaseReport(ctx, tx, site, {
      orderId: event.orderId,
      visitorId: event.visitorId,
      ...(event.referralCode ? { referralCode: event.referralCode.toUpperCase() } : {}),
    });
  }
}

async function storeAnswer(
  tx: Queryable,
  site: Site,
  event: NpsAnswerEvent,
  occurredAt: number,
  now: number,
): Promise<void> {
  // A comment that came first (sent after a flush, delivered before its answer) is kept.
  const earlier = await tx.query<{ comment: string }>(
    `select payload->>'comment' as comment from events
     where site_key = $1 and type = 'nps-comment' and payload->>'answerId' = $2 and visitor_id = $3
     order by received_at desc limit 1`,
    [site.siteKey, event.id, event.visitorId],
  );
  const comment = earlier[0]?.comment.trim() || event.comment?.trim() || null;
  await tx.query(
    `insert into nps_answers (site_key, event_id, score, segment, kind, comment, campaign_id, variant_id, visitor_id, advocate_id, answered_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      site.siteKey,
      event.id,
      event.score,
      event.segment,
      event.kind,
      comment,
      event.campaignId,
      event.variantId,
      event.visitorId,
      event.advocateId ?? null,
      new Date(occurredAt),
    ],
  );
  if (event.segment === 'detractor') {
    await enqueueWebhook(
      tx,
      site,
      'nps.detractor',
      event.id,
      {
        eventId: event.id,
        score: event.score,
        comment,
        kind: event.kind,
        campaignId: event.campaignId,
        variantId: event.variantId,
        ...(event.advocateId === undefined ? {} : { customerId: event.advocateId }),
        answeredAt: new Date(occurredAt).toISOString(),
      },
      now,
    );
  }
}

/**
 * Sets the comment of the NPS answer `answerId` (the latest comment to arrive wins). Only the
 * answer's own visitor may: a guessed answer id of someone else changes nothing. Before its
 * answer arrives, the stored comment event waits for it ({@link storeAnswer} reads it).
 */
async function amendAnswer(tx: Queryable, site: Site, event: NpsCommentEvent): Promise<void> {
  await tx.query(
    `update nps_answers set comment = $4
     where site_key = $1 and event_id = $2 and visitor_id = $3`,
    [site.siteKey, event.answerId, event.visitorId, event.comment.trim() || null],
  );
}
