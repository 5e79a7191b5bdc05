import { z } from 'zod';
import { HttpError } from '../../errors.js';

/** A platform id: a string, or an integer (large ones arrive as strings, see parsePlatformJson). */
export const platformId = z
  .union([
    z.string().regex(/^[A-Za-z0-9_.:#/-]{1,128}$/, 'expected an id of 1–128 characters'),
    z.number().int().nonnegative(),
  ])
  .transform(String);

/** A timestamp as ISO 8601 text (Shopify) in epoch ms. */
export const isoTime = z
  .string()
  .refine((text) => !Number.isNaN(Date.parse(text)), 'expected a date-time')
  .transform((text) => Date.parse(text));

/** An email as the platform has it; malformed addresses are left out (the service normalizes). */
export const optionalEmail = z
  .string()
  .nullish()
  .transform((value) => (value && /^[^\s@]+@[^\s@]+$/.test(value) ? value : undefined));

/**
 * Validates a signed payload against the fields Grapevine reads (other fields pass).
 * @throws HttpError 400 `invalid-payload` naming the first wrong fields, e.g. `refund.transactions[0].amount`.
 */
export function readPayload<S extends z.ZodType>(
  schema: S,
  json: unknown,
  root: string,
): z.output<S> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.map((part) =>
      typeof part === 'number' ? `[${part}]` : `.${String(part)}`,
    );
    return `${root}${path.join('')}: ${issue.message}`;
  });
  throw new HttpError(400, 'invalid-payload', problems.join('; '));
}

/** `{ key: value }` entries without the keys whose value is `undefined` (exact optional types). */
export function defined<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
