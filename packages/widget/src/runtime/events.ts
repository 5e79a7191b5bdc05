// The events the host page can listen to, with `on()` or as `grapevine:<name>` on window.
import type {
  Campaign,
  CampaignKind,
  Claim,
  FriendOffer,
  NpsSegment,
  Referral,
  ShareChannel,
  TriggerMatch,
} from '@grapevine/core';

/** Which prompt an event is about. */
export interface PromptDetail {
  campaignId: string;
  variantId: string;
  kind: CampaignKind;
}

/** Headless mode (`ui: false`): everything needed to render the prompt yourself. */
export interface ShowDetail extends PromptDetail {
  campaign: Campaign;
  /** Copy for the visitor's locale (variant over campaign). */
  messages: Record<string, string>;
  locale: string;
  trigger?: TriggerMatch;
  /** Referral campaigns: the advocate's link (rejects after `timeout` when the backend is slow). */
  referral?: Promise<Referral>;
  /** Friend-offer campaigns: the offer for the captured code (`null`: unknown code). */
  friendOffer?: Promise<FriendOffer | null>;
}

/** Event name → detail. */
export interface GrapevineEvents {
  /** A prompt should show (always emitted; with `ui: false` it is your cue to render). */
  show: ShowDetail;
  /** A prompt is visible (an impression). */
  shown: PromptDetail;
  /** Closed without an answer. */
  dismissed: PromptDetail;
  /** "Not now". */
  snoozed: PromptDetail & { until: number };
  /** "Don't ask again". */
  'opted-out': PromptDetail;
  'nps-answered': PromptDetail & { score: number; segment: NpsSegment };
  shared: PromptDetail & { channel: ShareChannel };
  copied: PromptDetail;
  /** The friend claimed: `code` is the referral code, `coupon` what they got (fill in a checkout with it). */
  'friend-claimed': PromptDetail & { code: string; coupon: Claim['coupon'] | undefined };
  /** The prompt left the page. */
  closed: PromptDetail;
  /** A visitor arrived through a referral link; the code is stored. */
  'referral-captured': { code: string };
  /** Something failed (backend down, UI chunk did not load…); the page is unaffected. */
  error: { message: string; error?: unknown };
}

/** A name of {@link GrapevineEvents}. */
export type GrapevineEventName = keyof GrapevineEvents;
