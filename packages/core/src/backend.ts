// The Backend port: the one seam between Grapevine and any server.
// Core owns these types; @grapevine/adapter implements the port (HTTP, memory) and its
// contract schemas must infer exactly these shapes. Types only: no runtime code here.
import type { LedgerChannel, LedgerEntryType } from './types/ledger.js';

/** Milliseconds since the Unix epoch. */
export type EpochMs = number;

/**
 * The customer who may refer friends. Identity the browser cannot forge: the shop's server
 * computes `signature = hex(HMAC-SHA256(secret, `${id}|${email}|${signedAt}`))` (empty
 * string for a missing part) and the backend checks it and its age before returning
 * anything personal.
 */
export interface Advocate {
  id?: string;
  email?: string;
  /** Display name; only the first name is ever shown to friends. */
  name?: string;
  signature?: string;
  /** When the shop's server signed, in ms since the epoch. */
  signedAt?: EpochMs;
}

/** What one side of a referral gets. */
export interface Reward {
  /** `percent`: value is 0–100; `amount`: value in `currency`; `custom`: only `label`. */
  kind: 'percent' | 'amount' | 'custom';
  value?: number;
  /** ISO 4217, with `amount`. */
  currency?: string;
  /** Free text shown as-is (e.g. "a free tote bag"); rendered as text, never HTML. */
  label?: string;
}

/** The double-sided offer: what the friend gets and what the advocate gets. */
export interface ReferralOffer {
  friend: Reward;
  advocate: Reward;
  /** http(s) link to the programme terms. */
  termsUrl?: string;
}

/** The advocate's personal link. Idempotent per advocate: same advocate, same code. */
export interface Referral {
  code: string;
  /** The share link, already carrying the code. */
  url: string;
  offer: ReferralOffer;
}

/** Why a friend offer or claim cannot give a reward. */
export type OfferStatus = 'valid' | 'self-referral' | 'expired' | 'exhausted';

/** What a referred friend sees. `null` from `offer()` means the code is unknown. */
export interface FriendOffer {
  code: string;
  status: OfferStatus;
  /** The advocate's first name at most; never an email. */
  advocateName?: string;
  friend: Reward;
  /** ISO 8601 end of validity. */
  validUntil?: string;
  termsUrl?: string;
}

/** The friend's claim. */
export interface FriendClaim {
  email: string;
  /** The friend's anonymous visitor id (self-referral detection). */
  visitorId: string;
}

/** The result of a claim. A coupon is present only when `status` is `claimed`. */
export interface Claim {
  status: 'claimed' | 'self-referral' | 'expired' | 'exhausted' | 'limit-reached';
  coupon?: {
    code: string;
    expiresAt?: string;
    /** An http(s) link that opens the shop with the code applied, where the shop has one. */
    applyUrl?: string;
  };
  reward: Reward;
}

/** The advocate's programme numbers for the inline panel. Money in major units of `currency`. */
export interface AdvocateStats {
  clicks: number;
  /** Friends who claimed the offer. */
  claims: number;
  /** Claims that became a purchase. */
  conversions: number;
  /** Rewards approved (past the return period), in `currency`. */
  rewardsEarned: number;
  /** Rewards still inside the return period. */
  rewardsPending: number;
  currency?: string;
}

/**
 * One entry of the signed customer's ledger as the server keeps it (other devices, emailed
 * asks, answers through email links, email unsubscribes): a `LedgerEntry` without the page
 * and session it happened in (none of this browser's).
 */
export interface CustomerLedgerEntry {
  /** Unique across channels; the browser merges by it. */
  id: string;
  type: LedgerEntryType;
  at: EpochMs;
  campaignId?: string;
  variantId?: string;
  /** `nps`: the 0–10 answer. */
  score?: number;
  /** `snooze`: when it ends. */
  until?: EpochMs;
  /** `impression`: the trigger occurrence's key (for an emailed ask, the order id). */
  triggerKey?: string;
  /** `email` for what came from the email channel. */
  channel?: LedgerChannel;
}

/** The signed customer's ledger from the server: the newest entries first, bounded. */
export interface CustomerLedger {
  entries: CustomerLedgerEntry[];
}

/** The channels a referral link can be shared through. */
export type ShareChannel =
  | 'native'
  | 'email'
  | 'sms'
  | 'whatsapp'
  | 'x'
  | 'facebook'
  | 'linkedin'
  | 'messenger'
  | 'line'
  | 'telegram';

/** NPS segment of a 0–10 score. */
export type NpsSegment = 'promoter' | 'passive' | 'detractor';

/** Fields every event carries. `id` is client-generated and unique: the server dedupes by it. */
export interface EventBase {
  id: string;
  /** When it happened, ms since the epoch (client clock). */
  at: EpochMs;
  /** The visitor's stable anonymous id. */
  visitorId: string;
  /**
   * The identified advocate's id, when known. Unsigned (the browser says so): a backend
   * stores it for analysis but must not trust it as an identity.
   */
  advocateId?: string;
}

