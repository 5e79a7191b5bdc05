import type { GrapevineEvent, NpsAnswerEvent, NpsCommentEvent, SendResult } from '@grapevine/core';
import { segment } from '@grapevine/core';
import { DAY } from '../clock.js';
import type { ServerContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import { refileReferralsForPopupPromoter } from '../email-nps/referral-email.js';
import { HttpError } from '../errors.js';
import { queueDetractorAlert } from '../mail/notices.js';
import { lockOrderNames } from '../orders/locks.js';
import { joinPurchaseReport, lockPurchaseReports } from '../orders/purchase-report.js';
import type { Site } from '../site.js';
import { enqueueWebhook } from '../webhooks/enqueue.js';
import { eventRows, insertEventRows } from './event-rows.js';

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
 * Stores a batch, all or nothing: the events and their effects commit together, or the
 * request fails and nothing of it is stored (a retry then stores it whole). Each event is
 * stored at most once per site, whatever the number of retries or concurrent copies (the
 * primary key decides), and its effects — NPS answer, webhooks, joining a purchase report
 * to its verified order — run only for the copy that was stored. A purchase event is a
 * report (a hint): it never credits anyone by itself.
 * @returns the ids stored now (`accepted`) and the others (`duplicates`, a repeated id in
 *   the same batch included), in the batch's order.
 */
export async function ingestEvents(
  ctx: ServerContext,
  site: Site,
  events: readonly GrapevineEvent[],
  meta: IngestMeta = {},
): Promise<SendResult> {
  const ipHash = meta.clientIpHash ?? null;
  const now = ctx.clock.now();
  // Client clocks are not trusted: clamped to [now − 30 days, now].
  const occurredAt = (event: GrapevineEvent) =>
    Math.min(now, Math.max(event.at, now - OLDEST_EVENT_MS));
  // The first copy of an id in the batch is the one that may be stored.
  const firstCopies = new Map<string, GrapevineEvent>();
  for (const event of events) if (!firstCopies.has(event.id)) firstCopies.set(event.id, event);
  const unique = [...firstCopies.values()];
  const rows = eventRows(site, unique, occurredAt, now, ipHash);
  const idsOf = (keys: Set<string>) =>
    new Set(unique.filter((e) => keys.has(`${site.siteKey}\n${e.id}`)).map((e) => e.id));
  // Events without effects are one statement, atomic by itself, which concurrent requests
  // share (group commit); effects need a transaction of the batch's own.
  const purchases = unique.filter((event) => event.type === 'purchase');
  const stored = unique.some(hasEffects)
    ? await ctx.db.transaction(async (tx) => {
        if (purchases.length > 0) await lockPurchaseReports(tx, site, purchases);
        // An answer and its comment may arrive at once on two servers: one waits for the
        // other. Always after the purchase locks, so the order of locks is the same for all.
        const answers = unique.flatMap((event) => answerIdOf(event) ?? []);
        const names = answers.map((id) => `nps-answer:${id}`);
        if (names.length > 0) await lockOrderNames(tx, site.siteKey, names);
        const ids = idsOf(await insertEventRows(tx, rows));
        for (const event of unique) {
          if (ids.has(event.id)) await applyEffects(ctx, tx, site, event, occurredAt(event), now);
        }
        return ids;
      })
    : ctx.writeEvents
      ? await ctx.writeEvents(rows)
      : idsOf(await insertEventRows(ctx.db, rows));
  const result: SendResult = { accepted: [], duplicates: [] };
  for (const event of events) {
    const fresh = stored.delete(event.id); // once: a repeated id is a duplicate
    (fresh ? result.accepted : result.duplicates).push(event.id);
  }
  return result;
}

function hasEffects(event: GrapevineEvent): boolean {
  // An event's advocateId is unsigned: it is stored as the browser said it, never trusted
  // (self-referral checks learn advocate visitors from signed POST /v1/referrals only).
  return answerIdOf(event) !== undefined || event.type === 'purchase';
}

/** The NPS answer an event stores or amends. */
const answerIdOf = (event: GrapevineEvent): string | undefined =>
  event.type === 'nps-answer'
    ? event.id
    : event.type === 'nps-comment'
      ? event.answerId
      : undefined;

async function applyEffects(
  ctx: ServerContext,
  tx: Queryable,
  site: Site,
  event: GrapevineEvent,
  occurredAt: number,
  now: number,
): Promise<void> {
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
     order by received_at desc, occurred_at desc limit 1`,
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
  // A referral email skipped for want of a promoter answer is due now.
  if (event.segment === 'promoter') {
    await refileReferralsForPopupPromoter(tx, site, event.visitorId, now);
  }
  if (event.segment === 'detractor') {
    await queueDetractorAlert(
      tx,
      site,
      {
        eventId: event.id,
        score: event.score,
        comment,
        customerId: event.advocateId ?? null,
        answeredAt: occurredAt,
      },
      now,
    );
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
