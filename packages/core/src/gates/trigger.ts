import { forEachOccurrence } from '../triggers/occurrences.js';
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
  pageId: string,
  sessionId: string,
  context: Pick<PageContext, 'pageId' | 'sessionId'>,
): boolean {
  if (scope === undefined || scope === 'page') return pageId === context.pageId;
  if (scope === 'session') return sessionId === context.sessionId;
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
  const { now, context, signals } = env;
  let match: TriggerMatch | undefined;
  let opensAt = Infinity;
  let expired = false;
  campaign.triggers.forEach((trigger, index) => {
    const { scope, after = 0, within = Infinity } = trigger;
    const lasts = typeof scope === 'object' ? Math.min(within, scope.persistFor) : within;
    forEachOccurrence(
      trigger,
      campaign.id,
      context,
      signals,
      (at, key, pageId, sessionId, signalId) => {
        if (!inScope(scope, pageId, sessionId, context)) return;
        if (now >= at + lasts) {
          expired = true;
        } else if (now < at + after) {
          opensAt = Math.min(opensAt, at + after);
        } else if (match === undefined || at > match.at || (at === match.at && key > match.key)) {
          match = { key, at, index };
          if (signalId !== undefined) match.signalId = signalId;
        }
      },
    );
  });
  if (match !== undefined) return { result: pass('trigger'), match };
  if (opensAt !== Infinity) {
    return { result: fail('trigger', 'TRIGGER_TOO_EARLY', opensAt) };
  }
  return { result: fail('trigger', expired ? 'TRIGGER_EXPIRED' : 'NO_TRIGGER') };
}
