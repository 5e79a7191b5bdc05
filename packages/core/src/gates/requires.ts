import { historyOf } from '../ledger-index.js';
import { isNpsScore, segment } from '../nps.js';
import type { Campaign } from '../types/campaign.js';
import type { GateResult } from '../types/decision.js';
import { type GateEnv, pass, verdict } from './env.js';

/**
 * Gate 5, requires: a prerequisite answer. The latest answer counts (a promoter who later
 * answers 3 is a detractor now). With `npsSegment` it is the latest NPS answer (of
 * `requires.campaign` if given) and its segment must be listed; with only `campaign`, any
 * response to that campaign; with neither, any NPS answer. `within` bounds its age.
 */
export function requiresGate(
  campaign: Pick<Campaign, 'requires'>,
  env: Pick<GateEnv, 'now' | 'ledger'>,
): GateResult {
  const requires = campaign.requires;
  if (requires === undefined) return pass('requires');
  const { campaign: source, npsSegment, within } = requires;
  const answer =
    source === undefined
      ? env.ledger.latestNpsAnswer
      : historyOf(env.ledger, source)[npsSegment ? 'nps' : 'response'];
  const met =
    answer !== undefined &&
    (npsSegment === undefined ||
      (isNpsScore(answer.score) && npsSegment.includes(segment(answer.score)))) &&
    (within === undefined || env.now < answer.at + within);
  return verdict('requires', met, 'REQUIRES_UNMET');
}
