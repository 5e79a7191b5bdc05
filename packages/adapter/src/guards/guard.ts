// Browser-side contract guards: one small interpreter over a compact description of each
// response (see `responses.ts`) instead of zod's parser, so the adapter the widget loads
// (ky + outbox + guards) fits its 7 kB budget. The zod schemas in `../contract` stay the source
// of truth (types, OpenAPI, server validation); a test feeds both the same valid fixtures and
// systematic mutations of them and requires the same verdict on the same field paths.
import { ContractError, type ContractIssue } from '../errors/contract-error.js';

/**
 * The shape of a response: a leaf type (a key of `leaves`, or enum values joined by `|`),
 * `[item]` for an array, or `{ field: shape }` for an object. A field whose name ends in `?`
 * is optional. Unknown extra fields are dropped (forward compatibility).
 */
export type Shape = string | readonly [Shape] | { readonly [field: string]: Shape };

const matches = (pattern: RegExp) => (value: unknown) =>
  typeof value === 'string' && pattern.test(value);

// Leaf types by the words their messages use (`expected http(s) url`).
const leaves: Record<string, (value: unknown) => boolean> = {
  // Campaigns are validated later, by `@grapevine/core/schema`.
  anything: () => true,
  string: (value) => typeof value === 'string',
  'number ≥ 0': (value) => typeof value === 'number' && value >= 0,
  'whole number ≥ 0': (value) => Number.isSafeInteger(value) && (value as number) >= 0,
  'score 0–10': (value) =>
    Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10,
  id: matches(/^[\s\S]{1,128}$/),
  'referral code': matches(/^[\w-]{1,64}$/),
  'coupon code': matches(/^[\s\S]{1,64}$/),
  currency: matches(/^[A-Z]{3}$/),
  datetime: matches(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/),
  // An absolute `http:`/`https:` URL; `javascript:` and friends are refused.
  'http(s) url': matches(/^https?:\/\/[^\s/?#]+\S*$/i),
};

/**
 * Checks `value` against `shape` at `path`, pushing an issue per broken field.
 * Returns the cleaned value (unknown fields dropped).
 */
export function check(
  shape: Shape,
  value: unknown,
  path: string,
  issues: ContractIssue[],
): unknown {
  let expected = 'object';
  if (typeof shape === 'string') {
    const leaf = leaves[shape];
    if (leaf ? leaf(value) : shape.split('|').includes(value as string)) return value;
    expected = leaf ? shape : `one of ${shape.replaceAll('|', ', ')}`;
  } else if (Array.isArray(shape)) {
    // Array.from visits holes too, as zod does.
    if (Array.isArray(value)) {
      return Array.from(value, (item, index) => check(shape[0], item, `${path}[${index}]`, issues));
    }
    expected = 'array';
  } else if (typeof value === 'object' && value && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const [field, inner] of Object.entries(shape)) {
      const key = field.replace('?', '');
      // Own fields only: a host's `Object.prototype` addition is not an answer's field.
      const item = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
      const checked =
        item === undefined && key !== field
          ? item
          : check(inner, item, path ? `${path}.${key}` : key, issues);
      if (checked !== undefined) out[key] = checked;
    }
    return out;
  }
  issues.push({
    path,
    message: value === undefined ? `required ${expected}, missing` : `expected ${expected}`,
  });
  return value;
}

/**
 * Checks a value against a shape and returns it cleaned and typed as `T`, or throws a
 * {@link ContractError} naming the first broken field.
 */
export function guarded<T>(shape: Shape, value: unknown, where: string): T {
  const issues: ContractIssue[] = [];
  const cleaned = check(shape, value, '', issues);
  if (issues.length > 0) throw new ContractError(where, issues);
  return cleaned as T;
}
