// What the runtime keeps under its one storage key, and how it checks what it reads back.
import type { GrapevineEvent, LedgerEntry, Signal } from '@grapevine/core';
import type { CapturedReferral } from '../capture/referral-capture.js';
import type { Store } from '../storage/store.js';

/** The session: a visit that ends after 30 minutes without a page view or signal. */
export interface SessionState {
  id: string;
  startedAt: number;
  lastSeenAt: number;
  pageviews: number;
}

/** Everything under `grapevine:v1`. */
export interface PersistedState {
  v: 1;
  visitorId: string;
  ledger: LedgerEntry[];
  /** Trigger occurrences still in scope (this session's and persistent ones). */
  signals: Signal[];
  /** Events stored but not yet handed to the outbox. */
  pending: GrapevineEvent[];
  session?: SessionState;
  referral?: CapturedReferral;
  /** `now` of the previous decision, so a clock that went backwards is noticed. */
  lastDecisionAt?: number;
  /** Referral codes of links this browser's advocate received (self-referral check). */
  ownCodes?: string[];
}

/** A bound on what is kept, so a long-lived visitor cannot fill the storage quota. */
export const LIMITS = { ledger: 500, signals: 200, pending: 500 } as const;

export function initialState(visitorId: string): PersistedState {
  return { v: 1, visitorId, ledger: [], signals: [], pending: [] };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasId = (value: unknown): boolean =>
  isRecord(value) && typeof value.id === 'string' && typeof value.at === 'number';

function list<T>(value: unknown): T[] | undefined {
  return Array.isArray(value) ? (value.filter(hasId) as T[]) : undefined;
}

/** The stored state if it has the expected shape; `undefined` means corrupt. */
export function parseState(value: unknown): PersistedState | undefined {
  if (!isRecord(value) || value.v !== 1 || typeof value.visitorId !== 'string') return undefined;
  const ledger = list<LedgerEntry>(value.ledger);
  const signals = list<Signal>(value.signals);
  const pending = list<GrapevineEvent>(value.pending);
  if (!ledger || !signals || !pending) return undefined;
  const state: PersistedState = { v: 1, visitorId: value.visitorId, ledger, signals, pending };
  const { session, referral, lastDecisionAt } = value;
  if (isRecord(session) && typeof session.id === 'string') {
    state.session = session as unknown as SessionState;
  }
  if (isRecord(referral) && typeof referral.code === 'string') {
    state.referral = referral as unknown as CapturedReferral;
  }
  if (typeof lastDecisionAt === 'number') state.lastDecisionAt = lastDecisionAt;
  if (Array.isArray(value.ownCodes)) {
    state.ownCodes = value.ownCodes.filter((code): code is string => typeof code === 'string');
  }
  return state;
}

/**
 * Drops what no campaign can use any more: signals from other sessions older than the
 * longest `persistFor` in the config, and the oldest entries beyond {@link LIMITS}.
 */
export function prune(state: PersistedState, now: number, retention: number): PersistedState {
  const sessionId = state.session?.id;
  const signals = state.signals.filter(
    (signal) => signal.sessionId === sessionId || signal.at + retention > now,
  );
  return {
    ...state,
    signals: signals.slice(-LIMITS.signals),
    ledger: state.ledger.slice(-LIMITS.ledger),
    pending: state.pending.slice(-LIMITS.pending),
  };
}

/** This browser's own referral codes (the advocate's links; the last 5), for the self-referral check. */
export function ownCodesIn(store: Store<PersistedState>) {
  return {
    add: (code: string): unknown =>
      store.update((state) => ({
        ...state,
        ownCodes: [...new Set([...(state.ownCodes ?? []), code])].slice(-5),
      })),
    has: (code: string): boolean => store.read().ownCodes?.includes(code) ?? false,
  };
}
