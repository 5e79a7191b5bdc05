// The handle `createGrapevine` returns.
import type { Advocate, Consent, Explanation, Scalar, ShareChannel } from '@grapevine/core';
import type { GrapevineEvents } from './events.js';

/** `identify()`'s argument: the advocate, plus traits for `audience` conditions. */
export interface Identity extends Advocate {
  traits?: Record<string, Scalar>;
}

/** The order for `track('purchase', order)`. */
export interface Order {
  orderId: string;
  /** In major units of `currency`. */
  total: number;
  /** ISO 4217, e.g. `EUR`. */
  currency: string;
  coupon?: string;
  newCustomer?: boolean;
}

/** What `createGrapevine` returns. Every method is safe to call at any time, even after `destroy()`. */
export interface GrapevineHandle {
  /**
   * Who the visitor is (for the referral link and `audience` traits). A callback is called at
   * once and again whenever a prompt needs a signature younger than 5 minutes (the server
   * refuses ones older than 10): a pop-up shown days after the page was signed still works.
   * @example grapevine.identify(async () => (await fetch('/grapevine/sign')).json())
   */
  identify(identity: Identity | (() => Identity | Promise<Identity>)): void;
  /**
   * Reports something that happened. `purchase` is first-class: it triggers post-purchase
   * campaigns and sends a `purchase` event carrying the captured referral code.
   * @example grapevine.track('purchase', { orderId: '1001', total: 80, currency: 'EUR' })
   */
  track(name: 'purchase', order: Order): void;
  track(name: string, props?: Record<string, Scalar>): void;
  /** Asks for a campaign now (a `manual` trigger); `force` skips every rule (previews). */
  show(campaignId: string, options?: { force?: boolean }): void;
  /**
   * Why a campaign would (not) show now; without an id, every campaign. Answered by the
   * rules: on a page view where they sleep (nothing could change) it answers `[]` /
   * `undefined` and wakes them; `await ready()` first to always get the answer.
   */
  explain(campaignId: string): Explanation | undefined;
  explain(): Explanation[];
  /**
   * Resolves once the rules run on this page. They load with `import()` the first time
   * something can change; calling `ready()` loads them now.
   * @example await grapevine.ready(); console.table(grapevine.explain());
   */
  ready(): Promise<void>;
  on<Name extends keyof GrapevineEvents>(
    name: Name,
    listener: (detail: GrapevineEvents[Name]) => void,
  ): void;
  off<Name extends keyof GrapevineEvents>(
    name: Name,
    listener: (detail: GrapevineEvents[Name]) => void,
  ): void;
  /** The visitor's consent changed (e.g. from your consent banner). */
  setConsent(consent: Consent): void;
  /** Headless: the visitor answered the open NPS prompt (0–10), optionally with a comment. */
  answer(score: number, comment?: string): void;
  /** Headless: the visitor shared the referral link. */
  share(channel: ShareChannel): void;
  /** Headless: the visitor copied the referral link. */
  copy(): void;
  /** Headless: closed without answering. */
  dismiss(): void;
  /** Headless: "Not now". */
  snooze(): void;
  /** Headless: "Don't ask again". */
  optOut(): void;
  /** Headless: the prompt is done (after an answer or share). */
  close(): void;
  /** Stops everything: sensors, timer, lease, listeners, the open prompt. */
  destroy(): void;
}
