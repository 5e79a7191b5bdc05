// Runs one campaign through the gates. The driver (`decide`) runs the first nine for every
// campaign, picks the arbitration winner among those that passed, then finishes each one.

import { LazyExplanation } from './explanation.js';
import { arbitrationGate } from './gates/arbitration.js';
import { audienceGate } from './gates/audience.js';
import { contextGate } from './gates/context.js';
import { delayGate } from './gates/delay.js';
import type { GateEnv } from './gates/env.js';
import { frequencyGate } from './gates/frequency.js';
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
  match?: TriggerMatch;
}

/** Gates 1–9: system → schedule → context → audience → requires → trigger → frequency → caps → sampling. */
export function evaluateCampaign(campaign: Campaign, env: GateEnv, caps: GateResult): Evaluation {
  const trigger = triggerGate(campaign, env);
  const gates = [
    systemGate(campaign, env),
    scheduleGate(campaign, env),
    contextGate(campaign, env),
    audienceGate(campaign, env),
    requiresGate(campaign, env),
    trigger.result,
    frequencyGate(campaign, env, trigger.match),
    caps,
    samplingGate(campaign, env),
  ];
  const evaluation: Evaluation = {
    campaign,
    gates,
    candidate: gates.every((gate) => gate.pass),
  };
  if (trigger.match !== undefined) evaluation.match = trigger.match;
  return evaluation;
}

/** When every failing gate has ended, if each of them ends by itself. */
function eligibleAt(gates: readonly GateResult[]): number | undefined {
  let at: number | undefined;
  for (const gate of gates) {
    if (gate.pass) continue;
    if (gate.until === undefined) return undefined;
    if (at === undefined || gate.until > at) at = gate.until;
  }
  return at;
}

/** Gates 10–11 (arbitration, delay) and the explanation. */
export function finishCampaign(
  evaluation: Evaluation,
  env: GateEnv,
  winnerId: string | undefined,
): Explanation {
  const { campaign } = evaluation;
  const { gates } = evaluation;
  gates.push(arbitrationGate(campaign, env, winnerId), delayGate(campaign, env, evaluation.match));
  const failed = gates.find((gate) => !gate.pass);
  const again = eligibleAt(gates);
  const explanation = new LazyExplanation(campaign, env.visitor.id, failed === undefined, gates);
  if (failed?.reason !== undefined) explanation.reason = failed.reason;
  if (again !== undefined) explanation.eligibleAt = again;
  if (evaluation.match !== undefined) explanation.trigger = evaluation.match;
  return explanation;
}
