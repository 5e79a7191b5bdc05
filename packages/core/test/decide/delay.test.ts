// Behaviour 6: after a delay the decision is taken again; if the URL changed or another
// prompt opened meanwhile, nothing shows.
import { describe, expect, it } from 'vitest';
import { type Campaign, decide, type Snapshot } from '../../src/index.js';
import { campaign, config, outcome, SECOND, signal, snapshot, T0 } from '../helpers.js';

const delayed: Campaign = campaign({
  id: 'referral',
  kind: 'referral',
  triggers: [{ type: 'exit-intent', scope: 'session' }],
  delay: 5 * SECOND,
});

const exitIntent = signal('x1', 'exit-intent', T0 + SECOND);

function decideAt(
  now: number,
  overrides: Partial<Snapshot['context']> = {},
  extra: Partial<Snapshot> = {},
) {
  const base = snapshot(now, { signals: [exitIntent], ...extra });
  return decide(config([delayed]), {
    ...base,
    context: { ...base.context, pageStartedAt: T0, sessionStartedAt: T0, ...overrides },
  });
}

describe('delay', () => {
  it.each([
    {
      name: 'right after the trigger: scheduled for the end of the delay',
      now: T0 + SECOND,
      context: {},
      extra: {},
      expected: {
        action: 'schedule',
        shown: 'referral',
        reason: 'DELAYED',
        nextCheckAt: T0 + 6 * SECOND,
      },
    },
    {
      name: '1 ms before the end: still scheduled',
      now: T0 + 6 * SECOND - 1,
      context: {},
      extra: {},
      expected: {
        action: 'schedule',
        shown: 'referral',
        reason: 'DELAYED',
        nextCheckAt: T0 + 6 * SECOND,
      },
    },
    {
      name: 'at the end, same page: shows',
      now: T0 + 6 * SECOND,
      context: {},
      extra: {},
      expected: { action: 'show', shown: 'referral', reason: undefined, nextCheckAt: undefined },
    },
    {
      name: 'at the end, the URL changed (new page): the delay starts over',
      now: T0 + 6 * SECOND,
      context: { url: 'https://shop.example/cart', pageId: 'p2', pageStartedAt: T0 + 3 * SECOND },
      extra: {},
      expected: {
        action: 'schedule',
        shown: 'referral',
        reason: 'DELAYED',
        nextCheckAt: T0 + 8 * SECOND,
      },
    },
    {
      name: 'at the end, another prompt opened meanwhile: nothing',
      now: T0 + 6 * SECOND,
      context: {},
      extra: { lease: { heldByOtherTab: false, openPromptId: 'nps' } },
      expected: { action: 'none', shown: undefined, reason: 'PROMPT_OPEN', nextCheckAt: undefined },
    },
  ])('$name', ({ now, context, extra, expected }) => {
    expect(outcome(decideAt(now, context, extra), 'referral')).toEqual(expected);
  });

  it('a page-scoped trigger does not follow the visitor to the next page', () => {
    const pageScoped = { ...delayed, triggers: [{ type: 'exit-intent' as const }] };
    const base = snapshot(T0 + 6 * SECOND, { signals: [exitIntent] });
    const decision = decide(config([pageScoped]), {
      ...base,
      context: { ...base.context, pageId: 'p2', pageStartedAt: T0 + 3 * SECOND },
    });
    expect(outcome(decision, 'referral')).toMatchObject({ action: 'none', reason: 'NO_TRIGGER' });
  });
});
