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
  switch (trigger.type) {
    case 'purchase':
      return signal.type === 'purchase' && filtersMatch(signal, trigger.where);
    case 'event':
      return (
        signal.type === 'event' &&
        signal.name === trigger.name &&
        filtersMatch(signal, trigger.where)
      );
    case 'pageview':
      return signal.type === 'pageview';
    case 'scroll-depth': {
      const percent = signal.props?.percent;
      return (
        signal.type === 'scroll-depth' && typeof percent === 'number' && percent >= trigger.percent
      );
    }
    case 'exit-intent':
      return signal.type === 'exit-intent';
    case 'element-visible':
      return signal.type === 'element-visible' && signal.name === trigger.selector;
    case 'manual':
      return signal.type === 'manual' && signal.name === campaignId;
    default:
      return false;
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
  const here = { pageId: context.pageId, sessionId: context.sessionId };
  switch (trigger.type) {
    case 'pageview':
      return { at: context.pageStartedAt, key: `page:${context.pageId}`, ...here };
    case 'time-on-page':
      return {
        at: context.pageStartedAt + trigger.duration,
        key: `page:${context.pageId}`,
        ...here,
      };
    case 'idle': {
      const since = context.lastActivityAt ?? context.pageStartedAt;
      return { at: since + trigger.duration, key: `idle:${context.pageId}:${since}`, ...here };
    }
    case 'session-start':
      return { at: context.sessionStartedAt, key: `session:${context.sessionId}`, ...here };
    case 'pageview-count':
      return (context.pageviews ?? 1) >= trigger.count
        ? { at: context.pageStartedAt, key: `session:${context.sessionId}`, ...here }
        : undefined;
    default:
      return undefined;
  }
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
