// Everything `decide` knows about the world, as data: no clock, storage or DOM in core.
import type { Device, Scalar } from './condition.js';
import type { Ledger } from './ledger.js';

/** The visitor. */
export interface Visitor {
  /** Stable anonymous id; sampling and variants hash it, so it must not change. */
  id: string;
  /** The identified customer's id, when known. */
  identifiedId?: string;
  /** Host-provided traits for `audience` conditions. */
  traits?: Record<string, Scalar>;
}

/** Where the visitor is. Times in ms since the epoch. */
export interface PageContext {
  /** The full URL (`location.href`). */
  url: string;
  device: Device;
  /** BCP 47, e.g. `da-DK`. */
  locale: string;
  tabId: string;
  /** New for every URL change, including SPA navigation. */
  pageId: string;
  sessionId: string;
  sessionStartedAt: number;
  pageStartedAt: number;
  /** Page views so far in this session, including this one. @default 1 */
  pageviews?: number;
  /** Last pointer, key, scroll or touch input, for `idle`. @default pageStartedAt */
  lastActivityAt?: number;
}

/** Signal types the runtime reports. Other triggers are computed from the context. */
export type SignalType =
  | 'purchase'
  | 'event'
  | 'pageview'
  | 'scroll-depth'
  | 'exit-intent'
  | 'element-visible'
  | 'manual';

/**
 * One trigger occurrence.
 * @example { id: 's1', type: 'purchase', key: 'order-1001', props: { total: 80 }, at: 1_700_000_000_000, pageId: 'p1', sessionId: 's1' }
 */
export interface Signal {
  /** Unique per occurrence. */
  id: string;
  type: SignalType;
  /** `event`: the event name; `element-visible`: the selector; `manual`: the campaign id. */
  name?: string;
  /** Identity of what happened, for `oncePerTrigger`: the order id of a `purchase`. @default id */
  key?: string;
  /** `purchase`: `total`, `currency`…; `scroll-depth`: `percent`; `event`: anything. */
  props?: Record<string, Scalar>;
  /** When it happened, ms since the epoch. */
  at: number;
  pageId: string;
  sessionId: string;
}

/** Cross-tab and on-page prompt state. */
export interface Lease {
  /** Another tab holds the prompt lease. */
  heldByOtherTab: boolean;
  /** The campaign whose prompt is open on this page, if any. */
  openPromptId?: string;
}

/** The visitor's consent to prompts and measurement. Absent means not asked yet (`pending`). */
export type Consent = 'granted' | 'denied' | 'pending';

/** Everything `decide` reads. */
export interface Snapshot {
  /** The current time, ms since the epoch. */
  now: number;
  visitor: Visitor;
  context: PageContext;
  /** Trigger occurrences: this page's, this session's and persistent ones. */
  signals: readonly Signal[];
  ledger: Ledger;
  /** @default { heldByOtherTab: false } */
  lease?: Lease;
  /** @default 'pending' */
  consent?: Consent;
  /** `now` of the previous decision; a later value means the clock went backwards. */
  lastDecisionAt?: number;
}
