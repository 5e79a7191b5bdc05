import { entriesOf, isResponse, latest } from '../ledger-index.js';
import { isNpsScore, segment } from '../nps.js';
import type { Campaign } from '../types/campaign.js';
import type { GateResult } from '../types/decision.js';
import type { LedgerEntry } from '../types/ledger.js';
import { fail, type GateEnv, pass } from './env.js';

/**
 * Gate 5, requires: a prerequisite answer. With `npsSegment`, the latest NPS answer (of
 * `requires.campaign` if given) must be in one of the segments; with only `campaign`, the
 * visitor must have responded to that campaign.
 */
export function requiresGate(
  campaign: Pick<Campaign, 'requires'>,
  env: Pick<GateEnv, 'now' | 'ledger'>,
): GateResult {
  const requires = campaign.requires;
  if (requires === undefined) return pass('requires');
  let answer: LedgerEntry | undefined;
  if (requires.npsSegment !== undefined) {
    const candidates =
      requires.campaign === undefined
        ? env.ledger.npsAnswers
        : entriesOf(env.ledger, requires.campaign).filter((entry) => entry.type === 'nps');
    answer = latest(candidates);
    if (answer === undefined)
      return fail('requires', 'REQUIRES_UNMET', undefined, 'no NPS answer yet');
    if (!isNpsScore(answer.score) || !requires.npsSegment.includes(segment(answer.score))) {
      return fail('requires', 'REQUIRES_UNMET', undefined, `latest NPS answer is ${answer.score}`);
    }
  } else if (requires.campaign !== undefined) {
    answer = latest(entriesOf(env.ledger, requires.campaign).filter(isResponse));
    if (answer === undefined) {
      return fail('requires', 'REQUIRES_UNMET', undefined, `no response to ${requires.campaign}`);
    }
  }
  if (
    answer !== undefined &&
    requires.within !== undefined &&
    env.now >= answer.at + requires.within
  ) {
    return fail('requires', 'REQUIRES_UNMET', undefined, 'the answer is too old');
  }
  return pass('requires');
}
