import type { Campaign } from '../types/campaign.js';
import type { GateResult } from '../types/decision.js';
import { fail, type GateEnv, pass } from './env.js';

/** Gate 2, schedule: `start` inclusive, `end` exclusive. */
export function scheduleGate(
  campaign: Pick<Campaign, 'schedule'>,
  env: Pick<GateEnv, 'now'>,
): GateResult {
  const { start, end } = campaign.schedule ?? {};
  if (start !== undefined && env.now < start) return fail('schedule', 'NOT_STARTED', start);
  if (end !== undefined && env.now >= end) return fail('schedule', 'ENDED');
  return pass('schedule');
}
