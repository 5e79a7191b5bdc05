import { matches } from '../match/condition.js';
import type { Campaign } from '../types/campaign.js';
import type { GateResult } from '../types/decision.js';
import { fail, type GateEnv, pass } from './env.js';

/** Gate 3, context: where the visitor is (URL, device, locale). */
export function contextGate(
  campaign: Pick<Campaign, 'context'>,
  env: Pick<GateEnv, 'visitor' | 'context'>,
): GateResult {
  return matches(campaign.context, env) ? pass('context') : fail('context', 'CONTEXT_MISMATCH');
}
