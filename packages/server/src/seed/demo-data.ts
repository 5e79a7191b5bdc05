import type { GrapevineEvent, ShareChannel } from '@grapevine/core';
import { segment } from '@grapevine/core';
import { DAY } from '../clock.js';
import type { ServerContext } from '../context.js';
import { applyOrderFact } from '../orders/apply-fact.js';
import { claimOffer } from '../services/claims.js';
import { ingestEvents } from '../services/events.js';
import { getOrCreateReferral } from '../services/referrals.js';
import { approveDueRewards } from '../services/rewards.js';
import type { Site } from '../site.js';

const COMMENTS = {
  promoter: [
    'Fast delivery and the sizing guide was spot on.',
    'Lovely packaging — felt like a gift to myself.',
    'Customer service sorted my exchange in a day. Thank you!',
    'Best linen shirts I have owned.',
    'Ordered on Sunday, wore it on Tuesday. Brilliant.',
    'The free returns made it easy to try two sizes.',
    'Already told my sister about you!',
  ],
  passive: [
    'Good quality, but shipping to Norway took a while.',
    'Nice, though I wish there were more colours.',
    'Fine overall. Checkout asked for my address twice.',
    'Quality is good, prices are a little high.',
    'The colour was slightly different from the photos.',
  ],
  detractor: [
    'My parcel arrived two weeks late and nobody answered my email.',
    'The trousers shrank after the first wash.',
    'Returns cost me €8, which was not clear before buying.',
    'Wrong size sent and the exchange took three weeks.',
    'Tracking link never worked.',
  ],
} as const;

const ADVOCATES = [
  'Anna Berg',
  'Ben Okafor',
  'Chloé Martin',
  'Daichi Sato',
  'Emma Nyström',
  'Farah Haddad',
];
const CHANNELS: ShareChannel[] = [
  'whatsapp',
  'whatsapp',
  'email',
  'native',
  'sms',
  'x',
  'facebook',
];

/** A small deterministic generator (mulberry32), so the demo looks the same on every seed. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Fills a site with `weeks` of believable activity ending at `ctx.clock.now()`, through the
 * same services the API uses: NPS answers with comments, impressions of two A/B variants,
 * shares, link clicks, friend claims and referred purchases. For demos and screenshots.
 * @returns the number of events stored.
 */
export async function seedDemoData(ctx: ServerContext, site: Site, weeks = 12): Promise<number> {
  const random = generator(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const end = ctx.clock.now();
  let now = end - weeks * 7 * DAY;
  const at: ServerContext = { ...ctx, clock: { now: () => now } };
  const advocates = await Promise.all(
    ADVOCATES.map(async (name, i) => {
      const id = `demo-customer-${i + 1}`;
      return {
        id,
        referral: await getOrCreateReferral(at, site, { id, name, email: `${id}@example.com` }),
      };
    }),
  );
  let stored = 0;
  // Comments rotate per segment, so the dashboard never shows the same one twice in a row.
  const said = { promoter: 0, passive: 0, detractor: 0 };
  let serial = 0;
  const send = async (events: GrapevineEvent[]) => {
    stored += (await ingestEvents(at, site, events)).accepted.length;
  };
  for (let day = 0; day < weeks * 7; day += 1) {
    const progress = day / (weeks * 7);
    for (let k = 0; k < 12; k += 1) {
      now = end - (weeks * 7 - day) * DAY + Math.floor(random() * DAY * 0.9);
      if (now > end) break;
      serial += 1;
      const visitorId = `demo-visitor-${serial}`;
      const base = { at: now, visitorId };
      const roll = random();
      if (roll < 0.3) {
        // Scores improve over the period: the shop fixed its delivery problems.
        const score = Math.min(
          10,
          Math.max(0, Math.round(5.5 + progress * 3.2 + (random() - 0.5) * 7)),
        );
        const seg = segment(score);
        const list = COMMENTS[seg];
        const comment = random() < 0.35 ? list[said[seg]++ % list.length] : undefined;
        await send([
          {
            ...base,
            id: `demo-nps-${serial}`,
            type: 'nps-answer',
            campaignId: 'nps-after-purchase',
            variantId: 'default',
            score,
            segment: seg,
            kind: random() < 0.8 ? 'transactional' : 'relational',
            ...(comment ? { comment } : {}),
          },
        ]);
        continue;
      }
      const variantId = random() < 0.5 ? 'give-get' : 'friends-first';
      const prompt = { ...base, campaignId: 'refer-a-friend', variantId };
      const advocate = pick(advocates);
      const events: GrapevineEvent[] = [
        { ...prompt, id: `demo-imp-${serial}`, type: 'impression' },
      ];
      const shareChance = variantId === 'give-get' ? 0.34 : 0.2;
      if (random() < shareChance) {
        const code = advocate.referral.code;
        events.push({
          ...prompt,
          id: `demo-share-${serial}`,
          type: 'share',
          channel: pick(CHANNELS),
          code,
        });
        await send(events);
        await friendJourney(at, site, code, serial, random, () => now, send);
      } else {
        await send(events);
      }
    }
  }
  now = end;
  await approveDueRewards(at);
  return stored;
}

async function friendJourney(
  ctx: ServerContext,
  site: Site,
  code: string,
  serial: number,
  random: () => number,
  now: () => number,
  send: (events: GrapevineEvent[]) => Promise<void>,
) {
  if (random() > 0.75) return;
  const friend = `demo-friend-${serial}`;
  await send([
    { id: `demo-click-${serial}`, type: 'referral-captured', at: now(), visitorId: friend, code },
  ]);
  if (random() > 0.6) return;
  const claim = await claimOffer(ctx, site, code, {
    email: `${friend}@example.net`,
    visitorId: friend,
  });
  if (claim.status !== 'claimed' || random() > 0.65) return;
  const orderId = `demo-order-${serial}`;
  const total = Math.round(40 + random() * 160);
  // The browser reports the purchase (a hint)…
  await send([
    {
      id: `demo-purchase-${serial}`,
      type: 'purchase',
      at: now(),
      visitorId: friend,
      orderId,
      total,
      currency: 'EUR',
      ...(claim.coupon ? { coupon: claim.coupon.code } : {}),
      newCustomer: true,
    },
  ]);
  // …and the shop's server confirms it, with the coupon used: only this credits the advocate.
  await applyOrderFact(ctx, site, {
    kind: 'order',
    source: 'api',
    orderId,
    total: { minor: total * 100, currency: 'EUR' },
    email: `${friend}@example.net`,
    discountCodes: claim.coupon ? [claim.coupon.code] : [],
    visitorId: friend,
    createdAt: now(),
  });
  // Some orders come back: one in ten is refunded in full, one in ten in part.
  const returned = random();
  if (returned < 0.2) {
    await applyOrderFact(ctx, site, {
      kind: 'refund',
      source: 'api',
      orderId,
      refundId: `demo-refund-${serial}`,
      amount: { minor: returned < 0.1 ? total * 100 : total * 50, currency: 'EUR' },
      createdAt: now(),
    });
  }
}
