// Sessions and pages: a session ends after 30 minutes without activity; every URL change
// (including SPA navigation) is a new page with its own id.
import type { Store } from '../storage/store.js';
import { randomId } from './ids.js';
import type { PersistedState, SessionState } from './state.js';

/** The usual web-analytics session timeout. */
export const SESSION_GAP = 30 * 60_000;

export interface PageState {
  pageId: string;
  url: string;
  startedAt: number;
  lastActivityAt: number;
  session: SessionState;
}

/** A page the script-tag loader already counted in the stored session (see `resumePage`). */
export interface CountedPage {
  pageId: string;
  startedAt: number;
}

/**
 * The session after a page view at `now`: the stored one continued when it is recent (and
 * the clock did not go backwards), else a new one. Shared with the script-tag loader, which
 * counts page views itself while the rules sleep.
 */
export function nextSession(previous: SessionState | undefined, now: number): SessionState {
  return previous !== undefined &&
    now >= previous.lastSeenAt &&
    now - previous.lastSeenAt < SESSION_GAP
    ? { ...previous, lastSeenAt: now, pageviews: previous.pageviews + 1 }
    : { id: randomId(), startedAt: now, lastSeenAt: now, pageviews: 1 };
}

const pageOf = (url: string, pageId: string, startedAt: number, session: SessionState) => ({
  pageId,
  url,
  startedAt,
  lastActivityAt: startedAt,
  session,
});

/** Starts a page: continues the stored session if it is recent, else starts a new one. */
export function startPage(store: Store<PersistedState>, url: string, now: number): PageState {
  const { session } = store.update((state) => ({
    ...state,
    session: nextSession(state.session, now),
  }));
  return pageOf(url, randomId(), now, session ?? nextSession(undefined, now));
}

/**
 * Takes over a page the loader counted (the rules woke up later on the same page): the
 * stored session already includes it, so it is not counted twice.
 */
export function resumePage(
  store: Store<PersistedState>,
  url: string,
  counted: CountedPage,
  now: number,
): PageState {
  const session = store.read().session;
  if (!session) return startPage(store, url, now);
  return pageOf(url, counted.pageId, counted.startedAt, session);
}
