import { LONG_AGO } from '../infinity.js';
import { distinct, entriesOf, isResponse } from '../ledger-index.js';
import type { Campaign, Frequency } from '../types/campaign.js';
import type { GateResult, ReasonCode, TriggerMatch } from '../types/decision.js';
import type { LedgerEntry } from '../types/ledger.js';
import { fail, type GateEnv, pass } from './env.js';

interface History {
  entries: readonly LedgerEntry[];
  shown: boolean;
  /** An impression carries the current trigger's key. */
  shownForTrigger: boolean;
  lastResponseAt: number;
  lastDismissAt: number;
  snoozeUntil: number;
}

// One pass, no allocation: this runs for every campaign on every decision.
function history(
  entries: readonly LedgerEntry[],
  frequency: Frequency,
  triggerKey: string | undefined,
): History {
  let shown = false;
  let shownForTrigger = false;
  let lastResponseAt = LONG_AGO;
  let lastDismissAt = LONG_AGO;
  let snoozeUntil = LONG_AGO;
  for (const entry of entries) {
    if (entry.type === 'impression') {
      shown = true;
      if (triggerKey !== undefined && entry.triggerKey === triggerKey) shownForTrigger = true;
    } else if (entry.type === 'dismiss') lastDismissAt = Math.max(lastDismissAt, entry.at);
    else if (entry.type === 'snooze') {
      snoozeUntil = Math.max(snoozeUntil, entry.until ?? entry.at + (frequency.snooze ?? 0));
    } else if (isResponse(entry)) lastResponseAt = Math.max(lastResponseAt, entry.at);
  }
  return { entries, shown, shownForTrigger, lastResponseAt, lastDismissAt, snoozeUntil };
}

/** Impressions that count towards `maxImpressions`, and when the cap lifts (if it does). */
function impressionCap(frequency: Frequency, seen: History, now: number): GateResult | undefined {
  const max = frequency.maxImpressions;
  if (max === undefined) return undefined;
  const { recurring } = frequency;
  const counts = (entry: LedgerEntry) =>
    entry.type === 'impression' &&
    entry.at > seen.lastResponseAt &&
    (recurring === undefined || entry.at + recurring > now);
  // Count first; duplicates only matter (and a list is only built) once the cap is reached.
  let raw = 0;
  for (const entry of seen.entries) if (counts(entry)) raw += 1;
  if (raw < max) return undefined;
  const counted = distinct(seen.entries.filter(counts));
  if (counted.length < max) return undefined;
  if (recurring === undefined) return fail('frequency', 'MAX_IMPRESSIONS');
  // The cap lifts when enough of the counted impressions leave the recurring period.
  const times = counted.map((entry) => entry.at).sort((a, b) => a - b);
  const oldestThatMustLeave = times[counted.length - max] ?? now;
  return fail('frequency', 'MAX_IMPRESSIONS', oldestThatMustLeave + recurring);
}

/**
 * Gate 7, frequency: once, once per trigger, until responded, max impressions, dismiss gap,
 * snooze and recurring. A permanent block wins over a timed one; of several timed blocks
 * the one that ends last is reported, since the gate opens only when all have ended.
 */
export function frequencyGate(
  campaign: Pick<Campaign, 'id' | 'frequency'>,
  env: Pick<GateEnv, 'now' | 'ledger'>,
  trigger: Pick<TriggerMatch, 'key'> | undefined,
): GateResult {
  const frequency = campaign.frequency ?? {};
  const { now } = env;
  const seen = history(entriesOf(env.ledger, campaign.id), frequency, trigger?.key);
  if (frequency.once && seen.shown) return fail('frequency', 'ALREADY_SHOWN');
  if (frequency.oncePerTrigger && seen.shownForTrigger) {
    return fail('frequency', 'SHOWN_FOR_TRIGGER');
  }
  // Of several timed blocks, the one that ends last (the gate opens when all have ended).
  let reason: ReasonCode | undefined;
  let until = now;
  const hold = (code: ReasonCode, end: number) => {
    if (end > until) {
      reason = code;
      until = end;
    }
  };
  if (seen.lastResponseAt > LONG_AGO) {
    if (frequency.recurring !== undefined) {
      hold('RECURRING_WAIT', seen.lastResponseAt + frequency.recurring);
    } else if (frequency.untilResponded) {
      return fail('frequency', 'ALREADY_RESPONDED');
    }
  }
  const cap = impressionCap(frequency, seen, now);
  if (cap !== undefined) {
    if (cap.until === undefined) return cap;
    hold('MAX_IMPRESSIONS', cap.until);
  }
  if (frequency.dismissGap !== undefined) {
    hold('DISMISS_GAP', seen.lastDismissAt + frequency.dismissGap);
  }
  hold('SNOOZED', seen.snoozeUntil);
  return reason === undefined ? pass('frequency') : fail('frequency', reason, until);
}
