// Property tests: `decide` does not depend on ledger order or duplicate entries, and
// appending an answer never makes an until-responded campaign eligible again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Campaign, decide, type LedgerEntry, record } from '../../src/index.js';
import { campaign, config, DAY, HOUR, snapshot, T0 } from '../helpers.js';

const CAMPAIGNS: Campaign[] = [
  campaign({
    id: 'nps',
    frequency: { untilResponded: true, dismissGap: 21 * DAY, maxImpressions: 3, snooze: 7 * DAY },
  }),
  campaign({
    id: 'referral',
    kind: 'referral',
    priority: 1,
    requires: { npsSegment: ['promoter'] },
    frequency: { maxImpressions: 2, recurring: 30 * DAY, dismissGap: 3 * DAY },
  }),
  campaign({ id: 'friend', kind: 'friend-offer', frequency: { once: true } }),
];
const POLICY = { quietPeriod: 2 * DAY, maxPerSession: 2, maxPerPage: 1 };
const NOW = T0 + 200 * DAY;

const entryArb: fc.Arbitrary<Omit<LedgerEntry, 'id'>> = fc.record({
  type: fc.constantFrom<LedgerEntry['type']>(
    'impression',
    'dismiss',
    'snooze',
    'nps',
    'share',
    'opt-out',
  ),
  at: fc.integer({ min: T0, max: NOW }),
  campaignId: fc.constantFrom('nps', 'referral', 'friend'),
  pageId: fc.constantFrom('p1', 'p2'),
  sessionId: fc.constantFrom('s1', 's2'),
  score: fc.integer({ min: 0, max: 10 }),
  until: fc.integer({ min: T0, max: NOW + 30 * DAY }),
});

const ledgerArb = fc
  .array(entryArb, { maxLength: 25 })
  .map((entries) => entries.map((item, index): LedgerEntry => ({ ...item, id: `e${index}` })));

function decideWith(ledger: readonly LedgerEntry[], now = NOW) {
  return decide(config(CAMPAIGNS, POLICY), snapshot(now, { ledger }));
}

describe('decide properties', () => {
  it('does not depend on ledger order or duplicate entries', () => {
    fc.assert(
      fc.property(
        ledgerArb.chain((ledger) =>
          fc.tuple(
            fc.constant(ledger),
            fc.shuffledSubarray(ledger, { minLength: ledger.length, maxLength: ledger.length }),
            fc.subarray(ledger),
          ),
        ),
        ([ledger, shuffled, duplicates]) => {
          const messy = [...shuffled, ...duplicates];
          expect(decideWith(messy)).toEqual(decideWith(ledger));
        },
      ),
    );
  });

  it('appending an answer never makes an until-responded campaign eligible again', () => {
    fc.assert(
      fc.property(
        ledgerArb,
        fc.integer({ min: T0, max: NOW }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 100 }),
        (ledger, answeredAt, score, hoursLater) => {
          const now = NOW + hoursLater * HOUR;
          const answer: LedgerEntry = {
            id: 'answer',
            type: 'nps',
            at: answeredAt,
            campaignId: 'nps',
            pageId: 'p1',
            sessionId: 's1',
            score,
          };
          const after = decideWith(record(ledger, answer), now).explanations[0];
          // Stronger than "not again": with an answer on record it is never eligible.
          expect(after?.eligible).toBe(false);
          expect(after?.gates[6]?.reason).toBe('ALREADY_RESPONDED');
        },
      ),
    );
  });
});
