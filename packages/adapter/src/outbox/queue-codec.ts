// The stored queue, one JSON value per line: a header with the drop counters, then one entry
// per line. A damaged line costs that one entry, not the whole queue.
import { type DropReport, type GrapevineEvent, stringifyJson } from '@grapevine/core';

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

/** Whether any drop is waiting to be reported. */
export const hasDrops = (dropped: DropCounts): boolean => Object.values(dropped).some(Boolean);

/** One stored line, or `undefined` when it is not JSON (counted as corrupt). */
function parseLine(line: string): unknown {
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
  // Loosely typed: stored JSON is probed field by field, and any other shape fails a test.
  // biome-ignore lint/suspicious/noExplicitAny: see above
  const [header, ...lines]: any[] = raw ? raw.split('\n').map(parseLine) : [];
  let corrupt = raw && header?.v !== VERSION ? 1 : 0;
  for (const reason of Object.keys(state.dropped) as (keyof DropCounts)[]) {
    const count = header?.dropped?.[reason];
    if (Number.isSafeInteger(count) && count >= 0) state.dropped[reason] = count;
  }
  for (const entry of lines) {
    if (
      typeof entry?.event?.id === 'string' &&
      typeof entry.event.type === 'string' &&
      typeof entry.queuedAt === 'number'
    ) {
      state.entries.push(entry);
    } else {
      corrupt += 1;
    }
  }
  return { state, corrupt };
}

/** Writes a queue in the format {@link decodeQueue} reads (whatever `toJSON` a host added). */
export function encodeQueue(state: QueueState): string {
  return [{ v: VERSION, dropped: state.dropped }, ...state.entries].map(stringifyJson).join('\n');
}
