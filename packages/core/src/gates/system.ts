import type { Campaign } from '../types/campaign.js';
import type { GateResult } from '../types/decision.js';
import { fail, type GateEnv, pass } from './env.js';

/**
 * Gate 1, system: kill switch, consent, opt-outs and the clock. A `now` earlier than a time
 * already seen means the clock went backwards: nothing shows until it catches up, so
 * backwards time is never counted as elapsed.
 */
export function systemGate(
  campaign: Pick<Campaign, 'id'>,
  env: Pick<GateEnv, 'now' | 'policy' | 'consent' | 'ledger' | 'clockFloor'>,
): GateResult {
  if (env.policy.killSwitch) return fail('system', 'KILL_SWITCH');
  if (env.consent === 'denied') return fail('system', 'CONSENT_DENIED');
  if (env.policy.consentRequired && env.consent !== 'granted') {
    return fail('system', 'CONSENT_PENDING');
  }
  if (env.ledger.globalOptOut) return fail('system', 'GLOBAL_OPT_OUT');
  if (env.ledger.optedOut.has(campaign.id)) return fail('system', 'OPTED_OUT');
  if (env.now < env.clockFloor) {
    return fail('system', 'CLOCK_SKEW', env.clockFloor);
  }
  return pass('system');
}
