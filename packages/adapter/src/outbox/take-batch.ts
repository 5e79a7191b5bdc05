import { type GrapevineEvent, stringifyJson } from '@grapevine/core';
import { type DropCounts, hasDrops, type QueueState } from './queue-codec.js';

/** What one tab takes from the queue to send. */
export interface Batch {
  events: GrapevineEvent[];
  /** Drops to report with this batch (undefined when nothing was dropped). */
  dropped: DropCounts | undefined;
  /** The earliest moment another tab's claim on a skipped entry runs out. */
  blockedUntil: number | undefined;
}

/**
 * Claims up to `maxEvents` unclaimed entries (and at most `maxBytes` of body, in UTF-8) for
 * `tab` until `now + claimTtl`, oldest first, so another tab sharing the storage leaves them
 * alone until the claim runs out.
 */
export function takeBatch(
  state: QueueState,
  now: number,
  tab: string,
  claimTtl: number,
  maxEvents: number,
  maxBytes?: number,
): Batch {
  const events: GrapevineEvent[] = [];
  // `{"events":[],"dropped":{…}}` around the events, with room to spare.
  let bytes = 160;
  let blockedUntil: number | undefined;
  for (const entry of state.entries) {
    const { claim } = entry;
    if (events.length >= maxEvents) break;
    if (claim && claim.until > now) {
      if (claim.tab !== tab) blockedUntil = Math.min(blockedUntil ?? Infinity, claim.until);
      continue;
    }
    if (maxBytes) {
      bytes += new TextEncoder().encode(stringifyJson(entry.event)).length + 1;
      if (bytes > maxBytes) break;
    }
    entry.claim = { tab, until: now + claimTtl };
    events.push(entry.event);
  }
  return {
    events,
    dropped: hasDrops(state.dropped) ? { ...state.dropped } : undefined,
    blockedUntil,
  };
}

/** After a delivery: forget the sent entries and the drops that were reported with them. */
export function settleBatch(
  state: QueueState,
  events: GrapevineEvent[],
  reported?: DropCounts,
): void {
  const sent = new Set(events.map((event) => event.id));
  state.entries = state.entries.filter((entry) => !sent.has(entry.event.id));
  // Own keys only: a host's enumerable `Object.prototype` method is no drop reason.
  for (const key of Object.keys(reported ?? {}) as (keyof DropCounts)[]) {
    state.dropped[key] = Math.max(0, state.dropped[key] - (reported?.[key] ?? 0));
  }
}
