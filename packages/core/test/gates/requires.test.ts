import { describe, expect, it } from 'vitest';
import { requiresGate } from '../../src/gates/requires.js';
import type { Requires } from '../../src/types/campaign.js';
import { DAY, entry, T0 } from '../helpers.js';
import { env } from './fixtures.js';

const nps = (id: string, score: number, at: number, campaignId = 'survey') =>
  entry(id, 'nps', at, { campaignId, score });

describe('requiresGate', () => {
  it.each<{
    name: string;
    requires: Requires | undefined;
    ledger: ReturnType<typeof nps>[];
    pass: boolean;
  }>([
    { name: 'nothing required', requires: undefined, ledger: [], pass: true },
    { name: 'promoter, none yet', requires: { npsSegment: ['promoter'] }, ledger: [], pass: false },
    {
      name: 'promoter, 9',
      requires: { npsSegment: ['promoter'] },
      ledger: [nps('a', 9, T0)],
      pass: true,
    },
    {
      name: 'promoter or passive, 7',
      requires: { npsSegment: ['promoter', 'passive'] },
      ledger: [nps('a', 7, T0)],
      pass: true,
    },
    {
      name: 'promoter, invalid score 11',
      requires: { npsSegment: ['promoter'] },
      ledger: [nps('a', 11, T0)],
      pass: false,
    },
    {
      name: 'from a named campaign',
      requires: { campaign: 'survey', npsSegment: ['promoter'] },
      ledger: [nps('a', 10, T0, 'other')],
      pass: false,
    },
    {
      name: 'from a named campaign, matching',
      requires: { campaign: 'survey', npsSegment: ['promoter'] },
      ledger: [nps('a', 10, T0)],
      pass: true,
    },
    {
      name: 'any response to a campaign',
      requires: { campaign: 'survey' },
      ledger: [entry('s', 'share', T0, { campaignId: 'survey' })],
      pass: true,
    },
    {
      name: 'a dismiss is not a response',
      requires: { campaign: 'survey' },
      ledger: [entry('d', 'dismiss', T0, { campaignId: 'survey' })],
      pass: false,
    },
    {
      name: 'within 30 days, 29 days old',
      requires: { npsSegment: ['promoter'], within: 30 * DAY },
      ledger: [nps('a', 10, T0 - 29 * DAY)],
      pass: true,
    },
    {
      name: 'within 30 days, exactly 30 days old',
      requires: { npsSegment: ['promoter'], within: 30 * DAY },
      ledger: [nps('a', 10, T0 - 30 * DAY)],
      pass: false,
    },
    {
      name: 'same time, ties broken by id',
      requires: { npsSegment: ['promoter'] },
      ledger: [nps('b', 10, T0), nps('a', 2, T0)],
      pass: true,
    },
  ])('$name', ({ requires, ledger, pass }) => {
    const subject = requires === undefined ? {} : { requires };
    const result = requiresGate(subject, env(T0, ledger));
    expect(result).toEqual(
      pass ? { gate: 'requires', pass } : { gate: 'requires', pass, reason: 'REQUIRES_UNMET' },
    );
  });
});
