import type { Condition } from '../types/condition.js';
import type { PageContext, Visitor } from '../types/snapshot.js';
import { compare } from './compare.js';
import { urlAllowed } from './url.js';

/** What a condition can look at. */
export interface ConditionSubject {
  visitor: Pick<Visitor, 'traits'>;
  context: Pick<PageContext, 'url' | 'device' | 'locale'>;
  /** `pathOf(context.url)`. */
  path: string;
}

/** Whether a locale (`da-DK`) is one of the wanted ones or a more specific form of one. */
export function localeMatches(locale: string, wanted: readonly string[]): boolean {
  const actual = locale.toLowerCase();
  return wanted.some((entry) => {
    const want = entry.toLowerCase();
    return actual === want || actual.startsWith(`${want}-`);
  });
}

/**
 * Evaluates a condition tree. An absent condition matches everything.
 * @example matches({ device: ['mobile'] }, { visitor: {}, context }) // true on phones
 */
export function matches(condition: Condition | undefined, subject: ConditionSubject): boolean {
  if (condition === undefined) return true;
  if ('all' in condition) return condition.all.every((child) => matches(child, subject));
  if ('any' in condition) return condition.any.some((child) => matches(child, subject));
  if ('not' in condition) return !matches(condition.not, subject);
  if ('trait' in condition) return compare(subject.visitor.traits?.[condition.trait], condition);
  if ('url' in condition) {
    const { url } = subject.context;
    return urlAllowed(url, subject.path, condition.url);
  }
  if ('device' in condition) return condition.device.includes(subject.context.device);
  return localeMatches(subject.context.locale, condition.locale);
}
