// The seam between the runtime (always loaded, tiny) and the UI chunk (Preact, loaded lazily
// only when a prompt will show). The runtime imports the UI with `import('./ui/index.js')`
// and calls `mountPrompt(request)`. Types only here, so the loader pays no bytes for them.
import type {
  AdvocateStats,
  Claim,
  FriendOffer,
  NpsSegment,
  Referral,
  ReferralOffer,
  ShareChannel,
} from '@grapevine/core';

/** Which prompt to render. */
export type PromptKind = 'nps' | 'referral' | 'friend-offer';

/** Where the prompt sits. `auto`: modal on desktop, bottom sheet on small screens. */
export type Placement = 'auto' | 'modal' | 'corner' | 'sheet';

/** Visual options, applied as CSS custom properties on the shadow host. */
export interface Theme {
  /** Brand colour (any CSS colour); text on it keeps 4.5:1 contrast. */
  brand?: string;
  radius?: string;
  font?: string;
  /** `auto` follows `prefers-color-scheme`. */
  scheme?: 'light' | 'dark' | 'auto';
}

/** What the runtime asks the UI to show. All strings are rendered as text, never HTML. */
export interface PromptRequest {
  kind: PromptKind;
  campaignId: string;
  variantId: string;
  placement: Placement;
  /** BCP 47 locale, already resolved by the runtime. */
  locale: string;
  dir: 'ltr' | 'rtl';
  theme: Theme;
  zIndex: number;
  /** CSP nonce for the `<style>` fallback when constructable stylesheets are missing. */
  nonce?: string;
  /** Copy overrides by message key (per campaign and variant), already picked for the locale. */
  messages: Record<string, string>;
  /** Shop or product name used in the NPS question. */
  brandName?: string;
  /** NPS only: transactional (after an order) or relational. */
  npsKind?: 'transactional' | 'relational';
  /** NPS only: after a promoter answer, continue to the referral step. */
  promoterToReferral?: boolean;
  /**
   * NPS only: the score is already recorded (the hosted page of an email's score link): the
   * prompt opens on that score's follow-up question.
   */
  answeredScore?: number;
  /** NPS only: optional review link (http(s)) offered to promoters. */
  reviewUrl?: string;
  /** Referral: the advocate's link, or a promise while the backend answers. */
  referral?: Referral | Promise<Referral>;
  /** Referral: the offer to describe before the link arrives. */
  offer?: ReferralOffer;
  /** Share channels in display order; the UI drops those the device cannot use. */
  channels?: ShareChannel[];
  /** Friend offer: the offer (or null for an unknown code), possibly still loading. */
  friendOffer?: FriendOffer | null | Promise<FriendOffer | null>;
  /** The element to return focus to on close (modal prompts). */
  returnFocus?: HTMLElement | null;
}

/** What the UI reports back. The runtime records each outcome in the ledger and outbox. */
export interface PromptCallbacks {
  onShown(): void;
  onNpsAnswer(answer: { score: number; segment: NpsSegment }): void;
  onNpsComment(comment: string): void;
  onShare(channel: ShareChannel): void;
  onCopy(): void;
  /** Closed without answering (close button, Escape, backdrop). */
  onDismiss(): void;
  /** "Not now". */
  onSnooze(): void;
  /** "Don't ask again". */
  onOptOut(): void;
  /** Friend offer: claim with an email. Resolves with the claim (coupon) or rejects. */
  onClaim?(email: string): Promise<Claim>;
  /** The prompt is gone from the page (after any exit motion). */
  onClosed(): void;
}

/** A mounted prompt. */
export interface MountedPrompt {
  /** Remove it at once (no callbacks). */
  destroy(): void;
}

/** The inline panel's data (`<grapevine-referral>`). */
export interface PanelData {
  referral: Referral | null;
  stats: AdvocateStats | null;
}

/** What the inline panel (`<grapevine-referral>`) shows. All strings are rendered as text. */
export interface PanelRequest {
  /** BCP 47 locale, already resolved by the runtime. */
  locale: string;
  dir: 'ltr' | 'rtl';
  theme: Theme;
  /** CSP nonce for the `<style>` fallback when constructable stylesheets are missing. */
  nonce?: string;
  /** Copy overrides (and the locale's catalog), as for prompts. */
  messages: Record<string, string>;
  brandName?: string;
  /** The advocate's link and numbers, or a promise while the backend answers. A `null`
   * referral means there is no identified advocate: the panel shows the sign-in hint. */
  data: PanelData | Promise<PanelData>;
  /** The offer to explain in "how it works" before (or without) the advocate's referral. */
  offer?: ReferralOffer;
  channels?: ShareChannel[];
  /** Where the shop's sign-in page is (http(s)); linked from the sign-in hint. */
  signInUrl?: string;
}

/** What the inline panel reports back. */
export interface PanelCallbacks {
  onShare(channel: ShareChannel): void;
  onCopy(): void;
}
