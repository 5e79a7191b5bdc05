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

/** Starts a page: continues the stored session if it is recent, else starts a new one. */
export function startPage(store: Store<PersistedState>, url: string, now: number): PageState {
  const { session } = store.update((state) => {
    const previous = state.session;
    const continues =
      previous !== undefined &&
      now >= previous.lastSeenAt &&
      now - previous.lastSeenAt < SESSION_GAP;
    const next: SessionState = continues
      ? { ...previous, lastSeenAt: now, pageviews: previous.pageviews + 1 }
      : { id: randomId(), startedAt: now, lastSeenAt: now, pageviews: 1 };
    return { ...state, session: next };
  });
  return {
    pageId: randomId(),
    url,
    startedAt: now,
    lastActivityAt: now,
    session: session ?? { id: randomId(), startedAt: now, lastSeenAt: now, pageviews: 1 },
  };
}
