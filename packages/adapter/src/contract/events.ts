import { SHARE_CHANNELS } from '@grapevine/core';
import {
  countSchema,
  currencySchema,
  epochMsSchema,
  idSchema,
  referralCodeSchema,
} from './primitives.js';
import * as z from './zod.js';

/** At most this many events travel in one `POST /v1/events`. */
export const MAX_EVENTS_PER_BATCH = 100;

const base = {
  id: idSchema,
  at: epochMsSchema,
  visitorId: idSchema,
  advocateId: z.exactOptional(idSchema),
};

const prompt = { ...base, campaignId: idSchema, variantId: idSchema };

/** The channels a referral link can be shared through. */
export const shareChannelSchema = z.enum(SHARE_CHANNELS);

export const purchaseEventSchema = z.object({
  ...base,
  type: z.literal('purchase'),
  orderId: idSchema,
  total: z.number().check(z.minimum(0)),
  currency: currencySchema,
  coupon: z.exactOptional(z.string().check(z.maxLength(64))),
  newCustomer: z.exactOptional(z.boolean()),
  referralCode: z.exactOptional(referralCodeSchema),
  /** The page's language (BCP 47), so emails about this order can be in it. */
  locale: z.exactOptional(z.string().check(z.maxLength(35))),
});
export const impressionEventSchema = z.object({ ...prompt, type: z.literal('impression') });
export const dismissEventSchema = z.object({ ...prompt, type: z.literal('dismiss') });
export const snoozeEventSchema = z.object({
  ...prompt,
  type: z.literal('snooze'),
  until: epochMsSchema,
});
export const optOutEventSchema = z.object({ ...prompt, type: z.literal('opt-out') });
export const npsAnswerEventSchema = z.object({
  ...prompt,
  type: z.literal('nps-answer'),
  score: z.number().check(z.int(), z.minimum(0), z.maximum(10)),
  segment: z.enum(['promoter', 'passive', 'detractor']),
  comment: z.exactOptional(z.string().check(z.maxLength(2000))),
  kind: z.enum(['transactional', 'relational']),
});
export const npsCommentEventSchema = z.object({
  ...prompt,
  type: z.literal('nps-comment'),
  answerId: idSchema,
  comment: z.string().check(z.minLength(1), z.maxLength(2000)),
});
export const shareEventSchema = z.object({
  ...prompt,
  type: z.literal('share'),
  channel: shareChannelSchema,
  code: referralCodeSchema,
});
export const copyEventSchema = z.object({
  ...prompt,
  type: z.literal('copy'),
  code: referralCodeSchema,
});
export const friendClaimEventSchema = z.object({
  ...prompt,
  type: z.literal('friend-claim'),
  code: referralCodeSchema,
});
export const referralCapturedEventSchema = z.object({
  ...base,
  type: z.literal('referral-captured'),
  code: referralCodeSchema,
});

/** Any event, told apart by `type`. */
export const eventSchema = z.discriminatedUnion('type', [
  purchaseEventSchema,
  impressionEventSchema,
  dismissEventSchema,
  snoozeEventSchema,
  optOutEventSchema,
  npsAnswerEventSchema,
  npsCommentEventSchema,
  shareEventSchema,
  copyEventSchema,
  friendClaimEventSchema,
  referralCapturedEventSchema,
]);

/** Events the client had to drop before sending, by reason; reported with the next batch. */
export const dropReportSchema = z.object({
  /** Dropped because the queue was full (oldest first). */
  overflow: countSchema,
  /** Dropped because they were older than the queue's maximum age. */
  expired: countSchema,
  /** Stored entries that could not be read back. */
  corrupt: countSchema,
  /** Events the server refused as invalid (a 4xx for that one event); never retried. */
  rejected: z.exactOptional(countSchema),
});

/** Body of `POST /v1/events`. */
export const eventBatchSchema = z.object({
  events: z.array(eventSchema).check(z.minLength(1), z.maxLength(MAX_EVENTS_PER_BATCH)),
  dropped: z.exactOptional(dropReportSchema),
});

/** Response of `POST /v1/events`: ids stored now, and ids the server already had. */
export const sendResultSchema = z.object({
  accepted: z.array(z.string()),
  duplicates: z.array(z.string()),
});
