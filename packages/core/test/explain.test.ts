import { describe, expect, it } from 'vitest';
import { explain } from '../src/index.js';
import { campaign, config, DAY, entry, snapshot, T0 } from './helpers.js';

const snoozable = campaign({ id: 'nps-q4', frequency: { snooze: 14 * DAY } });

describe('explain', () => {
  it('lists all twelve gates in order, with pass/fail, reason and eligible-again time', () => {
    const explanation = explain(
      config([snoozable], { quietPeriod: 3 * DAY }),
      snapshot(T0 + DAY, { ledger: [entry('s', 'snooze', T0, { campaignId: 'nps-q4' })] }),
      'nps-q4',
    );
    expect(explanation?.gates.map((gate) => [gate.gate, gate.pass])).toEqual([
      ['system', true],
      ['schedule', true],
      ['context', true],
      ['audience', true],
      ['requires', true],
      ['trigger', true],
      ['frequency', false],
      ['fatigue', true],
      ['caps', true],
      ['sampling', true],
      ['arbitration', true],
      ['delay', true],
    ]);
    expect(explanation).toMatchObject({
      campaignId: 'nps-q4',
      eligible: false,
      reason: 'SNOOZED',
      eligibleAt: T0 + 14 * DAY,
      variantId: 'default',
      summary: 'nps-q4: SNOOZED (frequency), eligible again at 2026-11-15T00:00:00.000Z',
    });
  });

  it('eligible again only when every timed gate has ended', () => {
    const explanation = explain(
      config([snoozable], { quietPeriod: 20 * DAY }),
      snapshot(T0 + DAY, {
        ledger: [
          entry('i', 'impression', T0, { campaignId: 'other', pageId: 'x', sessionId: 'x' }),
          entry('s', 'snooze', T0, { campaignId: 'nps-q4' }),
        ],
      }),
      'nps-q4',
    );
    expect(explanation?.reason).toBe('SNOOZED');
    expect(explanation?.eligibleAt).toBe(T0 + 20 * DAY);
  });

  it('no eligible-again time when a gate will not open by itself', () => {
    const explanation = explain(config([snoozable]), snapshot(T0, { consent: 'denied' }), 'nps-q4');
    expect(explanation?.reason).toBe('CONSENT_DENIED');
    expect(explanation?.eligibleAt).toBeUndefined();
  });

  it('is undefined for an unknown campaign', () => {
    expect(explain(config([snoozable]), snapshot(T0), 'nope')).toBeUndefined();
  });
});

describe('explanations as data', () => {
  it('keep their summary and variant in JSON', () => {
    const explanation = explain(config([snoozable]), snapshot(T0), 'nps-q4');
    expect(JSON.parse(JSON.stringify(explanation))).toEqual({
      campaignId: 'nps-q4',
      eligible: true,
      gates: expect.any(Array),
      trigger: { key: 'page:p1', at: T0, index: 0 },
      variantId: 'default',
      summary: 'nps-q4: eligible',
    });
  });
});
