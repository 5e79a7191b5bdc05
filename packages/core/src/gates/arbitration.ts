import type { Campaign } from '../types/campaign.js';
import type { GateResult } from '../types/decision.js';
import { fail, type GateEnv, pass } from './env.js';

/**
 * Gate 10, arbitration: another tab holds the lease, a prompt is already open, or a
 * campaign with a higher priority (or the same priority, earlier in the config) also
 * passed every earlier gate.
 */
export function arbitrationGate(
  campaign: Pick<Campaign, 'id'>,
  env: Pick<GateEnv, 'policy' | 'lease'>,
  winnerId: string | undefined,
): GateResult {
  if (env.policy.oneTabAtATime && env.lease.heldByOtherTab) {
    return fail('arbitration', 'OTHER_TAB');
  }
  const open = env.lease.openPromptId;
  if (open !== undefined && (env.policy.oneAtATime || open === campaign.id)) {
    return fail('arbitration', 'PROMPT_OPEN', undefined, `${open} is open`);
  }
  if (winnerId !== undefined && winnerId !== campaign.id) {
    return fail('arbitration', 'LOWER_PRIORITY', undefined, `${winnerId} goes first`);
  }
  return pass('arbitration');
}
