// Where a trigger fired: matching signals, or a moment computed from the page context
// (time on page, idle, session start, page-view count) so those need no sensor or polling.
import { compare } from '../match/compare.js';
import type { PropertyFilter } from '../types/condition.js';
import type { PageContext, Signal } from '../types/snapshot.js';
import type { Trigger } from '../types/trigger.js';

/**
 * Receives one time a trigger fired: when, its identity for `oncePerTrigger`, where, and the
 * signal's id (absent when computed). Computed occurrences belong to the current page and
 * session. A callback rather than a list, so a decision allocates nothing per occurrence.
 */
export type OccurrenceVisitor = (
  at: number,
  key: string,
  pageId: string,
  sessionId: string,
  signalId: string | undefined,
) => void;

function filtersMatch(signal: Signal, where: readonly PropertyFilter[] | undefined): boolean {
  if (where === undefined) return true;
  const props = signal.props;
  // Own properties only: a host page's additions to Object.prototype (or a filter on
  // `constructor`) must never look like a property the signal carries.
  return where.every((filter) =>
    compare(props && Object.hasOwn(props, filter.prop) ? props[filter.prop] : undefined, filter),
  );
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

/** Reports every occurrence of a trigger: matching signals, then the computed one if any. */
export function forEachOccurrence(
  trigger: Trigger,
  campaignId: string,
  context: PageContext,
  signals: readonly Signal[],
  visit: OccurrenceVisitor,
): void {
  for (const signal of signals) {
    if (signalMatches(trigger, signal, campaignId)) {
      visit(signal.at, signal.key ?? signal.id, signal.pageId, signal.sessionId, signal.id);
    }
  }
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
      if ((context.pageviews ?? 1) < trigger.count) return;
      at = context.pageStartedAt;
      key = `session:${context.sessionId}`;
      break;
    default:
      return;
  }
  visit(at, key, context.pageId, context.sessionId, undefined);
}
