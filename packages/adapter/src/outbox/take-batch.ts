import type { DropReport, GrapevineEvent } from '@grapevine/core';
import type { DropCounts, QueueState } from './queue-codec.js';

/** What one tab takes from the queue to send. */
export interface Batch {
  events: GrapevineEvent[];
  /** Drops to report with this batch (absent when nothing was dropped). */
  dropped?: DropReport;
  /** The earliest moment another tab's claim on a skipped entry runs out. */
  blockedUntil?: number;
}

export interface TakeOptions {
  tab: string;
  now: number;
  claimTtlMs: number;
  maxEvents: number;
  /** The body size limit in UTF-8 bytes (for keepalive requests). */
  maxBytes?: number;
}

// `{"events":[],"dropped":{…}}` around the events, with room to spare.
const ENVELOPE_BYTES = 160;

/**
 * Claims up to `maxEvents` unclaimed entries for this tab, oldest first, so another tab
 * sharing the storage leaves them alone until the claim's TTL runs out.
 */
export function takeBatch(state: QueueState, options: TakeOptions): Batch {
  const events: GrapevineEvent[] = [];
  let bytes = ENVELOPE_BYTES;
  let blockedUntil: number | undefined;
  const encoder = options.maxBytes === undefined ? undefined : new TextEncoder();
  for (const entry of state.entries) {
    if (events.length >= options.maxEvents) break;
    if (entry.claim && entry.claim.until > options.now) {
      if (entry.claim.tab !== options.tab) {
        blockedUntil = Math.min(blockedUntil ?? Infinity, entry.claim.until);
      }
      continue;
    }
    if (encoder && options.maxBytes !== undefined) {
      const size = encoder.encode(JSON.stringify(entry.event)).length + 1;
      if (bytes + size > options.maxBytes) break;
      bytes += size;
    }
    entry.claim = { tab: options.tab, until: options.now + options.claimTtlMs };
    events.push(entry.event);
  }
  const batch: Batch = { events };
  if (Object.values(state.dropped).some((count) => count > 0)) batch.dropped = { ...state.dropped };
  if (blockedUntil !== undefined) batch.blockedUntil = blockedUntil;
  return batch;
}

/** After a delivery: forget the sent entries and the drops that were reported. */
export function settleBatch(state: QueueState, batch: Batch): void {
  const sent = new Set(batch.events.map((event) => event.id));
  state.entries = state.entries.filter((entry) => !sent.has(entry.event.id));
  const reported = batch.dropped;
  if (!reported) return;
  for (const reason of Object.keys(state.dropped) as (keyof DropCounts)[]) {
    state.dropped[reason] = Math.max(0, state.dropped[reason] - (reported[reason] ?? 0));
  }
}

/** After a failure: give this tab's claims back so the next attempt (any tab) can take them. */
export function releaseBatch(state: QueueState, batch: Batch, tab: string): void {
  const sent = new Set(batch.events.map((event) => event.id));
  for (const entry of state.entries) {
    if (entry.claim?.tab === tab && sent.has(entry.event.id)) delete entry.claim;
  }
}
