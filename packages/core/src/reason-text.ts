// Plain words for reason codes. Kept apart from `decide` so the rules bundle stays small:
// only code that prints explanations for people (devtools, README tables) imports it.
import type { ReasonCode } from './types/decision.js';

const TEXT: Readonly<Record<ReasonCode, string>> = {
  CLOCK_SKEW: 'the clock went backwards',
  CONSENT_PENDING: 'waiting for consent',
  CONSENT_DENIED: 'consent was denied',
  GLOBAL_OPT_OUT: 'the visitor opted out of all prompts',
  OPTED_OUT: 'the visitor chose "don\'t ask again"',
  KILL_SWITCH: 'the kill switch is on',
  NOT_STARTED: 'the campaign has not started',
  ENDED: 'the campaign has ended',
  CONTEXT_MISMATCH: 'this page, device or locale is not targeted',
  AUDIENCE_MISMATCH: 'the visitor is not in the audience',
  REQUIRES_UNMET: 'the required earlier answer is missing',
  NO_TRIGGER: 'no trigger has fired',
  TRIGGER_TOO_EARLY: 'the trigger fired but it is too early',
  TRIGGER_EXPIRED: 'the trigger is too old',
  ALREADY_SHOWN: 'already shown once',
  SHOWN_FOR_TRIGGER: 'already shown for this trigger',
  ALREADY_RESPONDED: 'the visitor already responded',
  RECURRING_WAIT: 'waiting for the next recurring round',
  SNOOZED: 'snoozed',
  DISMISS_GAP: 'dismissed recently',
  MAX_IMPRESSIONS: 'shown the maximum number of times',
  NPS_FATIGUE: 'an NPS question was answered recently (any campaign)',
  QUIET_PERIOD: 'in the quiet period after another prompt',
  SESSION_CAP: 'the per-session prompt cap is reached',
  PAGE_CAP: 'the per-page prompt cap is reached',
  NOT_SAMPLED: 'the visitor is outside the sample',
  PROMPT_OPEN: 'another prompt is open',
  OTHER_TAB: 'another tab holds the prompt lease',
  LOWER_PRIORITY: 'a campaign with higher priority goes first',
  DELAYED: 'waiting for the delay',
};

/** Plain words for a reason code. @example describeReason('SNOOZED') // 'snoozed' */
export function describeReason(reason: ReasonCode): string {
  return TEXT[reason];
}
