// The signed customer's ledger from the server (other devices, emailed asks, answers through
// email links, email unsubscribes): checked, merged into this browser's ledger by entry id,
// and named by `explain()`. A chunk of its own, loaded only when a signed customer's ledger
// is fetched: other page views never download it.
import type { Explanation, LedgerEntry } from '@grapevine/core';
import type { Store } from '../storage/store.js';
import type { PersistedState } from './state.js';

/** Most entries taken from one answer (the contract's own bound). */
const MAX_ENTRIES = 100;

// `LedgerEntryType`'s values. The adapter's zod contract lists them too; one constant exported
// by core for both was measured at +5 B in the adapter chunk every prompt page downloads.
const TYPES = [
  'impression',
  'dismiss',
  'snooze',
  'answer',
  'nps',
  'share',
  'copy',
  'claim',
  'opt-out',
  'global-opt-out',
];
const FIELDS = ['campaignId', 'variantId', 'triggerKey', 'until', 'score'] as const;

/**
 * The entries of a backend's answer as this browser records them (page and session `server`:
 * none of this browser's, so no per-page or per-session cap counts them). The HTTP backend
 * has checked every field against the contract; a backend of one's own may answer anything,
 * so an entry without a string id, a known type, a time and (but for a global opt-out) a
 * campaign, or with a score outside 0–10, is dropped, and only the fields the rules read are kept.
 * @throws TypeError for an answer without an `entries` list.
 */
export function entriesOf(answer: unknown, now: number): LedgerEntry[] {
  const entries = (answer as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries)) throw new TypeError('the backend returned an unusable ledger');
  return entries.slice(0, MAX_ENTRIES).flatMap((item: Partial<LedgerEntry> | null) => {
    if (
      typeof item?.id !== 'string' ||
      !TYPES.includes(item.type as string) ||
      !(Number(item.at) >= 0) ||
      (item.type !== 'global-opt-out' && typeof item.campaignId !== 'string') ||
      !(item.score === undefined || (item.score >= 0 && item.score <= 10))
    ) {
      return [];
    }
    const entry: LedgerEntry = {
      id: item.id,
      type: item.type as LedgerEntry['type'],
      // A server clock ahead of this browser's would otherwise read as the clock going back
      // (CLOCK_SKEW holds every prompt until this clock passes the entry): not later than now.
      at: Math.min(Number(item.at), now),
      pageId: 'server',
      sessionId: 'server',
    };
    for (const field of FIELDS)
      if (item[field] !== undefined) Object.assign(entry, { [field]: item[field] });
    if (item.channel === 'email') entry.channel = 'email';
    return [entry];
  });
}

/**
 * Merges a backend's answer into the stored ledger (see {@link entriesOf} and
 * {@link mergeLedger}) at `now`, keeping its newest `limit` entries; stores nothing when nothing is new.
 * @throws TypeError for an answer without an `entries` list (nothing is stored).
 */
export function mergeAnswer(
  store: Store<PersistedState>,
  answer: unknown,
  limit: number,
  now: number,
): void {
  const entries = entriesOf(answer, now);
  store.update((state) => {
    const ledger = mergeLedger(state.ledger, entries);
    return ledger === state.ledger ? state : { ...state, ledger: ledger.slice(-limit) };
  });
}

/**
 * Appends the entries whose id the ledger does not hold yet (append-only, idempotent by id:
 * merging twice changes nothing); the same array when nothing is new.
 */
export function mergeLedger(ledger: LedgerEntry[], entries: readonly LedgerEntry[]): LedgerEntry[] {
  const known = new Set(ledger.map((entry) => entry.id));
  const fresh = entries.filter((entry) => !known.has(entry.id) && known.add(entry.id));
  // Oldest first, as this browser records them: the storage bound drops the oldest.
  return fresh.length === 0 ? ledger : [...ledger, ...fresh.sort((a, b) => a.at - b.at)];
}

const responses = new Set(['nps', 'answer', 'share', 'copy', 'claim']);
/** For a failing reason: which entries could have caused it. */
const CAUSES: Record<string, (entry: LedgerEntry, campaignId: string) => boolean> = {
  QUIET_PERIOD: (entry) => entry.type === 'impression',
  NPS_FATIGUE: (entry) => entry.type === 'nps',
  GLOBAL_OPT_OUT: (entry) => entry.type === 'global-opt-out',
  ALREADY_RESPONDED: (entry, id) => entry.campaignId === id && responses.has(entry.type),
};
const shown = (entry: LedgerEntry, id: string): boolean =>
  entry.campaignId === id && entry.type === 'impression';
for (const reason of ['ALREADY_SHOWN', 'SHOWN_FOR_TRIGGER', 'MAX_IMPRESSIONS', 'RECURRING_WAIT']) {
  CAUSES[reason] = shown;
}

/** The words for an email entry. */
function describe(entry: LedgerEntry): string {
  const on = `on ${new Date(entry.at).toISOString()}`;
  if (entry.type === 'impression') return `asked by email ${on}`;
  if (entry.type === 'global-opt-out') return `unsubscribed from email ${on}`;
  return `answered by email ${on}${entry.score === undefined ? '' : ` (score ${entry.score})`}`;
}

/**
 * Names the email channel in explanations: when the latest entry behind a campaign's failing
 * reason (the quiet period's impression, the response that ended "until responded", …) came
 * from email, the failing gate's `detail` says so, e.g.
 * `nps: QUIET_PERIOD (caps: asked by email on 2026-11-16T10:00:00.000Z), eligible again at …`.
 */
export function describeChannels(
  explanations: Explanation[],
  ledger: readonly LedgerEntry[],
): Explanation[] {
  for (const explanation of explanations) {
    const index = explanation.gates.findIndex((gate) => !gate.pass);
    const gate = explanation.gates[index];
    const cause = gate?.reason && CAUSES[gate.reason];
    if (!gate || !cause || gate.detail !== undefined) continue;
    let latest: LedgerEntry | undefined;
    for (const entry of ledger) {
      if (cause(entry, explanation.campaignId) && (!latest || entry.at > latest.at)) latest = entry;
    }
    if (latest?.channel === 'email')
      explanation.gates[index] = { ...gate, detail: describe(latest) };
  }
  return explanations;
}
