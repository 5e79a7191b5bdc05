// Behaviour 4: a global quiet period between any two prompts, and at most one prompt per
// session. Behaviour 8 (boundaries): exactly at the quiet-period end, 1 ms before it, and
// with the clock moving backwards.
import { describe, expect, it } from 'vitest';
import { decide, type LedgerEntry, type Snapshot } from '../../src/index.js';
import { campaign, DAY, entry, outcome, snapshot, T0 } from '../helpers.js';

const campaigns = [campaign({ id: 'first' }), campaign({ id: 'second' })];
const policy = { quietPeriod: 3 * DAY, maxPerSession: 1, maxPerPage: 1 };
const earlier = { pageId: 'old-page', sessionId: 'old-session' };
const firstShown = entry('i1', 'impression', T0, { campaignId: 'first', ...earlier });

function decideAt(now: number, ledger: LedgerEntry[], extra: Partial<Snapshot> = {}) {
  return decide({ campaigns, policy }, snapshot(now, { ledger, ...extra }));
}

describe('quiet period and session cap', () => {
  it.each([
    { label: '1 day', now: T0 + DAY, reason: 'QUIET_PERIOD', next: T0 + 3 * DAY },
    { label: '3 days - 1 ms', now: T0 + 3 * DAY - 1, reason: 'QUIET_PERIOD', next: T0 + 3 * DAY },
    { label: 'exactly 3 days', now: T0 + 3 * DAY, reason: 'LOWER_PRIORITY', next: undefined },
    { label: '3 days + 1 ms', now: T0 + 3 * DAY + 1, reason: 'LOWER_PRIORITY', next: undefined },
  ])('a prompt at T0, now $label later: $reason', ({ now, reason, next }) => {
    const decision = decideAt(now, [firstShown]);
    // At the end of the quiet period both are eligible; `first` wins by config order.
    expect(outcome(decision, 'second')).toEqual({
      action: next === undefined ? 'show' : 'none',
      shown: next === undefined ? 'first' : undefined,
      reason,
      nextCheckAt: next,
    });
  });

  it('the quiet period applies to the campaign that was shown too', () => {
    expect(outcome(decideAt(T0 + DAY, [firstShown]), 'first').reason).toBe('QUIET_PERIOD');
  });

  it('one prompt per session: a second campaign waits for the next session', () => {
    const inThisSession = entry('i1', 'impression', T0, { campaignId: 'first', pageId: 'p0' });
    const decision = decide(
      { campaigns, policy: { ...policy, quietPeriod: 0 } },
      snapshot(T0 + DAY, { ledger: [inThisSession] }),
    );
    expect(outcome(decision, 'second')).toMatchObject({ action: 'none', reason: 'SESSION_CAP' });
    expect(decision.nextCheckAt).toBeUndefined();
  });

  it('one prompt per page', () => {
    const onThisPage = entry('i1', 'impression', T0, { campaignId: 'first', sessionId: 'other' });
    const decision = decide(
      { campaigns, policy: { quietPeriod: 0, maxPerSession: 5, maxPerPage: 1 } },
      snapshot(T0, { ledger: [onThisPage] }),
    );
    expect(outcome(decision, 'second').reason).toBe('PAGE_CAP');
  });
});

describe('a clock that moves backwards', () => {
  it.each([
    {
      name: 'before the previous decision',
      now: T0 + 4 * DAY,
      ledger: [firstShown],
      lastDecisionAt: T0 + 5 * DAY,
      until: T0 + 5 * DAY,
    },
    {
      name: 'before the latest ledger entry',
      now: T0 - 1,
      ledger: [firstShown],
      lastDecisionAt: undefined,
      until: T0,
    },
    {
      name: 'back into what would be the quiet period',
      now: T0 + 2 * DAY,
      ledger: [firstShown],
      lastDecisionAt: T0 + 4 * DAY,
      until: T0 + 4 * DAY,
    },
  ])('$name: CLOCK_SKEW, nothing shows', ({ now, ledger, lastDecisionAt, until }) => {
    const extra = lastDecisionAt === undefined ? {} : { lastDecisionAt };
    const decision = decideAt(now, ledger, extra);
    expect(decision.action).toBe('none');
    const gate = decision.explanations[1]?.gates[0];
    expect(gate).toEqual({ gate: 'system', pass: false, reason: 'CLOCK_SKEW', until });
  });

  it('once the clock is past the previous decision, time counts again', () => {
    const decision = decideAt(T0 + 5 * DAY, [firstShown], { lastDecisionAt: T0 + 5 * DAY });
    expect(decision.action).toBe('show');
  });
});
