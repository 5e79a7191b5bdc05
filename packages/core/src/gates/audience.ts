import { matches } from '../match/condition.js';
import type { Campaign } from '../types/campaign.js';
import type { GateResult } from '../types/decision.js';
import { type GateEnv, verdict } from './env.js';

/** Gate 4, audience: who the visitor is (traits, device, locale). */
export function audienceGate(
  campaign: Pick<Campaign, 'audience'>,
  env: Pick<GateEnv, 'visitor' | 'context' | 'path'>,
): GateResult {
  return verdict('audience', matches(campaign.audience, env), 'AUDIENCE_MISMATCH');
}
