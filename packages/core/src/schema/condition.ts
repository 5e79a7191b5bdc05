// The condition tree is recursive and its node kinds are told apart by key, which zod's
// unions report poorly ("invalid input"); this hand-written check names the exact field.
import type { Condition, UrlPattern } from '../types/condition.js';

/** A problem found in a condition, relative to the condition's root. */
export interface ConditionProblem {
  path: PropertyKey[];
  message: string;
}

const OPERATORS = ['=', '!=', '>', '>=', '<', '<=', 'in', 'not-in', 'exists', 'missing'];
const DEVICES = ['desktop', 'mobile', 'tablet'];
const MATCHES = ['exact', 'prefix', 'glob', 'regex'];
const NODE_KEYS = 'all, any, not, trait, url, device or locale';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isScalar(value: unknown): boolean {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

/**
 * Checks a comparison (`op` and `value`) on a trait or property node; pushes problems.
 * Shared with trigger property filters.
 */
export function checkComparison(
  node: Record<string, unknown>,
  path: PropertyKey[],
  problems: ConditionProblem[],
): void {
  const { op, value } = node;
  if (typeof op !== 'string' || !OPERATORS.includes(op)) {
    problems.push({ path: [...path, 'op'], message: `expected one of ${OPERATORS.join(' ')}` });
    return;
  }
  if (op === 'exists' || op === 'missing') return;
  if (op === 'in' || op === 'not-in') {
    if (!Array.isArray(value) || !value.every(isScalar)) {
      problems.push({ path: [...path, 'value'], message: 'expected a list of values' });
    }
  } else if (!isScalar(value)) {
    problems.push({
      path: [...path, 'value'],
      message: 'expected a string, number, boolean or null',
    });
  }
}

function checkPattern(
  value: unknown,
  path: PropertyKey[],
  problems: ConditionProblem[],
): UrlPattern | undefined {
  // A bare string is a glob: "/checkout/*".
  if (typeof value === 'string') return { match: 'glob', value };
  if (
    !isRecord(value) ||
    typeof value.value !== 'string' ||
    !MATCHES.includes(String(value.match))
  ) {
    problems.push({
      path,
      message: 'expected a glob string or { match: exact|prefix|glob|regex, value }',
    });
    return undefined;
  }
  if (value.match === 'regex') {
    try {
      new RegExp(value.value);
    } catch {
      problems.push({ path: [...path, 'value'], message: 'expected a valid regular expression' });
    }
  }
  return { match: value.match as UrlPattern['match'], value: value.value };
}

function checkPatterns(
  value: unknown,
  path: PropertyKey[],
  problems: ConditionProblem[],
): UrlPattern[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.push({ path, message: 'expected a list of URL patterns' });
    return undefined;
  }
  return value.flatMap((item, index) => checkPattern(item, [...path, index], problems) ?? []);
}

function stringList(value: unknown, allowed: readonly string[] | undefined): value is string[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item) => typeof item === 'string' && (allowed === undefined || allowed.includes(item)),
    )
  );
}

/**
 * Validates and normalizes a condition tree (URL pattern strings become globs).
 * Returns `undefined` and pushes problems when it is not valid.
 */
export function checkCondition(
  value: unknown,
  path: PropertyKey[],
  problems: ConditionProblem[],
): Condition | undefined {
  const before = problems.length;
  const keys = isRecord(value) ? Object.keys(value) : [];
  const kind = keys.find((key) =>
    ['all', 'any', 'not', 'trait', 'url', 'device', 'locale'].includes(key),
  );
  if (!isRecord(value) || kind === undefined) {
    problems.push({ path, message: `expected a condition with one of ${NODE_KEYS}` });
    return undefined;
  }
  const extra = keys.filter(
    (key) => key !== kind && !(kind === 'trait' && (key === 'op' || key === 'value')),
  );
  for (const key of extra) problems.push({ path: [...path, key], message: 'unknown option' });
  let result: Condition | undefined;
  if (kind === 'all' || kind === 'any') {
    const children = value[kind];
    if (!Array.isArray(children)) {
      problems.push({ path: [...path, kind], message: 'expected a list of conditions' });
    } else {
      const checked = children.map((child, index) =>
        checkCondition(child, [...path, kind, index], problems),
      );
      const valid = checked.filter((child): child is Condition => child !== undefined);
      result = kind === 'all' ? { all: valid } : { any: valid };
    }
  } else if (kind === 'not') {
    const child = checkCondition(value.not, [...path, 'not'], problems);
    if (child !== undefined) result = { not: child };
  } else if (kind === 'trait') {
    if (typeof value.trait !== 'string')
      problems.push({ path: [...path, 'trait'], message: 'expected a trait name' });
    checkComparison(value, path, problems);
    result = value as unknown as Condition;
  } else if (kind === 'url') {
    const url = value.url;
    if (!isRecord(url)) {
      problems.push({ path: [...path, 'url'], message: 'expected { include?, exclude? }' });
    } else {
      const include = checkPatterns(url.include, [...path, 'url', 'include'], problems);
      const exclude = checkPatterns(url.exclude, [...path, 'url', 'exclude'], problems);
      result = { url: { ...(include && { include }), ...(exclude && { exclude }) } };
    }
  } else if (kind === 'device') {
    if (!stringList(value.device, DEVICES)) {
      problems.push({
        path: [...path, 'device'],
        message: 'expected a list of desktop, mobile, tablet',
      });
    } else result = { device: value.device as Array<'desktop' | 'mobile' | 'tablet'> };
  } else if (!stringList(value.locale, undefined)) {
    problems.push({
      path: [...path, 'locale'],
      message: 'expected a list of locales like "da-DK"',
    });
  } else result = { locale: value.locale };
  return problems.length === before ? result : undefined;
}
