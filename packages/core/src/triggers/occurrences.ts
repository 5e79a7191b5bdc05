// Where a trigger fired: matching signals, or a moment computed from the page context
// (time on page, idle, session start, page-view count) so those need no sensor or polling.
import { compare } from '../match/compare.js';
import type { PropertyFilter } from '../types/condition.js';
import type { PageContext, Signal } from '../types/snapshot.js';
import type { Trigger } from '../types/trigger.js';

/** One time a trigger fired. Computed occurrences belong to the current page and session. */
export interface Occurrence {
  at: number;
  /** Identity for `oncePerTrigger`. */
  key: string;
  pageId: string;
  sessionId: string;
  signalId?: string;
}

function filtersMatch(signal: Signal, where: readonly PropertyFilter[] | undefined): boolean {
  if (where === undefined) return true;
  return where.every((filter) => compare(signal.props?.[filter.prop], filter));
}

function signalMatches(trigger: Trigger, signal: Signal, campaignId: string): boolean {
  // Signal types are named after the triggers they feed.
  if (signal.type !== trigger.type) return false;
  switch (trigger.type) {
    case 'purchase':
      return filtersMatch(signal, trigger.where);
    case 'event':
      return signal.name === trigger.name && filtersMatch(signal, trigger.where);
    case 'scroll-depth': {
      const percent = signal.props?.percent;
      return typeof percent === 'number' && percent >= trigger.percent;
    }
    case 'element-visible':
      return signal.name === trigger.selector;
    case 'manual':
      return signal.name === campaignId;
    default:
      return trigger.type === 'pageview' || trigger.type === 'exit-intent';
  }
}

function fromSignal(signal: Signal): Occurrence {
  return {
    at: signal.at,
    key: signal.key ?? signal.id,
    pageId: signal.pageId,
    sessionId: signal.sessionId,
    signalId: signal.id,
  };
}

function computed(trigger: Trigger, context: PageContext): Occurrence | undefined {
  let at: number;
  let key = `page:${context.pageId}`;
  switch (trigger.type) {
    case 'pageview':
      at = context.pageStartedAt;
      break;
    case 'time-on-page':
      at = context.pageStartedAt + trigger.duration;
      break;
    case 'idle': {
      // Each burst of activity starts a new idle period, so it is a new occurrence.
      const since = context.lastActivityAt ?? context.pageStartedAt;
      at = since + trigger.duration;
      key += `:idle:${since}`;
      break;
    }
    case 'session-start':
      at = context.sessionStartedAt;
      key = `session:${context.sessionId}`;
      break;
    case 'pageview-count':
      if ((context.pageviews ?? 1) < trigger.count) return undefined;
      at = context.pageStartedAt;
      key = `session:${context.sessionId}`;
      break;
    default:
      return undefined;
  }
  return { at, key, pageId: context.pageId, sessionId: context.sessionId };
}

/** Every occurrence of a trigger: matching signals, then the computed one if any. */
export function occurrences(
  trigger: Trigger,
  campaignId: string,
  context: PageContext,
  signals: readonly Signal[],
): Occurrence[] {
  const found: Occurrence[] = [];
  for (const signal of signals) {
    if (signalMatches(trigger, signal, campaignId)) found.push(fromSignal(signal));
  }
  const current = computed(trigger, context);
  if (current !== undefined) found.push(current);
  return found;
}
