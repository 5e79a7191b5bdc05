import type { Campaign } from '../types/campaign.js';
import type { GateResult, TriggerMatch } from '../types/decision.js';
import { fail, type GateEnv, pass } from './env.js';

/**
 * Gate 11, delay: show `delay` ms after the trigger, on the same page. The delay counts from
 * the later of the trigger and the page start, so after a navigation (a new page) it starts
 * over and nothing shows at the old deadline; the decision is taken again when it ends.
 */
export function delayGate(
  campaign: Pick<Campaign, 'delay'>,
  env: Pick<GateEnv, 'now' | 'context'>,
  trigger: Pick<TriggerMatch, 'at'> | undefined,
): GateResult {
  if (campaign.delay === undefined || campaign.delay <= 0 || trigger === undefined) {
    return pass('delay');
  }
  const showAt = Math.max(trigger.at, env.context.pageStartedAt) + campaign.delay;
  return env.now < showAt ? fail('delay', 'DELAYED', showAt) : pass('delay');
}
