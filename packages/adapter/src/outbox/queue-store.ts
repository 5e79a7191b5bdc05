import { ContractError } from '../errors/contract-error.js';
import { decodeQueue, encodeQueue, hasDrops, noDrops, type QueueState } from './queue-codec.js';
import type { OutboxStorage } from './storage.js';

/**
 * Read-modify-write access to the stored queue: reads it, applies the bounds, lets `change`
 * edit it (at `now`, the clock read once per transaction), writes it back.
 */
export type Transact = <T>(change: (state: QueueState, now: number) => T) => T;

/** Where the outbox's queue lives and how big and old it may grow. */
export interface QueueOptions {
  /** Where the queue lives between page loads: `webStorage(localStorage)` or `memoryStorage()`. */
  storage: OutboxStorage;
  /** @default 'grapevine:outbox' */
  key?: string;
  /** The queue's size bound; beyond it the oldest are dropped and counted. @default 500 */
  maxEvents?: number;
  /** The queue's age bound in ms. @default 604_800_000 (7 days) */
  maxAge?: number;
}

/**
 * Drops expired entries, then the oldest beyond `maxEvents`, counting both. Entries a tab is
 * sending right now (live claim) are not dropped for overflow: they are about to be delivered.
 */
function applyLimits(state: QueueState, now: number, maxEvents: number, maxAge: number): void {
  const fresh = state.entries.filter((entry) => now - entry.queuedAt <= maxAge);
  state.dropped.expired += state.entries.length - fresh.length;
  let excess = fresh.length - maxEvents;
  state.entries = fresh.filter((entry) => {
    if (excess <= 0 || (entry.claim && entry.claim.until > now)) return true;
    excess -= 1;
    state.dropped.overflow += 1;
    return false;
  });
}

/**
 * Wraps the storage port. Every storage failure is reported and absorbed: the last state
 * this tab saw is kept in memory, and while a write is failing that copy stays authoritative,
 * so events queued meanwhile are still delivered from this tab.
 */
export function queueStore(
  { storage, key = 'grapevine:outbox', maxEvents = 500, maxAge = 604_800_000 }: QueueOptions,
  now: () => number,
  report: (error: unknown) => void,
): Transact {
  let copy: QueueState = { entries: [], dropped: noDrops() };
  let unsaved = false;

  return (change) => {
    const time = now();
    if (!unsaved) {
      try {
        const { state, corrupt } = decodeQueue(storage.get(key));
        copy = state;
        if (corrupt > 0) {
          state.dropped.corrupt += corrupt;
          const message = `${corrupt} unreadable line(s) dropped`;
          report(new ContractError('outbox storage', [{ path: key, message }]));
        }
      } catch (error) {
        report(error);
      }
    }
    applyLimits(copy, time, maxEvents, maxAge);
    const result = change(copy, time);
    try {
      if (copy.entries.length > 0 || hasDrops(copy.dropped)) storage.set(key, encodeQueue(copy));
      else storage.remove(key);
      unsaved = false;
    } catch (error) {
      unsaved = true;
      report(error);
    }
    return result;
  };
}
