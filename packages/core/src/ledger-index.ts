import { LONG_AGO } from './infinity.js';
// One pass over the ledger per decision: duplicates (same id) are dropped and entries are
// grouped so every gate reads only what it needs. Nothing here depends on ledger order.
import type { Ledger, LedgerEntry, LedgerEntryType } from './types/ledger.js';
import type { PageContext } from './types/snapshot.js';

/** The ledger, grouped for the gates. */
export interface LedgerIndex {
  /** Entries per campaign id, without duplicates. */
  byCampaign: ReadonlyMap<string, readonly LedgerEntry[]>;
  /** Every `nps` entry, any campaign. */
  npsAnswers: readonly LedgerEntry[];
  /** A `global-opt-out` exists. */
  globalOptOut: boolean;
  /** The latest entry time; `-Infinity` for an empty ledger. */
  latestAt: number;
  /** The latest impression of any campaign; `-Infinity` when none. */
  lastImpressionAt: number;
  /** Impressions in the context's session and on its page. */
  sessionImpressions: number;
  pageImpressions: number;
}

const RESPONSES: ReadonlySet<LedgerEntryType> = new Set([
  'nps',
  'answer',
  'share',
  'copy',
  'claim',
]);

/** Whether an entry is a response (it ends "until responded"). */
export function isResponse(entry: Pick<LedgerEntry, 'type'>): boolean {
  return RESPONSES.has(entry.type);
}

const NO_ENTRIES: readonly LedgerEntry[] = [];

/** The campaign's entries (empty when it has none). */
export function entriesOf(index: Pick<LedgerIndex, 'byCampaign'>, campaignId: string) {
  return index.byCampaign.get(campaignId) ?? NO_ENTRIES;
}

/** Groups a ledger for one decision in the given page context. */
export function indexLedger(
  ledger: Ledger,
  context: Pick<PageContext, 'pageId' | 'sessionId'>,
): LedgerIndex {
  const seen = new Set<string>();
  const byCampaign = new Map<string, LedgerEntry[]>();
  const npsAnswers: LedgerEntry[] = [];
  let globalOptOut = false;
  let latestAt = LONG_AGO;
  let lastImpressionAt = LONG_AGO;
  let sessionImpressions = 0;
  let pageImpressions = 0;
  for (const entry of ledger) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    if (entry.at > latestAt) latestAt = entry.at;
    if (entry.type === 'global-opt-out') globalOptOut = true;
    else if (entry.type === 'nps') npsAnswers.push(entry);
    else if (entry.type === 'impression') {
      if (entry.at > lastImpressionAt) lastImpressionAt = entry.at;
      if (entry.sessionId === context.sessionId) sessionImpressions += 1;
      if (entry.pageId === context.pageId) pageImpressions += 1;
    }
    if (entry.campaignId === undefined) continue;
    const group = byCampaign.get(entry.campaignId);
    if (group === undefined) byCampaign.set(entry.campaignId, [entry]);
    else group.push(entry);
  }
  return {
    byCampaign,
    npsAnswers,
    globalOptOut,
    latestAt,
    lastImpressionAt,
    sessionImpressions,
    pageImpressions,
  };
}

/**
 * The latest of some entries: greatest `at`, ties broken by id so the answer does not
 * depend on ledger order.
 */
export function latest(entries: Iterable<LedgerEntry>): LedgerEntry | undefined {
  let best: LedgerEntry | undefined;
  for (const entry of entries) {
    if (best === undefined || entry.at > best.at || (entry.at === best.at && entry.id > best.id)) {
      best = entry;
    }
  }
  return best;
}
