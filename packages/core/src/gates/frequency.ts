import { distinct, historyOf } from '../ledger-index.js';
import type { Campaign } from '../types/campaign.js';
import type { GateResult, ReasonCode, TriggerMatch } from '../types/decision.js';
import { fail, type GateEnv, pass } from './env.js';

/**
 * Gate 7, frequency: once, once per trigger, until responded, max impressions, dismiss gap,
 * snooze and recurring. A permanent block wins over a timed one; of several timed blocks
 * the one that ends last is reported, since the gate opens only when all have ended.
 * Impressions count after the last response (and within `recurring`, if set), by distinct id.
 * A referral campaign's response is also a share or copy from any prompt: a promoter who
 * shared from the NPS prompt's referral step has answered the referral ask.
 */
export function frequencyGate(
  campaign: Pick<Campaign, 'id' | 'frequency'> & Partial<Pick<Campaign, 'kind'>>,
  env: Pick<GateEnv, 'now' | 'ledger'>,
  trigger: Pick<TriggerMatch, 'key'> | undefined,
): GateResult {
  const { once, oncePerTrigger, untilResponded, maxImpressions, dismissGap, snooze, recurring } =
    campaign.frequency ?? {};
  const { now } = env;
  // The index gathered this campaign's history in its one pass over the ledger.
  const history = historyOf(env.ledger, campaign.id);
  const { impressions } = history;
  const lastResponseAt = Math.max(
    history.response?.at ?? -Infinity,
    campaign.kind === 'referral' ? env.ledger.latestShareAt : -Infinity,
  );
  if (once && impressions.length > 0) return fail('frequency', 'ALREADY_SHOWN');
  if (
    oncePerTrigger &&
    trigger !== undefined &&
    impressions.some((entry) => entry.triggerKey === trigger.key)
  ) {
    return fail('frequency', 'SHOWN_FOR_TRIGGER');
  }
  let reason: ReasonCode | undefined;
  let until = now;
  const hold = (code: ReasonCode, end: number) => {
    if (end > until) {
      reason = code;
      until = end;
    }
  };
  if (lastResponseAt > -Infinity) {
    if (recurring !== undefined) hold('RECURRING_WAIT', lastResponseAt + recurring);
    else if (untilResponded) return fail('frequency', 'ALREADY_RESPONDED');
  }
  if (maxImpressions !== undefined) {
    const counted = distinct(
      impressions.filter(
        (entry) =>
          entry.at > lastResponseAt && (recurring === undefined || entry.at + recurring > now),
      ),
    );
    if (counted.length >= maxImpressions) {
      if (recurring === undefined) return fail('frequency', 'MAX_IMPRESSIONS');
      // The cap lifts when enough of the counted impressions leave the recurring period.
      const times = counted.map((entry) => entry.at).sort((a, b) => a - b);
      hold('MAX_IMPRESSIONS', (times[counted.length - maxImpressions] ?? now) + recurring);
    }
  }
  if (dismissGap !== undefined) hold('DISMISS_GAP', history.dismissedAt + dismissGap);
  hold('SNOOZED', Math.max(history.snoozeUntil, history.snoozedAt + (snooze ?? 0)));
  return reason === undefined ? pass('frequency') : fail('frequency', reason, until);
}
