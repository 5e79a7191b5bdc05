// Triggers: the moments a campaign may show. Signal-based triggers match occurrences the
// runtime reports in `snapshot.signals`; the others are computed from `snapshot.context`,
// so the runtime needs no sensor (and no polling) for them.
import type { PropertyFilter } from './condition.js';

/**
 * How long a trigger occurrence counts:
 * - `page`: only on the page where it happened (same `pageId`);
 * - `session`: for the rest of the session (same `sessionId`);
 * - `{ persistFor }`: for this many ms after it happened, across pages and sessions
 *   (the runtime keeps such signals in storage).
 * @default 'page'
 */
export type TriggerScope = 'page' | 'session' | { persistFor: number };

/** Timing shared by every trigger. All durations in ms. */
export interface TriggerTiming {
  /** @default 'page' */
  scope?: TriggerScope;
  /** Show no earlier than this long after the occurrence. @default 0 @example 1_209_600_000 // 14 days */
  after?: number;
  /** Show no later than this long after the occurrence (exclusive). @default no limit */
  within?: number;
}

/** An order was placed: a `purchase` signal (`key` = order id, props `total`, `currency`…). */
export interface PurchaseTrigger extends TriggerTiming {
  type: 'purchase';
  /** Every filter must match the signal's props. */
  where?: PropertyFilter[];
}
/** A custom host event: an `event` signal with this `name`. */
export interface EventTrigger extends TriggerTiming {
  type: 'event';
  name: string;
  /** Every filter must match the signal's props. @example [{ prop: 'total', op: '>=', value: 50 }] */
  where?: PropertyFilter[];
}
/** A page view: the current page (at `context.pageStartedAt`) and any `pageview` signals. */
export interface PageviewTrigger extends TriggerTiming {
  type: 'pageview';
}
/** Time on the current page, computed from `context.pageStartedAt`. */
export interface TimeOnPageTrigger extends TriggerTiming {
  type: 'time-on-page';
  /** ms on the page. @example 30_000 */
  duration: number;
}
/** The visitor scrolled at least this far: a `scroll-depth` signal with props `{ percent }`. */
export interface ScrollDepthTrigger extends TriggerTiming {
  type: 'scroll-depth';
  /** 0–100. */
  percent: number;
}
/** The pointer left towards the browser chrome: an `exit-intent` signal. */
export interface ExitIntentTrigger extends TriggerTiming {
  type: 'exit-intent';
}
/** No input for `duration` ms, computed from `context.lastActivityAt` (else the page start). */
export interface IdleTrigger extends TriggerTiming {
  type: 'idle';
  duration: number;
}
/** An element came into view: an `element-visible` signal whose `name` is this selector. */
export interface ElementVisibleTrigger extends TriggerTiming {
  type: 'element-visible';
  selector: string;
}
/** The session started, at `context.sessionStartedAt`. */
export interface SessionStartTrigger extends TriggerTiming {
  type: 'session-start';
}
/** The session reached this many page views (`context.pageviews`), at the current page's start. */
export interface PageviewCountTrigger extends TriggerTiming {
  type: 'pageview-count';
  count: number;
}
/** The host asked for it: a `manual` signal whose `name` is the campaign id. */
export interface ManualTrigger extends TriggerTiming {
  type: 'manual';
}

/** Any trigger. A campaign with several triggers fires when any of them does. */
export type Trigger =
  | PurchaseTrigger
  | EventTrigger
  | PageviewTrigger
  | TimeOnPageTrigger
  | ScrollDepthTrigger
  | ExitIntentTrigger
  | IdleTrigger
  | ElementVisibleTrigger
  | SessionStartTrigger
  | PageviewCountTrigger
  | ManualTrigger;

/** The trigger type names. */
export type TriggerType = Trigger['type'];
