// One pass over the ledger per decision, grouping entries so every gate reads only what it
// needs. Nothing here depends on ledger order. Duplicates (same id) are kept in the groups
// — dropping them up front would cost a set of every id on every decision — so whatever
// counts entries counts distinct ids (`distinct`); everything else takes a max or an
// "any", which duplicates cannot change.
import { LONG_AGO } from './infinity.js';
import type { Ledger, LedgerEntry, LedgerEntryType } from './types/ledger.js';
import type { PageContext } from './types/snapshot.js';

/** The ledger, grouped for the gates. */
export interface LedgerIndex {
  /** Entries per campaign id (duplicates included). */
  byCampaign: ReadonlyMap<string, readonly LedgerEntry[]>;
  /** The latest `nps` entry of any campaign. */
  latestNpsAnswer: LedgerEntry | undefined;
  /** A `global-opt-out` exists. */
  globalOptOut: boolean;
  /** Campaigns with an `opt-out` ("don't ask again"). */
  optedOut: ReadonlySet<string>;
  /** The latest entry time; `-Infinity` for an empty ledger. */
  latestAt: number;
  /** The latest impression of any campaign; `-Infinity` when none. */
  lastImpressionAt: number;
  /** Distinct impressions in the context's session and on its page. */
  sessionImpressions: number;
  pageImpressions: number;
}

const RESPONSES: readonly LedgerEntryType[] = Object.freeze([
  'nps',
  'answer',
  'share',
  'copy',
  'claim',
]);

/** Whether an entry is a response (it ends "until responded"). */
export function isResponse(entry: Pick<LedgerEntry, 'type'>): boolean {
  return RESPONSES.includes(entry.type);
}

const NO_ENTRIES: readonly LedgerEntry[] = Object.freeze([]);

/** The campaign's entries (empty when it has none). */
export function entriesOf(index: Pick<LedgerIndex, 'byCampaign'>, campaignId: string) {
  return index.byCampaign.get(campaignId) ?? NO_ENTRIES;
}

/** The entries with distinct ids (first kept). For the short lists that get counted. */
export function distinct<T extends Pick<LedgerEntry, 'id'>>(entries: readonly T[]): T[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    if (seen.has(entry.id)) return false;
    seen.add(entry.id);
    return true;
  });
}

/**
 * The latest of two entries: greatest `at`, ties broken by id so the answer does not depend
 * on ledger order.
 */
function later(best: LedgerEntry | undefined, entry: LedgerEntry): LedgerEntry {
  return best === undefined || entry.at > best.at || (entry.at === best.at && entry.id > best.id)
    ? entry
    : best;
}

/** The latest of some entries (see `later`). */
export function latest(entries: readonly LedgerEntry[]): LedgerEntry | undefined {
  return entries.reduce<LedgerEntry | undefined>(later, undefined);
}

/** Groups a ledger for one decision in the given page context. */
export function indexLedger(
  ledger: Ledger,
  context: Pick<PageContext, 'pageId' | 'sessionId'>,
): LedgerIndex {
  const byCampaign = new Map<string, LedgerEntry[]>();
  const inSession: LedgerEntry[] = [];
  const onPage: LedgerEntry[] = [];
  let latestNpsAnswer: LedgerEntry | undefined;
  let globalOptOut = false;
  const optedOut = new Set<string>();
  let latestAt = LONG_AGO;
  let lastImpressionAt = LONG_AGO;
  for (const entry of ledger) {
    if (entry.at > latestAt) latestAt = entry.at;
    if (entry.type === 'global-opt-out') globalOptOut = true;
    else if (entry.type === 'opt-out' && entry.campaignId !== undefined)
      optedOut.add(entry.campaignId);
    else if (entry.type === 'nps') latestNpsAnswer = later(latestNpsAnswer, entry);
    else if (entry.type === 'impression') {
      if (entry.at > lastImpressionAt) lastImpressionAt = entry.at;
      if (entry.sessionId === context.sessionId) inSession.push(entry);
      if (entry.pageId === context.pageId) onPage.push(entry);
    }
    if (entry.campaignId === undefined) continue;
    const group = byCampaign.get(entry.campaignId);
    if (group === undefined) byCampaign.set(entry.campaignId, [entry]);
    else group.push(entry);
  }
  return {
    byCampaign,
    latestNpsAnswer,
    globalOptOut,
    optedOut,
    latestAt,
    lastImpressionAt,
    sessionImpressions: distinct(inSession).length,
    pageImpressions: distinct(onPage).length,
  };
}
