import { NO_END } from '../infinity.js';
import { occurrences } from '../triggers/occurrences.js';
import type { Campaign } from '../types/campaign.js';
import type { GateResult, TriggerMatch } from '../types/decision.js';
import type { PageContext } from '../types/snapshot.js';
import type { TriggerScope } from '../types/trigger.js';
import { fail, type GateEnv, pass } from './env.js';

/** The trigger gate's result and, when it passed, the occurrence that fired. */
export interface TriggerVerdict {
  result: GateResult;
  match?: TriggerMatch;
}

function inScope(
  scope: TriggerScope | undefined,
  occurrence: { pageId: string; sessionId: string },
  context: Pick<PageContext, 'pageId' | 'sessionId'>,
): boolean {
  if (scope === undefined || scope === 'page') return occurrence.pageId === context.pageId;
  if (scope === 'session') return occurrence.sessionId === context.sessionId;
  return true;
}

/**
 * Gate 6, trigger: an occurrence in scope whose time frame holds now, i.e.
 * `at + after <= now < at + within` (and `< at + persistFor` for persistent scope).
 * Passes with the latest such occurrence; otherwise reports the earliest time one opens
 * (`TRIGGER_TOO_EARLY`), that they all closed (`TRIGGER_EXPIRED`), or `NO_TRIGGER`.
 */
export function triggerGate(
  campaign: Pick<Campaign, 'id' | 'triggers'>,
  env: Pick<GateEnv, 'now' | 'context' | 'signals'>,
): TriggerVerdict {
  const { now, context } = env;
  let match: TriggerMatch | undefined;
  let opensAt = NO_END;
  let expired = false;
  campaign.triggers.forEach((trigger, index) => {
    for (const occurrence of occurrences(trigger, campaign.id, context, env.signals)) {
      if (!inScope(trigger.scope, occurrence, context)) continue;
      const start = occurrence.at + (trigger.after ?? 0);
      let end = trigger.within === undefined ? NO_END : occurrence.at + trigger.within;
      if (typeof trigger.scope === 'object')
        end = Math.min(end, occurrence.at + trigger.scope.persistFor);
      if (now >= end) {
        expired = true;
      } else if (now < start) {
        opensAt = Math.min(opensAt, start);
      } else if (
        match === undefined ||
        occurrence.at > match.at ||
        (occurrence.at === match.at && occurrence.key > match.key)
      ) {
        match = { key: occurrence.key, at: occurrence.at, index };
        if (occurrence.signalId !== undefined) match.signalId = occurrence.signalId;
      }
    }
  });
  if (match !== undefined) return { result: pass('trigger'), match };
  if (opensAt !== NO_END) {
    return { result: fail('trigger', 'TRIGGER_TOO_EARLY', opensAt) };
  }
  return { result: fail('trigger', expired ? 'TRIGGER_EXPIRED' : 'NO_TRIGGER') };
}
