import { describe, expect, it } from 'vitest';
import { frequencyGate } from '../../src/gates/frequency.js';
import type { Frequency } from '../../src/types/campaign.js';
import type { LedgerEntry } from '../../src/types/ledger.js';
import { DAY, entry, T0 } from '../helpers.js';
import { env } from './fixtures.js';

const shown = (id: string, at: number, triggerKey?: string) =>
  entry(id, 'impression', at, triggerKey === undefined ? {} : { triggerKey });

describe('frequencyGate', () => {
  it.each<{
    name: string;
    frequency: Frequency;
    ledger: LedgerEntry[];
    now?: number;
    trigger?: string;
    expected: object;
  }>([
    { name: 'no limits', frequency: {}, ledger: [shown('i', T0)], expected: { pass: true } },
    { name: 'once, never shown', frequency: { once: true }, ledger: [], expected: { pass: true } },
    {
      name: 'once, shown',
      frequency: { once: true },
      ledger: [shown('i', T0 - DAY)],
      expected: { pass: false, reason: 'ALREADY_SHOWN' },
    },
    {
      name: 'once per trigger, same key',
      frequency: { oncePerTrigger: true },
      ledger: [shown('i', T0, 'order-1')],
      trigger: 'order-1',
      expected: { pass: false, reason: 'SHOWN_FOR_TRIGGER' },
    },
    {
      name: 'once per trigger, new key',
      frequency: { oncePerTrigger: true },
      ledger: [shown('i', T0, 'order-1')],
      trigger: 'order-2',
      expected: { pass: true },
    },
    {
      name: 'responded, no recurring, untilResponded off',
      frequency: {},
      ledger: [entry('a', 'share', T0)],
      expected: { pass: true },
    },
    {
      name: 'responded, until responded',
      frequency: { untilResponded: true },
      ledger: [entry('a', 'copy', T0)],
      expected: { pass: false, reason: 'ALREADY_RESPONDED' },
    },
    {
      name: 'responded, recurring running',
      frequency: { untilResponded: true, recurring: 90 * DAY },
      ledger: [entry('a', 'nps', T0 - DAY, { score: 9 })],
      expected: { pass: false, reason: 'RECURRING_WAIT', until: T0 + 89 * DAY },
    },
    {
      name: 'responded, recurring over',
      frequency: { untilResponded: true, recurring: 90 * DAY },
      ledger: [entry('a', 'nps', T0 - 90 * DAY, { score: 9 })],
      expected: { pass: true },
    },
    {
      name: 'max 2, shown twice',
      frequency: { maxImpressions: 2 },
      ledger: [shown('i1', T0 - 2 * DAY), shown('i2', T0 - DAY)],
      expected: { pass: false, reason: 'MAX_IMPRESSIONS' },
    },
    {
      name: 'max 2, shown twice before an answer',
      frequency: { maxImpressions: 2 },
      ledger: [
        shown('i1', T0 - 3 * DAY),
        shown('i2', T0 - 2 * DAY),
        entry('a', 'answer', T0 - DAY),
      ],
      expected: { pass: true },
    },
    {
      name: 'max 2 per 30 days, one leaves the period later',
      frequency: { maxImpressions: 2, recurring: 30 * DAY },
      ledger: [shown('i1', T0 - 20 * DAY), shown('i2', T0 - DAY)],
      expected: { pass: false, reason: 'MAX_IMPRESSIONS', until: T0 + 10 * DAY },
    },
    {
      name: 'max 2 per 30 days, one already left',
      frequency: { maxImpressions: 2, recurring: 30 * DAY },
      ledger: [shown('i1', T0 - 30 * DAY), shown('i2', T0 - DAY)],
      expected: { pass: true },
    },
    {
      name: 'dismiss gap running',
      frequency: { dismissGap: 21 * DAY },
      ledger: [entry('d', 'dismiss', T0 - DAY)],
      expected: { pass: false, reason: 'DISMISS_GAP', until: T0 + 20 * DAY },
    },
    {
      name: 'dismiss gap over exactly',
      frequency: { dismissGap: 21 * DAY },
      ledger: [entry('d', 'dismiss', T0 - 21 * DAY)],
      expected: { pass: true },
    },
    {
      name: 'snooze without length or until',
      frequency: {},
      ledger: [entry('s', 'snooze', T0)],
      expected: { pass: true },
    },
    {
      name: 'permanent wins over timed',
      frequency: { once: true, dismissGap: 21 * DAY },
      ledger: [shown('i', T0 - DAY), entry('d', 'dismiss', T0 - DAY)],
      expected: { pass: false, reason: 'ALREADY_SHOWN' },
    },
    {
      name: 'latest of several timed blocks',
      frequency: { dismissGap: 5 * DAY, snooze: 9 * DAY },
      ledger: [entry('d', 'dismiss', T0 - DAY), entry('s', 'snooze', T0 - DAY)],
      expected: { pass: false, reason: 'SNOOZED', until: T0 + 8 * DAY },
    },
    {
      name: 'entries of other campaigns do not count',
      frequency: { once: true },
      ledger: [entry('i', 'impression', T0, { campaignId: 'other' })],
      expected: { pass: true },
    },
  ])('$name', ({ frequency, ledger, now = T0, trigger, expected }) => {
    const result = frequencyGate(
      { id: 'c1', frequency },
      env(now, ledger),
      trigger === undefined ? undefined : { key: trigger },
    );
    expect(result).toEqual({ gate: 'frequency', ...expected });
  });

  // A promoter who shared from the NPS prompt's referral step has answered the referral ask.
  it.each([
    ['referral', 'share', { pass: false, reason: 'ALREADY_RESPONDED' }],
    ['referral', 'copy', { pass: false, reason: 'ALREADY_RESPONDED' }],
    ['referral', 'dismiss', { pass: true }],
    ['nps', 'share', { pass: true }],
    ['friend-offer', 'share', { pass: true }],
  ] as const)('a %s campaign after a %s from another campaign', (kind, type, expected) => {
    const ledger = [entry('x', type, T0 - DAY, { campaignId: 'nps-after-purchase' })];
    const result = frequencyGate(
      { id: 'c1', kind, frequency: { untilResponded: true } },
      env(T0, ledger),
      undefined,
    );
    expect(result).toEqual({ gate: 'frequency', ...expected });
  });
});
