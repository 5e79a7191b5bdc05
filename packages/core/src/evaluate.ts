// Runs one campaign through the gates. The driver (`decide`) runs the first nine for every
// campaign, picks the arbitration winner among those that passed, then finishes each one.

import { LazyExplanation } from './explanation.js';
import { arbitrationGate } from './gates/arbitration.js';
import { audienceGate } from './gates/audience.js';
import { contextGate } from './gates/context.js';
import { delayGate } from './gates/delay.js';
import type { GateEnv } from './gates/env.js';
import { frequencyGate } from './gates/frequency.js';
import { npsFatigueGate } from './gates/nps-fatigue.js';
import { requiresGate } from './gates/requires.js';
import { samplingGate } from './gates/sampling.js';
import { scheduleGate } from './gates/schedule.js';
import { systemGate } from './gates/system.js';
import { triggerGate } from './gates/trigger.js';
import type { Campaign } from './types/campaign.js';
import type { Explanation, GateResult, TriggerMatch } from './types/decision.js';

/** A campaign after the gates before arbitration. */
export interface Evaluation {
  campaign: Campaign;
  gates: GateResult[];
  /** Every gate so far passed: a candidate for arbitration. */
  candidate: boolean;
  match: TriggerMatch | undefined;
}

/**
 * Gates 1–9: system → schedule → context → audience → requires → trigger → frequency →
 * fatigue → caps → sampling.
 */
export function evaluateCampaign(campaign: Campaign, env: GateEnv, caps: GateResult): Evaluation {
  const { result, match } = triggerGate(campaign, env);
  const gates = [
    systemGate(campaign, env),
    scheduleGate(campaign, env),
    contextGate(campaign, env),
    audienceGate(campaign, env),
    requiresGate(campaign, env),
    result,
    frequencyGate(campaign, env, match),
    npsFatigueGate(campaign, env),
    caps,
    samplingGate(campaign, env),
  ];
  let candidate = true;
  for (const gate of gates) candidate &&= gate.pass;
  return { campaign, gates, candidate, match };
}

/** Gates 10–11 (arbitration, delay) and the explanation. */
export function finishCampaign(
  evaluation: Evaluation,
  env: GateEnv,
  winnerId: string | undefined,
): Explanation {
  const { campaign, gates, match } = evaluation;
  gates.push(arbitrationGate(campaign, env, winnerId), delayGate(campaign, env, match));
  // One pass for the first failing gate and when every failing gate has ended: the latest
  // `until`, or NaN (never by itself) once one of them has none.
  let failed: GateResult | undefined;
  let again = -Infinity;
  for (const gate of gates) {
    if (gate.pass) continue;
    failed ??= gate;
    again = Math.max(again, gate.until ?? NaN);
  }
  const explanation = new LazyExplanation(campaign, env.visitor.id, failed === undefined, gates);
  if (failed?.reason !== undefined) explanation.reason = failed.reason;
  if (again > -Infinity) explanation.eligibleAt = again;
  if (match !== undefined) explanation.trigger = match;
  return explanation;
}
