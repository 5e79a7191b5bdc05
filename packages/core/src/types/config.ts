import type { Campaign } from './campaign.js';

/** Rules across all campaigns. Durations in ms. */
export interface GlobalPolicy {
  /** Minimum time between any two prompts. @default 0 @example 259_200_000 // 3 days */
  quietPeriod?: number;
  /** Prompts per session. @default 1 */
  maxPerSession?: number;
  /** Prompts per page. @default 1 */
  maxPerPage?: number;
  /** While a prompt is open, no other shows. @default true */
  oneAtATime?: boolean;
  /** Only the tab holding the lease shows prompts. @default true */
  oneTabAtATime?: boolean;
  /** Nothing shows. @default false */
  killSwitch?: boolean;
  /** Nothing shows until `snapshot.consent` is `granted`. @default false */
  consentRequired?: boolean;
  /**
   * No NPS prompt of any campaign within this long after the visitor's latest NPS answer to
   * any campaign; `0` turns the rule off. @default 7_776_000_000 (90 days)
   * @example 15_552_000_000 // 180 days
   */
  npsFatigue?: number;
}

/** The normalized configuration `decide` reads (what `parseConfig` returns). */
export interface Config {
  campaigns: Campaign[];
  /** @default DEFAULT_POLICY */
  policy?: GlobalPolicy;
}
