import * as z from 'zod/mini';
import { SHARE_CHANNELS } from '../share-channels.js';
import { condition, content, duration, httpUrl, instant, name } from './primitives.js';
import { trigger } from './trigger.js';

function reward() {
  return z.strictObject({
    kind: z.enum(['percent', 'amount', 'custom']),
    value: z.optional(z.number()),
    currency: z.optional(z.string()),
    label: z.optional(z.string()),
  });
}

/** `"npsPromoter"` is short for `{ npsSegment: ['promoter'] }`. */
function requires() {
  const object = z.strictObject({
    campaign: z.optional(name()),
    npsSegment: z.optional(z.array(z.enum(['promoter', 'passive', 'detractor']))),
    within: z.optional(duration()),
  });
  return z.pipe(
    z.transform((input: unknown) =>
      input === 'npsPromoter' ? { npsSegment: ['promoter'] } : input,
    ),
    object,
  );
}

function frequency() {
  return z.strictObject({
    once: z.optional(z.boolean()),
    oncePerTrigger: z.optional(z.boolean()),
    untilResponded: z.optional(z.boolean()),
    maxImpressions: z.optional(z.int().check(z.gte(1))),
    dismissGap: z.optional(duration()),
    snooze: z.optional(duration()),
    recurring: z.optional(duration()),
  });
}

function variants() {
  return z
    .array(
      z.strictObject({
        id: name(),
        weight: z.number().check(z.gt(0)),
        content: z.optional(content()),
      }),
    )
    .check(
      z.minLength(1),
      z.refine(
        (list) => new Set(list.map((variant) => variant.id)).size === list.length,
        'expected unique variant ids',
      ),
    );
}

/** One campaign as written in JSON, normalized to ms. */
export function campaignSchema() {
  return z.strictObject({
    id: name(),
    kind: z.enum(['referral', 'nps', 'friend-offer']),
    priority: z.optional(z.number()),
    schedule: z.optional(
      z.strictObject({ start: z.optional(instant()), end: z.optional(instant()) }),
    ),
    audience: z.optional(condition()),
    context: z.optional(condition()),
    triggers: z.array(trigger()).check(z.minLength(1)),
    requires: z.optional(requires()),
    frequency: z.optional(frequency()),
    sampling: z.optional(z.number().check(z.gte(0), z.lte(1))),
    variants: z.optional(variants()),
    delay: z.optional(duration()),
    content: z.optional(content()),
    npsKind: z.optional(z.enum(['transactional', 'relational'])),
    promoterToReferral: z.optional(z.boolean()),
    reviewUrl: z.optional(httpUrl()),
    offer: z.optional(
      z.strictObject({ friend: reward(), advocate: reward(), termsUrl: z.optional(httpUrl()) }),
    ),
    channels: z.optional(z.array(z.enum(SHARE_CHANNELS))),
    placement: z.optional(z.enum(['auto', 'modal', 'corner', 'sheet'])),
  });
}

/** A campaign as written in JSON: durations may be strings, times ISO strings. */
export type CampaignInput = z.input<ReturnType<typeof campaignSchema>>;
