import type { Campaign } from '../types/campaign.js';
import type { GateResult, TriggerMatch } from '../types/decision.js';
import { type GateEnv, verdict } from './env.js';

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
  const delay = campaign.delay ?? 0;
  const showAt =
    trigger === undefined || delay <= 0
      ? -Infinity
      : Math.max(trigger.at, env.context.pageStartedAt) + delay;
  return verdict('delay', env.now >= showAt, 'DELAYED', showAt);
}