/** Fields every event about a prompt carries. */
export interface PromptEventBase extends EventBase {
  campaignId: string;
  /** The A/B variant shown; `default` when the campaign has no variants. */
  variantId: string;
}

export interface PurchaseEvent extends EventBase {
  type: 'purchase';
  orderId: string;
  total: number;
  currency: string;
  coupon?: string;
  newCustomer?: boolean;
  /** The captured referral code, if the visitor came through a friend's link. */
  referralCode?: string;
  /** The page's language (BCP 47): emails about this order are written in it where shipped. */
  locale?: string;
}

export interface ImpressionEvent extends PromptEventBase {
  type: 'impression';
}
export interface DismissEvent extends PromptEventBase {
  type: 'dismiss';
}
export interface SnoozeEvent extends PromptEventBase {
  type: 'snooze';
  until: EpochMs;
}
export interface OptOutEvent extends PromptEventBase {
  type: 'opt-out';
}
export interface NpsAnswerEvent extends PromptEventBase {
  type: 'nps-answer';
  score: number;
  segment: NpsSegment;
  comment?: string;
  /** Transactional (after an order) or relational (periodic). */
  kind: 'transactional' | 'relational';
}
/**
 * A comment on an NPS answer that was already sent: the backend sets it on the answer
 * `answerId` names (one comment per answer, the latest wins), whichever arrives first.
 */
export interface NpsCommentEvent extends PromptEventBase {
  type: 'nps-comment';
  /** The `id` of the `nps-answer` event this comment belongs to. */
  answerId: string;
  comment: string;
}
export interface ShareEvent extends PromptEventBase {
  type: 'share';
  channel: ShareChannel;
  code: string;
}
export interface CopyEvent extends PromptEventBase {
  type: 'copy';
  code: string;
}
export interface FriendClaimEvent extends PromptEventBase {
  type: 'friend-claim';
  code: string;
}
export interface ReferralCapturedEvent extends EventBase {
  type: 'referral-captured';
  code: string;
}

/** Everything the outbox delivers. */
export type GrapevineEvent =
  | PurchaseEvent
  | ImpressionEvent
  | DismissEvent
  | SnoozeEvent
  | OptOutEvent
  | NpsAnswerEvent
  | NpsCommentEvent
  | ShareEvent
  | CopyEvent
  | FriendClaimEvent
  | ReferralCapturedEvent;

export type GrapevineEventType = GrapevineEvent['type'];

/** Events the client had to drop before sending, by reason; reported with the next batch. */
export interface DropReport {
  /** Dropped because the queue was full (oldest first). */
  overflow: number;
  /** Dropped because they were older than the queue's maximum age. */
  expired: number;
  /** Stored entries that could not be read back. */
  corrupt: number;
  /** Events the server refused as invalid (a 4xx for that one event); never retried. */
  rejected?: number;
}

/** The body of one delivery (`POST /v1/events`). */
export interface EventBatch {
  events: GrapevineEvent[];
  dropped?: DropReport;
}

/** The server's answer to a batch: which ids were stored now and which it had already. */
export interface SendResult {
  accepted: string[];
  duplicates: string[];
}

/**
 * The port. Implementations: `httpBackend` and `memoryBackend` in @grapevine/adapter,
 * or your own.
 */
export interface Backend {
  /** Campaigns for the site. Optional: config may be inline. */
  campaigns?(): Promise<unknown[]>;
  /**
   * Get or create the advocate's personal link and code. With the `visitorId` of the browser
   * asking (the anonymous id its events carry), the backend learns the advocate's device, so
   * a friend's offer or claim from that device is seen as a self-referral.
   */
  referral(advocate: Advocate, context?: { visitorId?: string | undefined }): Promise<Referral>;
  /**
   * The friend offer for a code; `null` when the code is unknown. With the friend's
   * `visitorId`, the backend can tell a visitor who is the advocate that it is their own
   * link: `status: 'self-referral'`. Without it, no self-referral check is made here (the
   * claim still makes one). `visitorId` is the anonymous id the friend's events carry.
   */
  offer(code: string, context?: { visitorId?: string | undefined }): Promise<FriendOffer | null>;
  /** The friend claims the offer. */
  claim(code: string, friend: FriendClaim): Promise<Claim>;
  /** The advocate's numbers for the inline panel. */
  stats?(advocate: Advocate): Promise<AdvocateStats>;
  /**
   * The signed customer's ledger entries from other channels and devices, for the rules to
   * merge (by entry id) before they decide. With `visitorId`, the backend may remember this
   * browser as the customer's.
   */
  ledger?(
    advocate: Advocate,
    context?: { visitorId?: string | undefined },
  ): Promise<CustomerLedger>;
  /**
   * Deliver a batch of events. `dropped` reports events the outbox had to drop since the
   * last successful delivery; implementations may ignore it.
   */
  send(events: GrapevineEvent[], dropped?: DropReport): Promise<SendResult>;
}
