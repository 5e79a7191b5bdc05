// Browser-side contract guards: a few hundred bytes instead of zod's parser, so the adapter
// the widget loads (ky + outbox + guards) fits its 7 kB budget. The zod schemas in
// `../contract` stay the source of truth (types, OpenAPI, server validation); a test feeds
// both the same valid fixtures and systematic mutations of them and requires the same verdict
// on the same field paths.
import { ContractError, type ContractIssue } from '../errors/contract-error.js';

/** Checks `value` at `path`, pushing an issue per broken field. Returns the cleaned value. */
export type Guard = (value: unknown, path: string, issues: ContractIssue[]) => unknown;

/** A guard that tests the value itself; containers add their own recursion on top. */
function check(test: (value: unknown) => boolean, expected: string): Guard {
  return (value, path, issues) => {
    if (!test(value)) {
      const message =
        value === undefined ? `required ${expected}, missing` : `expected ${expected}`;
      issues.push({ path, message });
    }
    return value;
  };
}

const isString = (value: unknown): value is string => typeof value === 'string';

export const string = check(isString, 'string');
/** A finite number ≥ 0. */
export const amount = check((value) => typeof value === 'number' && value >= 0, 'number ≥ 0');
/** An integer ≥ 0. */
export const count = check(
  (value) => Number.isSafeInteger(value) && (value as number) >= 0,
  'whole number ≥ 0',
);
/** A string matching `pattern`. */
export const matching = (pattern: RegExp, what: string) =>
  check((value) => isString(value) && pattern.test(value), what);
/** An absolute `http:`/`https:` URL; `javascript:` and friends are refused. */
export const httpUrl = matching(/^https?:\/\/[^\s/?#]+\S*$/i, 'http(s) url');

/** One of the given string literals. */
export const oneOf = (...values: string[]) =>
  check((value) => values.includes(value as string), `one of ${values.join(', ')}`);

/** An optional field: `undefined` (absent) passes, anything else must pass `guard`. */
export const optional =
  (guard: Guard): Guard =>
  (value, path, issues) =>
    value === undefined ? value : guard(value, path, issues);

const isArray = check(Array.isArray, 'array');
const isObject = check(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'object',
);

/** An array whose items pass `item`. */
export const list =
  (item: Guard): Guard =>
  (value, path, issues) => {
    const before = issues.length;
    isArray(value, path, issues);
    // Array.from visits holes too, as zod does.
    return issues.length > before
      ? value
      : Array.from(value as unknown[], (entry, index) => item(entry, `${path}[${index}]`, issues));
  };

/** An object with these fields; unknown extra fields are dropped (forward compatibility). */
export const object =
  (fields: Record<string, Guard>): Guard =>
  (value, path, issues) => {
    const before = issues.length;
    isObject(value, path, issues);
    if (issues.length > before) return value;
    const out: Record<string, unknown> = {};
    for (const [key, guard] of Object.entries(fields)) {
      const checked = guard(
        (value as Record<string, unknown>)[key],
        path ? `${path}.${key}` : key,
        issues,
      );
      if (checked !== undefined) out[key] = checked;
    }
    return out;
  };

/** Anything at all (campaigns are validated later by `@grapevine/core/schema`). */
export const anything: Guard = (value) => value;

/**
 * Runs a guard and returns the cleaned value typed as `T`, or throws a {@link ContractError}
 * naming the first broken field.
 */
export function guarded<T>(guard: Guard, value: unknown, where: string): T {
  const issues: ContractIssue[] = [];
  const cleaned = guard(value, '', issues);
  if (issues.length > 0) throw new ContractError(where, issues);
  return cleaned as T;
}
