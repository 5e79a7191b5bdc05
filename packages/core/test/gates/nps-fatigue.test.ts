import { describe, expect, it } from 'vitest';
import { npsFatigueGate } from '../../src/gates/nps-fatigue.js';
import { resolvePolicy } from '../../src/policy.js';
import type { CampaignKind } from '../../src/types/campaign.js';
import type { LedgerEntry } from '../../src/types/ledger.js';
import { DAY, entry, T0 } from '../helpers.js';
import { env } from './fixtures.js';

const answered = (at: number, campaignId = 'other-nps') =>
  entry(`n-${at}`, 'nps', at, { campaignId, score: 10 });

describe('npsFatigueGate (default 90 days, any campaign)', () => {
  it.each<{
    name: string;
    kind: CampaignKind;
    ledger: LedgerEntry[];
    now: number;
    fatigue?: number;
    expected: object;
  }>([
    { name: 'no NPS answer yet', kind: 'nps', ledger: [], now: T0, expected: { pass: true } },
    {
      name: 'another campaign’s answer 3 days ago',
      kind: 'nps',
      ledger: [answered(T0 - 3 * DAY)],
      now: T0,
      expected: { pass: false, reason: 'NPS_FATIGUE', until: T0 + 87 * DAY },
    },
    {
      name: 'the latest of several answers counts',
      kind: 'nps',
      ledger: [answered(T0 - 200 * DAY), answered(T0 - DAY, 'c1')],
      now: T0,
      expected: { pass: false, reason: 'NPS_FATIGUE', until: T0 + 89 * DAY },
    },
    {
      name: 'ends exactly 90 days after the answer',
      kind: 'nps',
      ledger: [answered(T0 - 90 * DAY)],
      now: T0,
      expected: { pass: true },
    },
    {
      name: 'a referral campaign is not an NPS question',
      kind: 'referral',
      ledger: [answered(T0 - DAY)],
      now: T0,
      expected: { pass: true },
    },
    {
      name: 'configured: 30 days',
      kind: 'nps',
      ledger: [answered(T0 - 31 * DAY)],
      now: T0,
      fatigue: 30 * DAY,
      expected: { pass: true },
    },
    {
      name: 'turned off with 0',
      kind: 'nps',
      ledger: [answered(T0 - DAY)],
      now: T0,
      fatigue: 0,
      expected: { pass: true },
    },
  ])('$name', ({ kind, ledger, now, fatigue, expected }) => {
    const policy = resolvePolicy(fatigue === undefined ? {} : { npsFatigue: fatigue });
    expect(npsFatigueGate({ kind }, env(now, ledger, { policy }))).toEqual({
      gate: 'fatigue',
      ...expected,
    });
  });
});
