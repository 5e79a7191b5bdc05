import { matches } from '../match/condition.js';
import type { Campaign } from '../types/campaign.js';
import type { GateResult } from '../types/decision.js';
import { type GateEnv, verdict } from './env.js';

/** Gate 3, context: where the visitor is (URL, device, locale). */
export function contextGate(
  campaign: Pick<Campaign, 'context'>,
  env: Pick<GateEnv, 'visitor' | 'context' | 'path'>,
): GateResult {
  return verdict('context', matches(campaign.context, env), 'CONTEXT_MISMATCH');
}
