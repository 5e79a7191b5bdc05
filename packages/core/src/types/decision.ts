// What `decide` and `explain` return.
import type { Campaign } from './campaign.js';

/** The gates, in the order they run. */
export type GateName =
  | 'system'
  | 'schedule'
  | 'context'
  | 'audience'
  | 'requires'
  | 'trigger'
  | 'frequency'
  | 'fatigue'
  | 'caps'
  | 'sampling'
  | 'arbitration'
  | 'delay';

/** Why a gate failed. A closed set: adding one is an API change. */
export type ReasonCode =
  | 'CLOCK_SKEW'
  | 'CONSENT_PENDING'
  | 'CONSENT_DENIED'
  | 'GLOBAL_OPT_OUT'
  | 'OPTED_OUT'
  | 'KILL_SWITCH'
  | 'NOT_STARTED'
  | 'ENDED'
  | 'CONTEXT_MISMATCH'
  | 'AUDIENCE_MISMATCH'
  | 'REQUIRES_UNMET'
  | 'NO_TRIGGER'
  | 'TRIGGER_TOO_EARLY'
  | 'TRIGGER_EXPIRED'
  | 'ALREADY_SHOWN'
  | 'SHOWN_FOR_TRIGGER'
  | 'ALREADY_RESPONDED'
  | 'RECURRING_WAIT'
  | 'SNOOZED'
  | 'DISMISS_GAP'
  | 'MAX_IMPRESSIONS'
  | 'NPS_FATIGUE'
  | 'QUIET_PERIOD'
  | 'SESSION_CAP'
  | 'PAGE_CAP'
  | 'NOT_SAMPLED'
  | 'PROMPT_OPEN'
  | 'OTHER_TAB'
  | 'LOWER_PRIORITY'
  | 'DELAYED';

/** One gate's verdict. */
export interface GateResult {
  gate: GateName;
  pass: boolean;
  /** Set when `pass` is false. */
  reason?: ReasonCode;
  /** When a time-based failure ends (ms since the epoch). Absent: it does not end by itself. */
  until?: number;
  /** A short human detail, e.g. `quiet period after a prompt at 2026-11-20T10:00:00.000Z`. */
  detail?: string;
}

/** The trigger occurrence that fired. */
export interface TriggerMatch {
  /** The signal's id; absent for triggers computed from the context. */
  signalId?: string;
  /** Record it as `triggerKey` on the impression. */
  key: string;
  at: number;
  /** Index into `campaign.triggers`. */
  index: number;
}

/** Every gate for one campaign. */
export interface Explanation {
  campaignId: string;
  /** Every gate passed. A campaign held back only by its delay is not eligible yet. */
  eligible: boolean;
  /** All twelve gates, in order. */
  gates: GateResult[];
  /** The first failing gate's reason. */
  reason?: ReasonCode;
  /** When every failing gate has ended, if all of them are time-based. */
  eligibleAt?: number;
  /** The sticky variant (`default` without variants). */
  variantId: string;
  trigger?: TriggerMatch;
  /** One line for humans. @example 'nps-q4: SNOOZED (frequency), eligible again at 2026-12-13T10:00:00.000Z' */
  summary: string;
}

/**
 * The decision for this snapshot.
 * - `show`: show `campaign` now;
 * - `schedule`: `campaign` would show at `nextCheckAt` (its delay); decide again then;
 * - `none`: nothing now; if `nextCheckAt` is set, decide again then.
 */
export interface Decision {
  action: 'show' | 'schedule' | 'none';
  campaign?: Campaign;
  /** Carry it on every event about this prompt. */
  variantId?: string;
  /** Copy for the context locale, variant over campaign. */
  messages?: Record<string, string>;
  trigger?: TriggerMatch;
  /** The earliest time something may change without a new signal. */
  nextCheckAt?: number;
  /** One per campaign, in config order. */
  explanations: Explanation[];
}
