// The snapshot core decides on: the runtime's state as plain data.
import type { Consent, Device, Scalar, Snapshot } from '@grapevine/core';
import type { PageState } from './page.js';
import type { PersistedState } from './state.js';

export interface SnapshotInput {
  now: number;
  state: PersistedState;
  page: PageState;
  url: string;
  device: Device;
  locale: string;
  tabId: string;
  traits: Record<string, Scalar>;
  identifiedId: string | undefined;
  heldByOtherTab: boolean;
  openPromptId: string | undefined;
  consent: Consent;
}

export function buildSnapshot(input: SnapshotInput): Snapshot {
  const { state, page } = input;
  return {
    now: input.now,
    visitor: {
      id: state.visitorId,
      traits: input.traits,
      ...(input.identifiedId ? { identifiedId: input.identifiedId } : {}),
    },
    context: {
      url: input.url,
      device: input.device,
      locale: input.locale,
      tabId: input.tabId,
      pageId: page.pageId,
      sessionId: page.session.id,
      sessionStartedAt: page.session.startedAt,
      pageStartedAt: page.startedAt,
      pageviews: page.session.pageviews,
      lastActivityAt: page.lastActivityAt,
    },
    signals: state.signals,
    ledger: state.ledger,
    lease: {
      heldByOtherTab: input.heldByOtherTab,
      ...(input.openPromptId ? { openPromptId: input.openPromptId } : {}),
    },
    consent: input.consent,
    ...(state.lastDecisionAt === undefined ? {} : { lastDecisionAt: state.lastDecisionAt }),
  };
}
