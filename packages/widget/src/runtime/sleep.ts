// Whether the rules may sleep on this page view, and if so, the page view counted in the
// stored session without them: the npm entry's check of the wake plan the rules left after
// their last decision (`script/wake-plan.ts`). The script tag's loader (`script/boot.ts`)
// inlines the same check: calling this from there costs its loader ~30 B brotli.
import { stringifyJson } from '@grapevine/core';
import { randomId } from './ids.js';
import { type CountedPage, nextSession } from './page.js';

/** The plan's fields the sleep check reads (`WakePlan`, read from storage: unchecked). */
export interface StoredPlan {
  v?: unknown;
  k?: unknown;
  p?: unknown;
  u?: unknown;
}

/** The JSON stored under `key`, or `null` (missing, unreadable, blocked). */
export function readStored(
  storage: Storage | undefined,
  key: string,
): Record<string, unknown> | null {
  try {
    return JSON.parse(storage?.getItem(key) ?? 'null') as Record<string, unknown> | null;
  } catch {
    return null;
  }
}

/**
 * Whether the rules may sleep: the stored `plan` was made for the same config and options
 * (`key`), page views do not matter to it, its time (`u`) is not up, and nothing waits to be
 * sent. Then this page view is counted in the stored session and returned; `undefined` when
 * the rules must run.
 */
export function trySleep(
  storage: Storage | undefined,
  storageKey: string,
  key: string | undefined,
  plan: StoredPlan | null,
  now: number,
): CountedPage | undefined {
  const state = readStored(storage, storageKey);
  const until = plan?.u ?? Infinity;
  try {
    if (
      state?.v === 1 &&
      typeof state.visitorId === 'string' &&
      [state.ledger, state.signals].every(Array.isArray) &&
      Array.isArray(state.pending) &&
      state.pending.length === 0 &&
      storage?.getItem(`${storageKey}:outbox`) == null &&
      plan?.v === 1 &&
      key !== undefined &&
      plan.k === key &&
      plan.p === undefined &&
      typeof until === 'number' &&
      now < until
    ) {
      // The page view counts in the session even though the rules sleep.
      const session = nextSession(state.session as never, now);
      storage?.setItem(storageKey, stringifyJson({ ...state, session }));
      return { pageId: randomId(), startedAt: now };
    }
  } catch {
    // Storage full or blocked: the rules run.
  }
  return undefined;
}
