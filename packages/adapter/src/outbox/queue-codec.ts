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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

function isEntry(value: unknown): value is QueueEntry {
  if (!isRecord(value) || !isRecord(value.event) || typeof value.queuedAt !== 'number') {
    return false;
  }
  const { event, claim } = value;
  const eventOk =
    typeof event.id === 'string' && typeof event.type === 'string' && typeof event.at === 'number';
  const claimOk =
    claim === undefined ||
    (isRecord(claim) && typeof claim.tab === 'string' && typeof claim.until === 'number');
  return eventOk && claimOk;
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/** Reads a stored queue. Never throws: what does not parse is counted in `corrupt`. */
export function decodeQueue(raw: string | null): { state: QueueState; corrupt: number } {
  const state: QueueState = { entries: [], dropped: noDrops() };
  if (raw === null || raw === '') return { state, corrupt: 0 };
  const [headerLine = '', ...lines] = raw.split('\n');
  let corrupt = 0;
  const header = parseLine(headerLine);
  if (isRecord(header) && header.v === VERSION) {
    const dropped = isRecord(header.dropped) ? header.dropped : {};
    for (const reason of Object.keys(state.dropped) as (keyof DropCounts)[]) {
      const value = dropped[reason];
      if (isCount(value)) state.dropped[reason] = value;
    }
  } else {
    corrupt += 1;
  }
  for (const line of lines) {
    const entry = parseLine(line);
    if (isEntry(entry)) state.entries.push(entry);
    else corrupt += 1;
  }
  return { state, corrupt };
}

/** Writes a queue in the format {@link decodeQueue} reads. */
export function encodeQueue(state: QueueState): string {
  const header = JSON.stringify({ v: VERSION, dropped: state.dropped });
  return [header, ...state.entries.map((entry) => JSON.stringify(entry))].join('\n');
}
