// Behaviour 3: a dismiss snoozes the prompt for 21 days; after 3 impressions without an
// answer it stops; "don't ask again" is permanent.
import { describe, expect, it } from 'vitest';
import { type Campaign, decide, type LedgerEntry } from '../../src/index.js';
import { campaign, config, DAY, entry, MINUTE, outcome, snapshot, T0 } from '../helpers.js';

const nps: Campaign = campaign({
  id: 'c1',
  frequency: { dismissGap: 21 * DAY, maxImpressions: 3, untilResponded: true, snooze: 7 * DAY },
});

/** Shown on day `day` in its own session and dismissed a minute later. */
function shownAndDismissed(day: number): LedgerEntry[] {
  const at = T0 + day * DAY;
  const where = { pageId: `p-${day}`, sessionId: `s-${day}` };
  return [
    entry(`i-${day}`, 'impression', at, where),
    entry(`d-${day}`, 'dismiss', at + MINUTE, where),
  ];
}

function decideAt(now: number, ledger: LedgerEntry[]) {
  return decide(config([nps]), snapshot(now, { ledger }));
}

describe('dismiss, snooze, max impressions, opt-out', () => {
  it.each([
    {
      name: 'dismissed 20 days ago: snoozed',
      now: T0 + 20 * DAY,
      ledger: shownAndDismissed(0),
      expected: { action: 'none', reason: 'DISMISS_GAP', nextCheckAt: T0 + 21 * DAY + MINUTE },
    },
    {
      name: 'dismissed 21 days ago: asks again',
      now: T0 + 21 * DAY + MINUTE,
      ledger: shownAndDismissed(0),
      expected: { action: 'show', reason: undefined },
    },
    {
      name: 'two dismissals: asks a third time',
      now: T0 + 43 * DAY,
      ledger: [...shownAndDismissed(0), ...shownAndDismissed(21)],
      expected: { action: 'show', reason: undefined },
    },
    {
      name: 'three impressions without an answer: stops',
      now: T0 + 400 * DAY,
      ledger: [...shownAndDismissed(0), ...shownAndDismissed(22), ...shownAndDismissed(44)],
      expected: { action: 'none', reason: 'MAX_IMPRESSIONS', nextCheckAt: undefined },
    },
    {
      name: '"not now" snoozes for the campaign snooze length',
      now: T0 + 6 * DAY,
      ledger: [entry('s', 'snooze', T0)],
      expected: { action: 'none', reason: 'SNOOZED', nextCheckAt: T0 + 7 * DAY },
    },
    {
      name: 'a snooze with its own end uses it',
      now: T0 + 8 * DAY,
      ledger: [entry('s', 'snooze', T0, { until: T0 + 10 * DAY })],
      expected: { action: 'none', reason: 'SNOOZED', nextCheckAt: T0 + 10 * DAY },
    },
    {
      name: 'the snooze is over',
      now: T0 + 7 * DAY,
      ledger: [entry('s', 'snooze', T0)],
      expected: { action: 'show', reason: undefined },
    },
    {
      name: '"don\'t ask again" is permanent',
      now: T0 + 3_000 * DAY,
      ledger: [entry('o', 'opt-out', T0)],
      expected: { action: 'none', reason: 'OPTED_OUT', nextCheckAt: undefined },
    },
    {
      name: 'opting out of everything is permanent too',
      now: T0 + 3_000 * DAY,
      ledger: [entry('o', 'global-opt-out', T0, { campaignId: undefined })],
      expected: { action: 'none', reason: 'GLOBAL_OPT_OUT', nextCheckAt: undefined },
    },
    {
      name: 'answered: never again (until responded)',
      now: T0 + 400 * DAY,
      ledger: [entry('i', 'impression', T0), entry('a', 'nps', T0 + MINUTE, { score: 7 })],
      expected: { action: 'none', reason: 'ALREADY_RESPONDED', nextCheckAt: undefined },
    },
  ])('$name', ({ now, ledger, expected }) => {
    expect(outcome(decideAt(now, ledger), 'c1')).toMatchObject(expected);
  });

  it('an opt-out of another campaign does not block this one', () => {
    const ledger = [entry('o', 'opt-out', T0, { campaignId: 'other' })];
    expect(decideAt(T0 + DAY, ledger).action).toBe('show');
  });

  it('when a snooze and a dismiss gap overlap, it reports the later end', () => {
    const ledger = [...shownAndDismissed(0), entry('s', 'snooze', T0, { until: T0 + 30 * DAY })];
    expect(outcome(decideAt(T0 + DAY, ledger), 'c1')).toMatchObject({
      reason: 'SNOOZED',
      nextCheckAt: T0 + 30 * DAY,
    });
  });
});
