// The stored queue, one JSON value per line: a header with the drop counters, then one entry
// per line. A damaged line costs that one entry, not the whole queue.
import type { DropReport, GrapevineEvent } from '@grapevine/core';

/** A tab's hold on an entry while it sends it; other tabs leave it alone until `until`. */
export interface EntryClaim {
  tab: string;
  until: number;
}

export interface QueueEntry {
  event: GrapevineEvent;
  /** When the outbox stored it (its clock); the age bound counts from here. */
  queuedAt: number;
  claim?: EntryClaim;
}

export type DropCounts = Required<DropReport>;

export interface QueueState {
  entries: QueueEntry[];
  dropped: DropCounts;
}

const VERSION = 1;

export const noDrops = (): DropCounts => ({ overflow: 0, expired: 0, corrupt: 0, rejected: 0 });

// Loosely typed reads of stored JSON: anything that is not the expected shape fails a test.
// biome-ignore lint/suspicious/noExplicitAny: stored JSON is probed field by field
type Stored = any;

function parseLine(line: string): Stored {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/**
 * Reads a stored queue. Never throws: what does not parse is counted in `corrupt`. A claim
 * with a malformed `until` compares as expired, so it needs no check of its own.
 */
export function decodeQueue(raw: string | null): { state: QueueState; corrupt: number } {
  const state: QueueState = { entries: [], dropped: noDrops() };
  let corrupt = 0;
  (raw ? raw.split('\n') : []).forEach((line, index) => {
    const value = parseLine(line);
    if (index === 0) {
      if (value?.v !== VERSION) corrupt += 1;
      for (const reason of Object.keys(state.dropped) as (keyof DropCounts)[]) {
        const count = value?.dropped?.[reason];
        if (Number.isSafeInteger(count) && count >= 0) state.dropped[reason] = count;
      }
    } else if (
      typeof value?.event?.id === 'string' &&
      typeof value.event.type === 'string' &&
      typeof value.queuedAt === 'number'
    ) {
      state.entries.push(value);
    } else {
      corrupt += 1;
    }
  });
  return { state, corrupt };
}

/** Writes a queue in the format {@link decodeQueue} reads. */
export function encodeQueue(state: QueueState): string {
  return [{ v: VERSION, dropped: state.dropped }, ...state.entries]
    .map((line) => JSON.stringify(line))
    .join('\n');
}
