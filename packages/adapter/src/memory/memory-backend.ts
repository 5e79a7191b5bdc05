import type {
  Advocate,
  AdvocateStats,
  Backend,
  Claim,
  DropReport,
  FriendClaim,
  GrapevineEvent,
  NpsAnswerEvent,
  Referral,
  ReferralOffer,
} from '@grapevine/core';
import { referralRequestSchema } from '../contract/advocate.js';
import { eventBatchSchema } from '../contract/events.js';
import { parseContract } from '../contract/parse.js';
import { referralCodeSchema } from '../contract/primitives.js';
import { friendClaimSchema, friendOfferQuerySchema } from '../contract/referral.js';
import { endpointLabel } from '../contract/routes.js';
import { TransportError } from '../errors/transport-error.js';
import { referralCode, tag } from './codes.js';
import { advocateStats } from './stats.js';

/** Starting data for {@link memoryBackend}. */
export interface MemoryBackendSeed {
  /** What `campaigns()` returns. @default [] */
  campaigns?: unknown[];
  /** The programme's double-sided offer. @default 20 % for the friend, 20 % for the advocate */
  offer?: ReferralOffer;
  /** The page share links point to; the code goes in `?ref=`. @default 'https://shop.example/' */
  shareUrl?: string;
  /** Advocates who already have a referral, e.g. for a friend-offer demo. */
  advocates?: Advocate[];
  /** The clock for the return window. @default Date.now */
  now?: () => number;
  /** How long a conversion's reward stays pending before it is earned. @default 1_209_600_000 (14 days) */
  returnWindow?: number;
}

interface Programme {
  advocate: Advocate;
  referral: Referral;
  /** Visitor ids the advocate's own `referral()` calls named: the advocate's devices. */
  visitors: Set<string>;
}

/** What a memory backend holds, for assertions in tests. */
export interface MemoryInspection {
  /** Every event stored, once each, in arrival order. */
  events: GrapevineEvent[];
  /**
   * The NPS answers as the reference server stores them: one per `nps-answer` event, carrying
   * the latest `nps-comment` of the same visitor that names it (whichever arrived first).
   */
  answers: NpsAnswerEvent[];
  /** Successful claims by code. */
  claims: { code: string; email: string; coupon: string }[];
  /** The sum of every drop report received. */
  dropped: Required<DropReport>;
  referrals: Referral[];
}

/** The memory backend: the full port plus {@link MemoryBackend.inspect}. */
export interface MemoryBackend extends Backend {
  campaigns(): Promise<unknown[]>;
  stats(advocate: Advocate): Promise<AdvocateStats>;
  inspect(): MemoryInspection;
}

const notFound = (name: 'offer' | 'claim', code: string) =>
  new TransportError(`${endpointLabel(name)}: HTTP 404 unknown-code ${code}`, {
    kind: 'http',
    endpoint: endpointLabel(name),
    status: 404,
    code: 'unknown-code',
  });

const advocateKey = (advocate: Advocate) =>
  advocate.id ? `id:${advocate.id}` : advocate.email ? `email:${advocate.email.toLowerCase()}` : '';

/**
 * The `Backend` port in memory: deterministic codes, a coupon per claim (the same coupon for
 * a repeated claim), self-referral detection (in `offer` given the friend's `visitorId`, and
 * in `claim`), events deduplicated by id, and stats that move as events arrive. Requests are
 * validated like the reference server does (a `ContractError` for a malformed one). For
 * tests, demos and the offline preview; it trusts the advocate (no signature check).
 *
 * @example
 * ```ts
 * const backend = memoryBackend({ advocates: [{ id: 'c1', name: 'Anna Berg' }] });
 * const { code } = await backend.referral({ id: 'c1' }); // 'ANNA-…', the same every time
 * ```
 */
