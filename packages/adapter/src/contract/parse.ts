import { withoutInheritedKeys } from '@grapevine/core';
import { ContractError, type ContractIssue } from '../errors/contract-error.js';
import { describeValue } from '../errors/describe-value.js';
import type * as z from './zod.js';

/** A zod issue as far as the contract reads it. */
interface RawIssue {
  code: string;
  path: readonly PropertyKey[];
  input?: unknown;
  expected?: string;
  values?: readonly unknown[];
  options?: readonly unknown[];
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

/** `['events', 2, 'id']` → `events[2].id`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function describe(issue: RawIssue): string {
  const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `required ${issue.expected}, missing`
        : `expected ${issue.expected}, received ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `expected one of ${list(issue.values ?? [])}`;
    case 'invalid_union':
      return issue.options ? `expected one of ${list(issue.options)}` : 'matches no allowed shape';
    case 'invalid_format':
      return `expected ${issue.format} format`;
    case 'too_small':
      return `too small (minimum ${String(issue.minimum)})`;
    case 'too_big':
      return `too big (maximum ${String(issue.maximum)})`;
    default:
      return issue.code.replaceAll('_', ' ');
  }
}

/** The outcome of {@link checkContract}: the parsed value, or the issues naming each field. */
export type ContractCheck<T> =
  | { ok: true; value: T }
  | { ok: false; issues: ContractIssue[]; error: ContractError };

/**
 * Validates `data` against a contract schema without throwing. Unknown extra fields are
 * stripped, not rejected. Meant for servers validating requests.
 *
 * @example
 * ```ts
 * const checked = checkContract(friendClaimSchema, await c.req.json(), 'POST /v1/referrals/:code/claims request');
 * if (!checked.ok) return c.json({ error: { code: 'invalid-request', message: checked.error.message } }, 400);
 * ```
 */
export function checkContract<S extends z.ZodMiniType>(
  schema: S,
  data: unknown,
  where: string,
): ContractCheck<z.output<S>> {
  // zod walks shapes with `for…in`: a page's `Object.prototype` addition (the memory backend
  // runs in browsers) would crash it.
  const result = withoutInheritedKeys(() => schema.safeParse(data, { reportInput: true }));
  if (result.success) return { ok: true, value: result.data };
  const issues = (result.error.issues as readonly RawIssue[]).map((issue) => ({
    path: formatPath(issue.path),
    message: describe(issue),
  }));
  return { ok: false, issues, error: new ContractError(where, issues) };
}

/**
 * Validates `data` against a contract schema and returns the typed value, or throws a
 * {@link ContractError} naming the first offending field.
 *
 * @example
 * ```ts
 * const referral = parseContract(referralSchema, json, 'POST /v1/referrals response');
 * ```
 */
export function parseContract<S extends z.ZodMiniType>(
  schema: S,
  data: unknown,
  where: string,
): z.output<S> {
  const checked = checkContract(schema, data, where);
  if (checked.ok) return checked.value;
  throw checked.error;
}

/** Parses JSON text, or throws a {@link ContractError} (`(root): malformed JSON`). */
export function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ContractError(where, [{ path: '', message: 'malformed JSON' }], { cause });
  }
}
