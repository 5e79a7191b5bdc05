import type { Campaign } from '../types/campaign.js';
import type { GateResult } from '../types/decision.js';
import { fail, type GateEnv, pass } from './env.js';

/**
 * Gate 7b, NPS fatigue: no NPS prompt, of any campaign, within `policy.npsFatigue` of the
 * visitor's latest NPS answer to any campaign (0 turns it off). Survey practice asks a
 * customer for a score at most once a quarter; per-campaign `frequency` cannot see the
 * other campaigns' answers. It ends exactly `npsFatigue` ms after that answer.
 */
export function npsFatigueGate(
  campaign: Pick<Campaign, 'kind'>,
  env: Pick<GateEnv, 'now' | 'policy' | 'ledger'>,
): GateResult {
  // Without an answer `until` is -Infinity; with the rule off (0) it is the answer's time.
  const until = (env.ledger.latestNpsAnswer?.at ?? -Infinity) + env.policy.npsFatigue;
  return campaign.kind === 'nps' && env.now < until
    ? fail('fatigue', 'NPS_FATIGUE', until)
    : pass('fatigue');
}
