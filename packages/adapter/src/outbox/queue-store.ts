import { ContractError } from '../errors/contract-error.js';
import { decodeQueue, encodeQueue, noDrops, type QueueState } from './queue-codec.js';
import type { OutboxStorage } from './storage.js';

/** The queue's bounds: beyond them the oldest events are dropped and counted. */
export interface QueueLimits {
  maxEvents: number;
  maxAgeMs: number;
}

/** Read-modify-write access to the stored queue that survives a failing storage. */
export interface QueueStore {
  /** Reads the queue, applies the bounds, lets `change` edit it, writes it back. */
  transact<T>(now: number, change: (state: QueueState) => T): T;
}

/**
 * Drops expired entries, then the oldest beyond `maxEvents`, counting both. Entries a tab is
 * sending right now (live claim) are not dropped for overflow: they are about to be delivered.
 */
function applyLimits(state: QueueState, now: number, limits: QueueLimits): void {
  const fresh = state.entries.filter((entry) => now - entry.queuedAt <= limits.maxAgeMs);
  state.dropped.expired += state.entries.length - fresh.length;
  let excess = fresh.length - limits.maxEvents;
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
  storage: OutboxStorage,
  key: string,
  limits: QueueLimits,
  report: (error: unknown) => void,
): QueueStore {
  let copy: QueueState = { entries: [], dropped: noDrops() };
  let unsaved = false;

  function read(): void {
    if (unsaved) return;
    try {
      const { state, corrupt } = decodeQueue(storage.get(key));
      copy = state;
      if (corrupt > 0) {
        copy.dropped.corrupt += corrupt;
        report(
          new ContractError('outbox storage', [
            { path: key, message: `${corrupt} unreadable line(s) dropped` },
          ]),
        );
      }
    } catch (error) {
      report(error);
    }
  }

  function write(): void {
    try {
      if (copy.entries.length === 0 && Object.values(copy.dropped).every((n) => n === 0)) {
        storage.remove(key);
      } else {
        storage.set(key, encodeQueue(copy));
      }
      unsaved = false;
    } catch (error) {
      unsaved = true;
      report(error);
    }
  }

  return {
    transact(now, change) {
      read();
      applyLimits(copy, now, limits);
      const result = change(copy);
      write();
      return result;
    },
  };
}