export function memoryBackend(seed: MemoryBackendSeed = {}): MemoryBackend {
  const now = seed.now ?? Date.now;
  const offer: ReferralOffer = seed.offer ?? {
    friend: { kind: 'percent', value: 20 },
    advocate: { kind: 'percent', value: 20 },
  };
  const byKey = new Map<string, Programme>();
  const byCode = new Map<string, Programme>();
  const events = new Map<string, GrapevineEvent>();
  const claims = new Map<string, { code: string; email: string; coupon: string }>();
  const dropped = { overflow: 0, expired: 0, corrupt: 0, rejected: 0 };
  let anonymous = 0;

  function programmeFor(advocate: Advocate): Programme {
    let key = advocateKey(advocate);
    if (!key) {
      anonymous += 1;
      key = `anonymous:${anonymous}`;
    }
    const known = byKey.get(key);
    if (known) return known;
    let code = referralCode(key, advocate.name);
    for (let salt = 1; byCode.has(code); salt += 1)
      code = referralCode(`${key}#${salt}`, advocate.name);
    const url = new URL(seed.shareUrl ?? 'https://shop.example/');
    url.searchParams.set('ref', code);
    const programme = {
      advocate,
      referral: { code, url: url.href, offer },
      visitors: new Set<string>(),
    };
    byKey.set(key, programme);
    byCode.set(code, programme);
    return programme;
  }

  for (const advocate of seed.advocates ?? []) programmeFor(advocate);

  const lookup = (code: string) =>
    referralCodeSchema.safeParse(code).success ? byCode.get(code) : undefined;

  /**
   * Whether `visitorId` is the programme's advocate: named by their `referral()` call, or seen
   * in an event with their `advocateId` (this backend trusts the advocate; the server does not).
   */
  function isAdvocateVisitor(programme: Programme, visitorId: string): boolean {
    const id = programme.advocate.id;
    return (
      programme.visitors.has(visitorId) ||
      [...events.values()].some(
        (event) => id !== undefined && event.advocateId === id && event.visitorId === visitorId,
      )
    );
  }

  function isSelfReferral(programme: Programme, friend: FriendClaim): boolean {
    const email = programme.advocate.email?.toLowerCase();
    if (email && email === friend.email.toLowerCase()) return true;
    return isAdvocateVisitor(programme, friend.visitorId);
  }

  return {
    campaigns: async () => structuredClone(seed.campaigns ?? []),
    async referral(advocate, context) {
      const request = parseContract(
        referralRequestSchema,
        context?.visitorId === undefined
          ? { advocate }
          : { advocate, visitorId: context.visitorId },
        'POST /v1/referrals request',
      );
      const programme = programmeFor(request.advocate);
      if (request.visitorId !== undefined) programme.visitors.add(request.visitorId);
      return structuredClone(programme.referral);
    },
    async offer(code, context) {
      // Like the reference server: a malformed visitorId is refused, an absent one skips the
      // self-referral check (the claim still makes it).
      const { visitorId } = parseContract(
        friendOfferQuerySchema,
        context?.visitorId === undefined ? {} : { visitorId: context.visitorId },
        'GET /v1/referrals/:code request',
      );
      const programme = lookup(code);
      if (!programme) return null;
      const first = programme.advocate.name?.trim().split(/\s+/)[0];
      const self = visitorId !== undefined && isAdvocateVisitor(programme, visitorId);
      return {
        code,
        status: self ? 'self-referral' : 'valid',
        friend: structuredClone(offer.friend),
        ...(first ? { advocateName: first.slice(0, 60) } : {}),
        ...(offer.termsUrl ? { termsUrl: offer.termsUrl } : {}),
      };
    },
    async claim(code, friend): Promise<Claim> {
      const request = parseContract(
        friendClaimSchema,
        friend,
        'POST /v1/referrals/:code/claims request',
      );
      const programme = lookup(code);
      if (!programme) throw notFound('claim', code);
      const reward = structuredClone(offer.friend);
      if (isSelfReferral(programme, request)) return { status: 'self-referral', reward };
      const key = `${code}|${request.email.toLowerCase()}`;
      let claim = claims.get(key);
      if (!claim) {
        claim = { code, email: request.email, coupon: `${code}-${tag(key)}` };
        claims.set(key, claim);
      }
      return { status: 'claimed', coupon: { code: claim.coupon }, reward };
    },
    async stats(advocate) {
      const programme = byKey.get(advocateKey(advocate));
      const claimed = [...claims.values()].filter(
        (claim) => claim.code === programme?.referral.code,
      );
      return advocateStats({
        code: programme?.referral.code,
        reward: offer.advocate,
        events: [...events.values()],
        claims: claimed.length,
        now: now(),
        returnWindow: seed.returnWindow ?? 14 * 86_400_000,
      });
    },
    async send(batch, report) {
      const body = parseContract(
        eventBatchSchema,
        report ? { events: batch, dropped: report } : { events: batch },
        'POST /v1/events request',
      );
      const accepted: string[] = [];
      const duplicates: string[] = [];
      for (const event of body.events) {
        if (events.has(event.id)) duplicates.push(event.id);
        else {
          events.set(event.id, event);
          accepted.push(event.id);
        }
      }
      for (const reason of Object.keys(dropped) as (keyof typeof dropped)[]) {
        dropped[reason] += body.dropped?.[reason] ?? 0;
      }
      return { accepted, duplicates };
    },
    inspect: () =>
      structuredClone({
        events: [...events.values()],
        answers: npsAnswers([...events.values()]),
        claims: [...claims.values()],
        dropped,
        referrals: [...byCode.values()].map((programme) => programme.referral),
      }),
  };
}

/** Each NPS answer with its latest comment (an `nps-comment` amends the answer it names). */
function npsAnswers(events: readonly GrapevineEvent[]): NpsAnswerEvent[] {
  const answers = new Map<string, NpsAnswerEvent>();
  for (const event of events) {
    if (event.type === 'nps-answer') answers.set(event.id, { ...event });
  }
  for (const event of events) {
    const answer = event.type === 'nps-comment' ? answers.get(event.answerId) : undefined;
    if (answer && event.type === 'nps-comment' && answer.visitorId === event.visitorId) {
      answer.comment = event.comment;
    }
  }
  return [...answers.values()];
}
