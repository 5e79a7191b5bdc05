// One pass over the ledger per decision, gathering per campaign exactly what the gates read,
// so no gate scans entries again. Nothing here depends on ledger order. Duplicates (same id)
// are kept among impressions — dropping them up front would cost a set of every id on every
// decision — so whatever counts impressions counts distinct ids (`distinct`); everything
// else takes a max or a latest, which duplicates cannot change.
import type { Ledger, LedgerEntry } from './types/ledger.js';
import type { PageContext } from './types/snapshot.js';

/** One campaign's history, as the gates read it. */
export interface CampaignHistory {
  /** Its impressions (duplicates included). */
  impressions: LedgerEntry[];
  /** The latest dismiss; `-Infinity` when none. */
  dismissedAt: number;
  /** The latest `until` of its snoozes that have one; `-Infinity` when none. */
  snoozeUntil: number;
  /** The latest snooze without an `until` (it ends `frequency.snooze` later); `-Infinity` when none. */
  snoozedAt: number;
  /** The latest response and the latest `nps` answer (see `latest`). */
  response: LedgerEntry | undefined;
  nps: LedgerEntry | undefined;
}

/** The ledger, grouped for the gates. */
export interface LedgerIndex {
  /** History per campaign id. */
  byCampaign: Readonly<Record<string, CampaignHistory>>;
  /** The latest `nps` entry of any campaign. */
  latestNpsAnswer: LedgerEntry | undefined;
  /**
   * The latest `share` or `copy` of any campaign: the advocate used their link, from whichever
   * prompt (the NPS prompt's promoter step too); `-Infinity` when none.
   */
  latestShareAt: number;
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

/** Whether an entry is a response (it ends "until responded"). */
export function isResponse(entry: Pick<LedgerEntry, 'type'>): boolean {
  // Comparisons rather than a list lookup: this runs for most entries of every decision.
  const { type } = entry;
  return (
    type === 'nps' || type === 'answer' || type === 'share' || type === 'copy' || type === 'claim'
  );
}

/** A history for a campaign with no entries. */
function emptyHistory(): CampaignHistory {
  // Every field from the start: one object shape for all histories keeps the gates' reads fast.
  return {
    impressions: [],
    dismissedAt: -Infinity,
    snoozeUntil: -Infinity,
    snoozedAt: -Infinity,
    response: undefined,
    nps: undefined,
  };
}

/** The campaign's history (empty when it has none). */
export function historyOf(index: Pick<LedgerIndex, 'byCampaign'>, campaignId: string) {
  return index.byCampaign[campaignId] ?? emptyHistory();
}

/** The entries with distinct ids (first kept). For the short lists that get counted. */
export function distinct<T extends Pick<LedgerEntry, 'id'>>(entries: readonly T[]): T[] {
  const seen = new Set<string>();
  return entries.filter((entry) => !seen.has(entry.id) && seen.add(entry.id));
}

/**
 * The latest of two entries: greatest `at`, ties broken by id so the answer does not depend
 * on ledger order.
 */
export function latest(best: LedgerEntry | undefined, entry: LedgerEntry): LedgerEntry {
  return best === undefined || entry.at > best.at || (entry.at === best.at && entry.id > best.id)
    ? entry
    : best;
}

/** Groups a ledger for one decision in the given page context. */
export function indexLedger(
  ledger: Ledger,
  context: Pick<PageContext, 'pageId' | 'sessionId'>,
): LedgerIndex {
  // A prototype-less object rather than a Map: its keyed reads were faster for the one lookup
  // per entry, and no campaign id can meet an inherited name (`constructor`, `__proto__`).
  const byCampaign: Record<string, CampaignHistory> = Object.create(null);
  const inSession: LedgerEntry[] = [];
  const onPage: LedgerEntry[] = [];
  let latestNpsAnswer: LedgerEntry | undefined;
  let latestShareAt = -Infinity;
  let globalOptOut = false;
  const optedOut = new Set<string>();
  let latestAt = -Infinity;
  let lastImpressionAt = -Infinity;
  for (const entry of ledger) {
    const { type, at, campaignId } = entry;
    if (at > latestAt) latestAt = at;
    if (type === 'global-opt-out') globalOptOut = true;
    else if (type === 'nps') latestNpsAnswer = latest(latestNpsAnswer, entry);
    else if (type === 'share' || type === 'copy') {
      if (at > latestShareAt) latestShareAt = at;
    } else if (type === 'impression') {
      if (at > lastImpressionAt) lastImpressionAt = at;
      if (entry.sessionId === context.sessionId) inSession.push(entry);
      if (entry.pageId === context.pageId) onPage.push(entry);
    }
    if (campaignId === undefined) continue;
    let history = byCampaign[campaignId];
    if (history === undefined) byCampaign[campaignId] = history = emptyHistory();
    if (type === 'impression') history.impressions.push(entry);
    else if (type === 'dismiss') {
      if (at > history.dismissedAt) history.dismissedAt = at;
    } else if (type === 'snooze') {
      const { until } = entry;
      if (until === undefined) {
        if (at > history.snoozedAt) history.snoozedAt = at;
      } else if (until > history.snoozeUntil) history.snoozeUntil = until;
    } else if (type === 'opt-out') optedOut.add(campaignId);
    else if (isResponse(entry)) {
      history.response = latest(history.response, entry);
      if (type === 'nps') history.nps = latest(history.nps, entry);
    }
  }
  return {
    byCampaign,
    latestNpsAnswer,
    latestShareAt,
    globalOptOut,
    optedOut,
    latestAt,
    lastImpressionAt,
    sessionImpressions: distinct(inSession).length,
    pageImpressions: distinct(onPage).length,
  };
}
