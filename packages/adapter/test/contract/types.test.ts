// The contract schemas must infer exactly the Backend port's types in @grapevine/core.
// These assertions fail `pnpm --filter @grapevine/adapter typecheck` when the two drift;
// the runtime half checks that a value of each core type passes its schema.
import type {
  Advocate,
  AdvocateStats,
  Claim,
  CustomerLedger,
  CustomerLedgerEntry,
  DropReport,
  EventBatch,
  FriendClaim,
  FriendOffer,
  GrapevineEvent,
  Referral,
  ReferralOffer,
  Reward,
  SendResult,
  ShareChannel,
} from '@grapevine/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod/mini';
import {
  advocateSchema,
  advocateStatsSchema,
  claimSchema,
  type customerLedgerEntrySchema,
  customerLedgerSchema,
  type dropReportSchema,
  type eventBatchSchema,
  eventSchema,
  type friendClaimSchema,
  friendOfferSchema,
  type referralOfferSchema,
  referralSchema,
  type rewardSchema,
  type sendResultSchema,
  type shareChannelSchema,
} from '../../src/contract/index.js';

/** `true` only when A and B are assignable both ways. */
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe('contract types match @grapevine/core', () => {
  it('infers the Backend port types from the schemas (checked by tsc)', () => {
    expectTypeOf<Mutual<z.output<typeof advocateSchema>, Advocate>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.output<typeof rewardSchema>, Reward>>().toEqualTypeOf<true>();
    expectTypeOf<
      Mutual<z.output<typeof referralOfferSchema>, ReferralOffer>
    >().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.output<typeof referralSchema>, Referral>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.output<typeof friendOfferSchema>, FriendOffer>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.output<typeof friendClaimSchema>, FriendClaim>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.output<typeof claimSchema>, Claim>>().toEqualTypeOf<true>();
    expectTypeOf<
      Mutual<z.output<typeof advocateStatsSchema>, AdvocateStats>
    >().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.output<typeof eventSchema>, GrapevineEvent>>().toEqualTypeOf<true>();
    expectTypeOf<
      Mutual<z.output<typeof customerLedgerEntrySchema>, CustomerLedgerEntry>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Mutual<z.output<typeof customerLedgerSchema>, CustomerLedger>
    >().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.output<typeof dropReportSchema>, DropReport>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.output<typeof eventBatchSchema>, EventBatch>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.output<typeof sendResultSchema>, SendResult>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<z.output<typeof shareChannelSchema>, ShareChannel>>().toEqualTypeOf<true>();
    // A deliberately different type is not mutual, so the helper itself can fail.
    expectTypeOf<Mutual<z.output<typeof claimSchema>, Reward>>().toEqualTypeOf<false>();
  });

  const reward: Reward = { kind: 'percent', value: 20 };
  const samples: [string, z.ZodMiniType, unknown][] = [
    ['advocate', advocateSchema, { id: 'c1', signedAt: 1 } satisfies Advocate],
    [
      'referral',
      referralSchema,
      {
        code: 'ANNA-1',
        url: 'https://shop.example/?ref=ANNA-1',
        offer: { friend: reward, advocate: reward },
      } satisfies Referral,
    ],
    [
      'friend offer',
      friendOfferSchema,
      { code: 'ANNA-1', status: 'valid', friend: reward } satisfies FriendOffer,
    ],
    ['claim', claimSchema, { status: 'claimed', reward, coupon: { code: 'X' } } satisfies Claim],
    [
      'stats',
      advocateStatsSchema,
      {
        clicks: 1,
        claims: 0,
        conversions: 0,
        rewardsEarned: 0,
        rewardsPending: 0,
      } satisfies AdvocateStats,
    ],
    [
      'customer ledger',
      customerLedgerSchema,
      {
        entries: [{ id: 'email:nps:o-1', type: 'impression', at: 1, channel: 'email' }],
      } satisfies CustomerLedger,
    ],
    [
      'event',
      eventSchema,
      {
        type: 'share',
        id: 'e1',
        at: 1,
        visitorId: 'v1',
        campaignId: 'c',
        variantId: 'default',
        channel: 'whatsapp',
        code: 'ANNA-1',
      } satisfies GrapevineEvent,
    ],
  ];

  it.each(samples)('accepts a core %s', (_name, schema, value) => {
    expect(schema.safeParse(value).success).toBe(true);
  });
});
