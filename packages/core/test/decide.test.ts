import { describe, expect, it } from 'vitest';
import { type Campaign, DEFAULT_POLICY, decide, resolvePolicy } from '../src/index.js';
import { campaign, config, DAY, SECOND, snapshot, T0 } from './helpers.js';

describe('decide', () => {
  it('shows nothing and explains nothing without campaigns', () => {
    expect(decide(config([]), snapshot(T0))).toEqual({ action: 'none', explanations: [] });
  });

  it('explains every campaign in config order', () => {
    const decision = decide(config([campaign({ id: 'b' }), campaign({ id: 'a' })]), snapshot(T0));
    expect(decision.explanations.map((item) => item.campaignId)).toEqual(['b', 'a']);
  });

  it('sets nextCheckAt to the earliest time a blocked campaign may become eligible', () => {
    const campaigns: Campaign[] = [
      campaign({ id: 'later', triggers: [{ type: 'time-on-page', duration: 60 * SECOND }] }),
      campaign({ id: 'sooner', triggers: [{ type: 'time-on-page', duration: 20 * SECOND }] }),
      campaign({ id: 'never', triggers: [{ type: 'exit-intent' }] }),
    ];
    const decision = decide(config(campaigns), snapshot(T0));
    expect(decision).toMatchObject({ action: 'none', nextCheckAt: T0 + 20 * SECOND });
  });

  it('the campaign that shows carries its trigger, variant and copy', () => {
    const decision = decide(
      config([campaign({ id: 'c1', content: { en: { title: 'Hi' } } })]),
      snapshot(T0),
    );
    expect(decision).toMatchObject({
      action: 'show',
      variantId: 'default',
      messages: { title: 'Hi' },
      trigger: { key: 'page:p1', at: T0, index: 0 },
    });
    expect(decision.campaign?.id).toBe('c1');
  });

  it('treats a missing consent as pending and a missing lease as free', () => {
    const { consent: _consent, ...withoutConsent } = snapshot(T0);
    const subject = [campaign({ id: 'c1' })];
    expect(decide(config(subject), withoutConsent).action).toBe('show');
    expect(
      decide(config(subject, { consentRequired: true }), withoutConsent).explanations[0]?.reason,
    ).toBe('CONSENT_PENDING');
  });

  it('uses the default policy when the config has none', () => {
    const subject = [campaign({ id: 'a' }), campaign({ id: 'b' })];
    const shownBefore = [
      {
        id: 'i',
        type: 'impression' as const,
        at: T0 - DAY,
        campaignId: 'a',
        pageId: 'x',
        sessionId: 's1',
      },
    ];
    const decision = decide({ campaigns: subject }, snapshot(T0, { ledger: shownBefore }));
    expect(decision.explanations[1]?.reason).toBe('SESSION_CAP');
  });

  it('does not show a delayed runner-up while the winner waits for its delay', () => {
    const decision = decide(
      config([
        campaign({ id: 'first', priority: 2, delay: 3 * SECOND }),
        campaign({ id: 'second' }),
      ]),
      snapshot(T0),
    );
    expect(decision).toMatchObject({ action: 'schedule', nextCheckAt: T0 + 3 * SECOND });
    expect(decision.campaign?.id).toBe('first');
    expect(decision.explanations[1]?.reason).toBe('LOWER_PRIORITY');
  });
});

describe('decide with edited and new configs', () => {
  const checkout = snapshot(T0);
  checkout.context.url = 'https://shop.example/checkout/thank-you';
  const excluding = (value: string): Campaign =>
    campaign({ id: 'a', context: { url: { exclude: [{ match: 'regex', value }] } } });

  it('a regex edited in place between decisions is used as edited', () => {
    const edited = config([excluding('^/checkout')]);
    expect(decide(edited, checkout).action).toBe('none');
    const pattern = edited.campaigns[0]?.context;
    if (pattern === undefined || !('url' in pattern) || pattern.url.exclude?.[0] === undefined) {
      throw new Error('fixture: expected a URL condition');
    }
    pattern.url.exclude[0].value = '^/cart';
    expect(decide(edited, checkout).action).toBe('show');
  });

  it('a new config gets its own patterns, whatever an earlier config compiled', () => {
    expect(decide(config([excluding('^/cart')]), checkout).action).toBe('show');
    expect(decide(config([excluding('^/checkout')]), checkout).action).toBe('none');
    expect(decide(config([excluding('(')]), checkout).action).toBe('none');
    expect(decide(config([excluding('^/cart')]), checkout).action).toBe('show');
  });
});

describe('resolvePolicy', () => {
  it.each([
    { policy: undefined, expected: DEFAULT_POLICY },
    { policy: { quietPeriod: 5 }, expected: { ...DEFAULT_POLICY, quietPeriod: 5 } },
  ])('$policy', ({ policy, expected }) => {
    expect(resolvePolicy(policy)).toEqual(expected);
  });

  it('keeps the defaults frozen', () => {
    expect(Object.isFrozen(DEFAULT_POLICY)).toBe(true);
  });
});
