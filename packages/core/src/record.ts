import type { Ledger, LedgerEntry } from './types/ledger.js';

/**
 * Appends an entry to the ledger. Append-only and idempotent by `entry.id`: recording an id
 * that is already there returns the same ledger unchanged (the first entry wins).
 * The input ledger is never modified.
 * @example ledger = record(ledger, { id: 'e1', type: 'dismiss', campaignId: 'nps', at: now, pageId, sessionId })
 */
export function record(ledger: Ledger, entry: LedgerEntry): Ledger {
  for (const existing of ledger) {
    if (existing.id === entry.id) return ledger;
  }
  return [...ledger, entry];
}
