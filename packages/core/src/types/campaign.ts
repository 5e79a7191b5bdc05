// A campaign: one prompt (NPS, referral, friend offer) and the rules for when it shows.
import type { NpsSegment, ReferralOffer, ShareChannel } from '../backend.js';
import type { Condition } from './condition.js';
import type { Trigger } from './trigger.js';

/** The prompts Grapevine renders. */
export type CampaignKind = 'referral' | 'nps' | 'friend-offer';

/** Copy overrides: message key → text, per BCP 47 locale. @example { en: { npsQuestionNoBrand: 'Love us?' } } (keys: `MESSAGE_KEYS`) */
export type Content = Record<string, Record<string, string>>;

/** When the campaign runs, as ms since the epoch. `end` is exclusive. */
export interface Schedule {
  start?: number;
  end?: number;
}

/**
 * A prerequisite answer ("referral only after an NPS answer of 9–10").
 * The latest matching answer counts: a promoter who later answers 3 is a detractor now.
 */
export interface Requires {
  /** The answer must come from this campaign. @default any campaign */
  campaign?: string;
  /** The latest NPS answer must be in one of these segments. @example ['promoter'] */
  npsSegment?: NpsSegment[];
  /** The answer must be at most this many ms old. @default no limit */
  within?: number;
}

/**
 * How often a campaign may show. Durations in ms. Responses are `nps`, `answer`, `share`,
 * `copy` and `claim` ledger entries for the campaign.
 */
export interface Frequency {
  /** Show at most once, ever. @default false */
  once?: boolean;
  /** Show at most once per trigger occurrence (per order for `purchase`). @default false */
  oncePerTrigger?: boolean;
  /** Stop once the visitor responded (for `recurring` ms if set, else for good). @default false */
  untilResponded?: boolean;
  /** At most this many impressions without a response (per `recurring` period if set). @default no limit */
  maxImpressions?: number;
  /** After a dismiss, wait this long. @default 0 @example 1_814_400_000 // 21 days */
  dismissGap?: number;
  /** "Not now" lasts this long, unless the snooze entry has its own `until`. @default 0 */
  snooze?: number;
  /** Ask again this long after a response; also the window `maxImpressions` counts in. */
  recurring?: number;
}

/** An A/B variant. Assignment is sticky per visitor and weighted. */
export interface Variant {
  id: string;
  /** Relative weight (> 0). */
  weight: number;
  /** Copy overrides for this variant, merged over the campaign's. */
  content?: Content;
}

/** Where a prompt sits. `auto`: modal on desktop, bottom sheet on small screens. */
export type Placement = 'auto' | 'modal' | 'corner' | 'sheet';

/** A campaign, normalized: every duration in ms, every time in ms since the epoch. */
export interface Campaign {
  /** Unique within the config. */
  id: string;
  kind: CampaignKind;
  /** Higher wins when several could show. @default 0 */
  priority?: number;
  schedule?: Schedule;
  /** Who: a condition over traits, device and locale (URL allowed too). @default everyone */
  audience?: Condition;
  /** Where: a condition over URL, device and locale (traits allowed too). @default everywhere */
  context?: Condition;
  /** Fires when any trigger does. An empty list never fires. */
  triggers: Trigger[];
  requires?: Requires;
  /** @default {} (no limit besides the global policy) */
  frequency?: Frequency;
  /** Share of visitors who may see it, 0–1, sticky per visitor. @default 1 */
  sampling?: number;
  variants?: Variant[];
  /** Show this long after the trigger, if still eligible on the same page. @default 0 */
  delay?: number;
  content?: Content;
  /** NPS only. @default 'relational' */
  npsKind?: 'transactional' | 'relational';
  /** NPS only: after a promoter answer, continue to the referral step. @default false */
  promoterToReferral?: boolean;
  /** NPS only: an http(s) review link offered to promoters. */
  reviewUrl?: string;
  /** Referral: the offer to describe before the backend answers. */
  offer?: ReferralOffer;
  /** Referral: share channels in display order. */
  channels?: ShareChannel[];
  /** @default 'auto' */
  placement?: Placement;
}
