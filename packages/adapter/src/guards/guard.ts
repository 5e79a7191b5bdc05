// Browser-side contract guards: a few hundred bytes instead of zod's parser, so the adapter
// the widget loads (ky + outbox + guards) fits its 7 kB budget. The zod schemas in
// `../contract` stay the source of truth (types, OpenAPI, server validation); a test feeds
// both the same valid fixtures and systematic mutations of them and requires the same verdict
// on the same field paths.
import { ContractError, type ContractIssue } from '../errors/contract-error.js';
import { describeValue } from '../errors/describe-value.js';

/** Checks `value` at `path`, pushing an issue per broken field. Returns the cleaned value. */
export type Guard = (value: unknown, path: string, issues: ContractIssue[]) => unknown;

const child = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** A `typeof` check plus an optional refinement with its message. */
function primitive(
  expected: 'string' | 'number',
  refine?: (value: never) => boolean,
  message?: string,
): Guard {
  return (value, path, issues) => {
    if (typeof value !== expected) {
      issues.push({
        path,
        message:
          value === undefined
            ? `required ${expected}, missing`
            : `expected ${expected}, received ${describeValue(value)}`,
      });
    } else if (refine && !refine(value as never)) {
      issues.push({ path, message: message ?? 'invalid' });
    }
    return value;
  };
}

export const string = primitive('string');
/** A finite number ≥ 0. */
export const amount = primitive('number', (n: number) => n >= 0, 'too small (minimum 0)');
/** An integer ≥ 0. */
export const count = primitive(
  'number',
  (n: number) => Number.isSafeInteger(n) && n >= 0,
  'expected a whole number ≥ 0',
);
/** A string matching `pattern`. */
export const matching = (pattern: RegExp, what: string) =>
  primitive('string', (s: string) => pattern.test(s), `expected ${what} format`);
/** An absolute `http:`/`https:` URL; `javascript:` and friends are refused. */
export const httpUrl = matching(/^https?:\/\/[^\s/?#]+[^\s]*$/i, 'url');

/** One of the given string literals. */
export function oneOf(...values: string[]): Guard {
  return (value, path, issues) => {
    if (!values.includes(value as string)) {
      issues.push({ path, message: `expected one of ${values.map((v) => `"${v}"`).join(', ')}` });
    }
    return value;
  };
}

/** An optional field: `undefined` (absent) passes, anything else must pass `guard`. */
export function optional(guard: Guard): Guard {
  return (value, path, issues) => (value === undefined ? value : guard(value, path, issues));
}

/** An array whose items pass `item`. */
export function list(item: Guard): Guard {
  return (value, path, issues) => {
    if (!Array.isArray(value)) {
      issues.push({ path, message: `expected array, received ${describeValue(value)}` });
      return value;
    }
    // Array.from visits holes too, as zod does.
    return Array.from(value, (entry, index) => item(entry, `${path}[${index}]`, issues));
  };
}

/** An object with these fields; unknown extra fields are dropped (forward compatibility). */
export function object(fields: Record<string, Guard>): Guard {
  return (value, path, issues) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      issues.push({ path, message: `expected object, received ${describeValue(value)}` });
      return value;
    }
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, guard] of Object.entries(fields)) {
      const checked = guard(input[key], child(path, key), issues);
      if (checked !== undefined) out[key] = checked;
    }
    return out;
  };
}

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
