// Small zod/mini building blocks. Functions, not module-level schemas: they are built when
// `parseConfig` runs, so importing this entry costs nothing until a config is parsed.
import * as z from 'zod/mini';
import { MESSAGE_KEYS } from '../message-keys.js';
import { type ConditionProblem, checkComparison, checkCondition } from './condition.js';
import { DURATION_MESSAGE, parseDuration } from './duration.js';

function report(ctx: z.core.ParsePayload, input: unknown, problems: readonly ConditionProblem[]) {
  for (const problem of problems) {
    ctx.issues.push({ code: 'custom', message: problem.message, path: problem.path, input });
  }
}

/** A duration: ms number or "90s" / "3h" / "14d" → ms. */
export function duration() {
  return z.pipe(
    z.union([z.number(), z.string()], { error: DURATION_MESSAGE }),
    z.transform((input, ctx) => {
      const ms = parseDuration(input);
      if (ms === undefined) {
        ctx.issues.push({ code: 'custom', message: DURATION_MESSAGE, input });
        return z.NEVER;
      }
      return ms;
    }),
  );
}

const INSTANT_MESSAGE = 'expected an ISO 8601 date or ms since the epoch';

/** A point in time: ms since the epoch or an ISO 8601 string → ms. */
export function instant() {
  return z.pipe(
    z.union([z.number(), z.string()], { error: INSTANT_MESSAGE }),
    z.transform((input, ctx) => {
      const ms = typeof input === 'number' ? input : Date.parse(input);
      if (!Number.isFinite(ms)) {
        ctx.issues.push({ code: 'custom', message: INSTANT_MESSAGE, input });
        return z.NEVER;
      }
      return ms;
    }),
  );
}

/** A condition tree (hand-checked; see condition.ts). */
export function condition() {
  return z.pipe(
    z.unknown(),
    z.transform((input, ctx) => {
      const problems: ConditionProblem[] = [];
      const result = checkCondition(input, [], problems);
      if (result === undefined) {
        report(ctx, input, problems);
        return z.NEVER;
      }
      return result;
    }),
  );
}

/** Property filters: `[{ prop, op, value }]`. */
export function propertyFilters() {
  return z.pipe(
    z.array(z.record(z.string(), z.unknown())),
    z.transform((input, ctx) => {
      const problems: ConditionProblem[] = [];
      input.forEach((filter, index) => {
        if (typeof filter.prop !== 'string') {
          problems.push({ path: [index, 'prop'], message: 'expected a property name' });
        }
        checkComparison(filter, [index], problems);
      });
      report(ctx, input, problems);
      return input;
    }),
  );
}

/** A non-empty string. */
export function name() {
  return z.string().check(z.minLength(1, 'expected a non-empty string'));
}

/** An http(s) URL. */
export function httpUrl() {
  return z.string().check(z.regex(/^https?:\/\/\S+$/, 'expected an http(s) URL'));
}

/** Copy overrides: locale → message key → text. A key no message has is an error naming it. */
export function content() {
  return z.pipe(
    z.record(z.string(), z.record(z.string(), z.string())),
    z.transform((input, ctx) => {
      const known = new Set(MESSAGE_KEYS);
      for (const [locale, messages] of Object.entries(input)) {
        for (const key of Object.keys(messages)) {
          if (known.has(key)) continue;
          ctx.issues.push({
            code: 'custom',
            message: 'unknown message key',
            path: [locale, key],
            input,
          });
        }
      }
      return input;
    }),
  );
}
