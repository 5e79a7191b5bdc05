// Builders for minimal test data. Times are literal numbers: T0 is 2026-11-01T00:00:00Z.
import type { Campaign, Config, Decision, LedgerEntry, Signal, Snapshot } from '../src/index.js';

export const T0 = 1_793_491_200_000;
export const SECOND = 1_000;
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** A campaign that fires on every page view, with no limits. */
export function campaign(overrides: Partial<Campaign> & Pick<Campaign, 'id'>): Campaign {
  return { kind: 'nps', triggers: [{ type: 'pageview' }], ...overrides };
}

/** A config with lenient caps, so a test only meets the rules it sets. */
export function config(campaigns: Campaign[], policy: Config['policy'] = {}): Config {
  return { campaigns, policy: { maxPerSession: 100, maxPerPage: 100, ...policy } };
}

/** A snapshot on page `p1` of session `s1`, started at `now`, with consent granted. */
export function snapshot(now: number, overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    now,
    visitor: { id: 'visitor-1' },
    context: {
      url: 'https://shop.example/',
      device: 'desktop',
      locale: 'en-US',
      tabId: 't1',
      pageId: 'p1',
      sessionId: 's1',
      sessionStartedAt: now,
      pageStartedAt: now,
    },
    signals: [],
    ledger: [],
    consent: 'granted',
    ...overrides,
  };
}

/** A ledger entry of campaign `c1` on page `p1` of session `s1`; `campaignId: undefined` drops it. */
export function entry(
  id: string,
  type: LedgerEntry['type'],
  at: number,
  overrides: { [Key in keyof LedgerEntry]?: LedgerEntry[Key] | undefined } = {},
): LedgerEntry {
  const result: Record<string, unknown> = {
    id,
    type,
    at,
    campaignId: 'c1',
    pageId: 'p1',
    sessionId: 's1',
    ...overrides,
  };
  for (const key of Object.keys(result)) if (result[key] === undefined) delete result[key];
  return result as unknown as LedgerEntry;
}

/** A signal on page `p1` of session `s1`. */
export function signal(
  id: string,
  type: Signal['type'],
  at: number,
  overrides: Partial<Signal> = {},
): Signal {
  return { id, type, at, pageId: 'p1', sessionId: 's1', ...overrides };
}

/** The parts of a decision most tests assert: action, the campaign's reason and timing. */
export function outcome(decision: Decision, campaignId: string) {
  const explanation = decision.explanations.find((item) => item.campaignId === campaignId);
  return {
    action: decision.action,
    shown: decision.campaign?.id,
    reason: explanation?.reason,
    nextCheckAt: decision.nextCheckAt,
  };
}
