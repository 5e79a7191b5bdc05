// The handle `createGrapevine` returns.
import type { Advocate, Claim, Consent, Explanation, Scalar, ShareChannel } from '@grapevine/core';
import type { ReadonlySignal } from '@preact/signals-core';
import type { GrapevineEvents } from './events.js';
import type { GrapevineSnapshot } from './observable-state.js';

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
  /**
   * Listens to an event; returns the function that stops listening. A `show` listener added
   * while a prompt is open hears that prompt at once (a component mounted late still renders it).
   * @example const stop = grapevine.on('show', (prompt) => render(prompt)); stop();
   */
  on<Name extends keyof GrapevineEvents>(
    name: Name,
    listener: (detail: GrapevineEvents[Name]) => void,
  ): () => void;
  off<Name extends keyof GrapevineEvents>(
    name: Name,
    listener: (detail: GrapevineEvents[Name]) => void,
  ): void;
  /** The visitor's consent changed (e.g. from your consent banner). */
  setConsent(consent: Consent): void;
  /**
   * Headless: the visitor answered the open NPS prompt (0–10). One answer per prompt: a later
   * {@link GrapevineHandle.comment} amends it (the comment argument is the older spelling).
   */
  answer(score: number, comment?: string): void;
  /**
   * Headless: the visitor's comment on their NPS answer. It amends that answer (same id), so
   * the backend stores one answer with its comment, however late the comment comes.
   * @example grapevine.answer(6); grapevine.comment('Delivery took two weeks');
   */
  comment(text: string): void;
  /**
   * Headless: your UI has painted the open prompt. The impression counts now, once (the
   * built-in UI counts its own); a prompt never rendered counts none.
   */
  rendered(): void;
  /**
   * Headless: the friend claims the open friend offer with their email, as the built-in UI
   * does (the claim is recorded and `friend-claimed` emitted). Resolves with the backend's
   * answer (`status: 'claimed'` with the coupon, or why not); `undefined` when no claim could
   * be made (no open friend offer, a malformed email, the backend unreachable: reported on
   * the console and as an `error` event). Never rejects.
   */
  claim(email: string): Promise<Claim | undefined>;
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
  /**
   * The observable state now (the same object until something changes): for React's
   * `useSyncExternalStore(grapevine.subscribe, grapevine.getSnapshot)`.
   */
  getSnapshot(): GrapevineSnapshot;
  /** Calls `listener` after every change of {@link GrapevineHandle.getSnapshot}; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Stops everything: sensors, timer, lease, listeners, the open prompt. */
  destroy(): void;
}

/** The observable state as read-only @preact/signals. */
export interface GrapevineState {
  /** The open prompt (`show`'s detail); `null` when none is open. */
  readonly prompt: ReadonlySignal<GrapevineSnapshot['prompt']>;
  /** The open prompt's step; `null` when none is open. */
  readonly step: ReadonlySignal<GrapevineSnapshot['step']>;
  /** The referral code this visitor arrived with, if any. */
  readonly referral: ReadonlySignal<GrapevineSnapshot['referral']>;
  readonly consent: ReadonlySignal<GrapevineSnapshot['consent']>;
  /** All of the above in one value (the same object until something changes). */
  readonly snapshot: ReadonlySignal<GrapevineSnapshot>;
}

/** What `createGrapevine` returns: the handle plus its state as signals. */
export interface Grapevine extends GrapevineHandle {
  /**
   * Read-only @preact/signals of the runtime's state.
   * @example effect(() => console.log(grapevine.state.prompt.value?.campaignId))
   */
  readonly state: GrapevineState;
}
