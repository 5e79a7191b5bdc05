// The runtime's observable state: one immutable snapshot, replaced whenever something in it
// changes, so `getSnapshot` returns the same object until then (what React's
// `useSyncExternalStore` needs) and `subscribe` listeners hear every change. The npm entry
// builds its read-only @preact/signals on top of it.
import type { Consent } from '@grapevine/core';
import type { ShowDetail } from './events.js';
import { guarded } from './guards.js';

/**
 * Where the open prompt is, as the runtime knows it:
 * - `pending`: decided and announced (`show`), not yet painted (no impression counted);
 * - `shown`: painted (the built-in UI's first frames, or your `rendered()`): one impression;
 * - `answered`: an NPS score was recorded (a `comment()` may follow);
 * - `commented`: the NPS answer's comment was recorded;
 * - `shared`: the referral link was shared or copied;
 * - `claimed`: the friend claimed the offer.
 */
export type PromptStep = 'pending' | 'shown' | 'answered' | 'commented' | 'shared' | 'claimed';

/** The referral code this visitor arrived with (`?ref=`), while it is attached to purchases. */
export interface VisitorReferral {
  code: string;
  /** Epoch ms the code was captured. */
  capturedAt: number;
  /** Epoch ms after which the code no longer rides along with purchases. */
  expiresAt: number;
}

/** Everything observable at one moment. Replaced, never mutated. */
export interface GrapevineSnapshot {
  /** The open prompt, with its copy and backend promises; `null` when none is open. */
  prompt: ShowDetail | null;
  /** The open prompt's step; `null` when none is open. */
  step: PromptStep | null;
  /** The referral code this visitor arrived with, if any. */
  referral: VisitorReferral | null;
  /** The visitor's consent. */
  consent: Consent;
}

export interface StateCell {
  get(): GrapevineSnapshot;
  /** Replaces the snapshot when `patch` changes a field (by identity); tells subscribers. */
  set(patch: Partial<GrapevineSnapshot>): void;
  subscribe(listener: () => void): () => void;
}

/**
 * Listeners are called as they are: {@link observableState} guards the host's.
 * @example const cell = createStateCell(); cell.subscribe(() => render(cell.get()))
 */
export function createStateCell(): StateCell {
  let current: GrapevineSnapshot = { prompt: null, step: null, referral: null, consent: 'granted' };
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(patch) {
      const keys = Object.keys(patch) as (keyof GrapevineSnapshot)[];
      if (keys.every((key) => Object.is(patch[key], current[key]))) return;
      current = { ...current, ...patch };
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** The handle's `getSnapshot` and `subscribe` over a cell. */
export interface ObservableState {
  getSnapshot(): GrapevineSnapshot;
  subscribe(listener: () => void): () => void;
}

/**
 * The handle's side of the state: a host listener that throws is reported (the others still
 * run), and a `subscribe()` without a function is reported and answered with a no-op.
 */
export function observableState(
  cell: StateCell,
  report: (message: string, error?: unknown) => void,
): ObservableState {
  return {
    getSnapshot: cell.get,
    subscribe(listener) {
      if (typeof listener === 'function') {
        return cell.subscribe(guarded(report, 'a subscribe() listener', listener));
      }
      report('Grapevine: subscribe() needs a function.');
      return () => {};
    },
  };
}
