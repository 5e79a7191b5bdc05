import type { Campaign } from '../types/campaign.js';
import type { GateResult } from '../types/decision.js';
import { fail, type GateEnv, pass } from './env.js';

/**
 * What the lease says about a campaign: another tab holds it, or a prompt is open (this
 * campaign's own prompt always blocks it; another one only with `oneAtATime`).
 * `undefined` when neither blocks. The driver picks the winner among the unblocked.
 */
export function leaseBlock(
  campaign: Pick<Campaign, 'id'>,
  env: Pick<GateEnv, 'policy' | 'lease'>,
): GateResult | undefined {
  if (env.policy.oneTabAtATime && env.lease.heldByOtherTab) {
    return fail('arbitration', 'OTHER_TAB');
  }
  const open = env.lease.openPromptId;
  if (open !== undefined && (env.policy.oneAtATime || open === campaign.id)) {
    return fail('arbitration', 'PROMPT_OPEN');
  }
  return undefined;
}

/**
 * Gate 10, arbitration: the lease (another tab, an open prompt), then priority: the winner
 * is the unblocked campaign with the highest priority (ties: earlier in the config) among
 * those that passed every earlier gate.
 */
export function arbitrationGate(
  campaign: Pick<Campaign, 'id'>,
  env: Pick<GateEnv, 'policy' | 'lease'>,
  winnerId: string | undefined,
): GateResult {
  const blocked = leaseBlock(campaign, env);
  if (blocked !== undefined) return blocked;
  if (winnerId !== undefined && winnerId !== campaign.id) {
    return fail('arbitration', 'LOWER_PRIORITY', undefined, `${winnerId} goes first`);
  }
  return pass('arbitration');
}
