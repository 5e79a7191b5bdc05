import { LONG_AGO } from '../infinity.js';
import { distinct, entriesOf, isResponse } from '../ledger-index.js';
import type { Campaign } from '../types/campaign.js';
import type { GateResult, ReasonCode, TriggerMatch } from '../types/decision.js';
import type { LedgerEntry } from '../types/ledger.js';
import { fail, type GateEnv, pass } from './env.js';

/**
 * Gate 7, frequency: once, once per trigger, until responded, max impressions, dismiss gap,
 * snooze and recurring. A permanent block wins over a timed one; of several timed blocks
 * the one that ends last is reported, since the gate opens only when all have ended.
 * Impressions count after the last response (and within `recurring`, if set), by distinct id.
 */
export function frequencyGate(
  campaign: Pick<Campaign, 'id' | 'frequency'>,
  env: Pick<GateEnv, 'now' | 'ledger'>,
  trigger: Pick<TriggerMatch, 'key'> | undefined,
): GateResult {
  const { once, oncePerTrigger, untilResponded, maxImpressions, dismissGap, snooze, recurring } =
    campaign.frequency ?? {};
  const { now } = env;
  const entries = entriesOf(env.ledger, campaign.id);
  // One pass over the campaign's history; this runs for every campaign on every decision.
  let shown = false;
  let shownForTrigger = false;
  let lastResponseAt = LONG_AGO;
  let lastDismissAt = LONG_AGO;
  let snoozeUntil = LONG_AGO;
  for (const entry of entries) {
    if (entry.type === 'impression') {
      shown = true;
      if (entry.triggerKey !== undefined && entry.triggerKey === trigger?.key) {
        shownForTrigger = true;
      }
    } else if (entry.type === 'dismiss') lastDismissAt = Math.max(lastDismissAt, entry.at);
    else if (entry.type === 'snooze') {
      snoozeUntil = Math.max(snoozeUntil, entry.until ?? entry.at + (snooze ?? 0));
    } else if (isResponse(entry)) lastResponseAt = Math.max(lastResponseAt, entry.at);
  }
  if (once && shown) return fail('frequency', 'ALREADY_SHOWN');
  if (oncePerTrigger && shownForTrigger) return fail('frequency', 'SHOWN_FOR_TRIGGER');
  let reason: ReasonCode | undefined;
  let until = now;
  const hold = (code: ReasonCode, end: number) => {
    if (end > until) {
      reason = code;
      until = end;
    }
  };
  if (lastResponseAt > LONG_AGO) {
    if (recurring !== undefined) hold('RECURRING_WAIT', lastResponseAt + recurring);
    else if (untilResponded) return fail('frequency', 'ALREADY_RESPONDED');
  }
  if (maxImpressions !== undefined) {
    const counted = distinct(
      entries.filter(
        (entry: LedgerEntry) =>
          entry.type === 'impression' &&
          entry.at > lastResponseAt &&
          (recurring === undefined || entry.at + recurring > now),
      ),
    );
    if (counted.length >= maxImpressions) {
      if (recurring === undefined) return fail('frequency', 'MAX_IMPRESSIONS');
      // The cap lifts when enough of the counted impressions leave the recurring period.
      const times = counted.map((entry) => entry.at).sort((a, b) => a - b);
      hold('MAX_IMPRESSIONS', (times[counted.length - maxImpressions] ?? now) + recurring);
    }
  }
  if (dismissGap !== undefined) hold('DISMISS_GAP', lastDismissAt + dismissGap);
  hold('SNOOZED', snoozeUntil);
  return reason === undefined ? pass('frequency') : fail('frequency', reason, until);
}
