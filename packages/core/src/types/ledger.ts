// The visitor's history with the prompts, append-only and idempotent by entry id.

/**
 * What happened. Responses (they end "until responded") are `nps`, `answer`, `share`,
 * `copy` and `claim`. `opt-out` is "don't ask again" for one campaign; `global-opt-out`
 * for all of them.
 */
export type LedgerEntryType =
  | 'impression'
  | 'dismiss'
  | 'snooze'
  | 'answer'
  | 'nps'
  | 'share'
  | 'copy'
  | 'claim'
  | 'opt-out'
  | 'global-opt-out';

/** One thing that happened. Times in ms since the epoch. */
export interface LedgerEntry {
  /** Unique; recording the same id twice keeps the first. */
  id: string;
  type: LedgerEntryType;
  at: number;
  /** Required for every type except `global-opt-out`. */
  campaignId?: string;
  /** The variant shown. @default 'default' */
  variantId?: string;
  pageId: string;
  sessionId: string;
  /** `nps`: the 0–10 answer. */
  score?: number;
  /** `snooze`: when it ends. @default at + frequency.snooze */
  until?: number;
  /** `impression`: the trigger occurrence's key (`Decision.trigger.key`), for `oncePerTrigger`. */
  triggerKey?: string;
  /**
   * Where it happened, when not in this browser's pop-ups: `email` for an emailed ask, an
   * answer given through an email link or an email unsubscribe (from the customer's ledger on
   * the server). The rules ignore it; `explain()` names it.
   */
  channel?: LedgerChannel;
}

/** The channel a ledger entry came from. */
export type LedgerChannel = 'popup' | 'email';

/** The visitor's history. Order does not matter to `decide`. */
export type Ledger = readonly LedgerEntry[];
