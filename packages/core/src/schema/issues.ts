import type * as z from 'zod/mini';

/** One problem in a config, with the path of the offending option. */
export interface ConfigError {
  /** Where, e.g. `campaigns[1].frequency.snooze`; `''` for the whole input. */
  path: string;
  /** What was expected, e.g. `expected a duration like "14d"`. */
  message: string;
}

/** `['campaigns', 1, 'frequency']` → `campaigns[1].frequency`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  int: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `expected ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return 'expected a non-empty string';
      if (issue.origin === 'array') {
        return `expected at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
      }
      return `expected ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}`;
    case 'too_big':
      return `expected ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

/** Our errors for zod's issues, each path prefixed by `prefix` (e.g. `['campaigns', 1]`). */
export function toConfigErrors(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[],
): ConfigError[] {
  return issues.flatMap((issue) =>
    // One error per unknown key, named in the path like every other error.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: formatPath([...prefix, ...issue.path, key]),
          message: 'unknown option',
        }))
      : [{ path: formatPath([...prefix, ...issue.path]), message: describe(issue) }],
  );
}
