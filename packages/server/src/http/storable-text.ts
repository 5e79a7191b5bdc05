import { formatPath } from '@grapevine/adapter/contract';
import { HttpError } from '../errors.js';

/** A string PostgreSQL `text` and `jsonb` refuse, and where it sits in the parsed JSON. */
export interface UnstorableText {
  /** The JSON path (`events[2].comment`), or `(root)`. */
  path: string;
  problem: string;
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function problemOf(text: string): string | undefined {
  // Valid JSON may spell both with `\u` escapes; neither survives the database.
  if (text.includes('\u0000')) return 'may not contain U+0000';
  if (LONE_SURROGATE.test(text)) return 'contains a lone UTF-16 surrogate (not valid Unicode)';
  return undefined;
}

/**
 * The first string, or object key, in parsed JSON that the database cannot store: U+0000
 * or a lone UTF-16 surrogate (`"\ud800"` is valid JSON but not valid Unicode).
 */
export function findUnstorableText(
  value: unknown,
  path: PropertyKey[] = [],
): UnstorableText | undefined {
  if (typeof value === 'string') {
    const problem = problemOf(value);
    return problem ? { path: formatPath(path) || '(root)', problem } : undefined;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findUnstorableText(value[index], [...path, index]);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const keyProblem = problemOf(key);
      if (keyProblem) {
        return { path: formatPath(path) || '(root)', problem: `a key ${keyProblem}` };
      }
      const found = findUnstorableText(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Refuses parsed JSON holding text the database cannot store, naming the field.
 * @param where prefixes the path, e.g. the header the JSON came from
 * @throws HttpError 400 `invalid-request`
 */
export function assertStorableText(value: unknown, where?: string): void {
  const found = findUnstorableText(value);
  if (!found) return;
  const path = where ? (found.path === '(root)' ? where : `${where}.${found.path}`) : found.path;
  throw new HttpError(400, 'invalid-request', `${path}: ${found.problem}`);
}
