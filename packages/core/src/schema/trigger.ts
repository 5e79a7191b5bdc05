import * as z from 'zod/mini';
import { duration, name, propertyFilters } from './primitives.js';

const TYPES = [
  'purchase',
  'event',
  'pageview',
  'time-on-page',
  'scroll-depth',
  'exit-intent',
  'idle',
  'element-visible',
  'session-start',
  'pageview-count',
  'manual',
] as const;

/** Triggers that need no option may be written as their type name: `"exit-intent"`. */
const BARE = ['purchase', 'pageview', 'exit-intent', 'session-start', 'manual'];

function timing() {
  return {
    scope: z.optional(
      z.union([z.enum(['page', 'session']), z.strictObject({ persistFor: duration() })], {
        error: 'expected "page", "session" or { persistFor: duration }',
      }),
    ),
    after: z.optional(duration()),
    within: z.optional(duration()),
  };
}

/** One trigger: a `{ type, … }` object or a bare type name. */
export function trigger() {
  const shape = <T extends string, S extends z.core.$ZodLooseShape>(type: T, extra: S) =>
    z.strictObject({ type: z.literal(type), ...timing(), ...extra });
  const object = z.discriminatedUnion(
    'type',
    [
      shape('purchase', { where: z.optional(propertyFilters()) }),
      shape('event', { name: name(), where: z.optional(propertyFilters()) }),
      shape('pageview', {}),
      shape('time-on-page', { duration: duration() }),
      shape('scroll-depth', { percent: z.number().check(z.gte(0), z.lte(100)) }),
      shape('exit-intent', {}),
      shape('idle', { duration: duration() }),
      shape('element-visible', { selector: name() }),
      shape('session-start', {}),
      shape('pageview-count', { count: z.int().check(z.gte(1)) }),
      shape('manual', {}),
    ],
    { error: `expected a trigger type: ${TYPES.join(', ')}` },
  );
  return z.pipe(
    z.transform((input: unknown) =>
      typeof input === 'string' && BARE.includes(input) ? { type: input } : input,
    ),
    object,
  );
}
