import { resolveMessages } from './content.js';
import { evaluateCampaign, finishCampaign } from './evaluate.js';
import { leaseBlock } from './gates/arbitration.js';
import { capsGate } from './gates/caps.js';
import type { GateEnv } from './gates/env.js';
import { indexLedger } from './ledger-index.js';
import { pathOf } from './match/url.js';
import { resolvePolicy } from './policy.js';
import type { Config } from './types/config.js';
import type { Decision } from './types/decision.js';
import type { Snapshot } from './types/snapshot.js';
import { DEFAULT_VARIANT, pickVariant } from './variant.js';

function gateEnv(config: Config, snapshot: Snapshot): GateEnv {
  const { now, visitor, context, signals } = snapshot;
  const ledger = indexLedger(snapshot.ledger, context);
  // Named fields rather than `...snapshot`: copying the whole snapshot took longer.
  return {
    policy: resolvePolicy(config.policy),
    ledger,
    now,
    visitor,
    context,
    signals,
    path: pathOf(context.url),
    lease: snapshot.lease ?? {},
    consent: snapshot.consent ?? 'pending',
    clockFloor: Math.max(snapshot.lastDecisionAt ?? -Infinity, ledger.latestAt),
  };
}

/**
 * Decides which prompt, if any, to show for this snapshot. Pure: the same config and
 * snapshot always give the same decision; no clock, randomness or storage is read.
 * Every campaign runs through the gates (system → schedule → context → audience →
 * requires → trigger → frequency → fatigue → caps → sampling → arbitration → delay) and gets an
 * explanation; the earliest time a blocked campaign may become eligible is `nextCheckAt`.
 * @example
 * const decision = decide(config, snapshot);
 * if (decision.action === 'show') mount(decision.campaign, decision.variantId);
 * else if (decision.nextCheckAt !== undefined) setTimer(decision.nextCheckAt - snapshot.now);
 */
export function decide(config: Config, snapshot: Snapshot): Decision {
  const env = gateEnv(config, snapshot);
  const caps = capsGate(env);
  const evaluations = config.campaigns.map((campaign) => evaluateCampaign(campaign, env, caps));
  let winner: (typeof evaluations)[number] | undefined;
  for (const evaluation of evaluations) {
    if (!evaluation.candidate || leaseBlock(evaluation.campaign, env) !== undefined) continue;
    if (
      winner === undefined ||
      (evaluation.campaign.priority ?? 0) > (winner.campaign.priority ?? 0)
    ) {
      winner = evaluation;
    }
  }
  const winnerId = winner?.campaign.id;
  const explanations = evaluations.map((evaluation) => finishCampaign(evaluation, env, winnerId));
  const decision: Decision = { action: 'none', explanations };
  // Every `eligibleAt` is in the future: gates only report an `until` after `now`.
  for (const { eligibleAt = Infinity } of explanations) {
    if (eligibleAt < (decision.nextCheckAt ?? Infinity)) decision.nextCheckAt = eligibleAt;
  }
  if (winner === undefined) return decision;
  // The winner passed gates 1–10 by construction, so only its delay can hold it back.
  decision.action = explanations[evaluations.indexOf(winner)]?.eligible ? 'show' : 'schedule';
  decision.campaign = winner.campaign;
  const variant = pickVariant(winner.campaign, env.visitor.id);
  decision.variantId = variant?.id ?? DEFAULT_VARIANT;
  decision.messages = resolveMessages(
    env.context.locale,
    winner.campaign.content,
    variant?.content,
  );
  if (winner.match !== undefined) decision.trigger = winner.match;
  return decision;
}
