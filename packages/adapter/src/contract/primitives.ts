import * as z from './zod.js';

/** A non-empty identifier up to 128 characters (event ids, visitor ids, order ids…). */
export const idSchema = z.string().check(z.minLength(1), z.maxLength(128));

/** A referral code: 1–64 letters, digits, `_` or `-`, safe in a URL path. */
export const referralCodeSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

/** Milliseconds since the Unix epoch. */
export const epochMsSchema = z.number().check(z.int(), z.minimum(0));

/** A count. */
export const countSchema = z.number().check(z.int(), z.minimum(0));

/** An ISO 4217 currency code such as `EUR`. */
export const currencySchema = z.string().check(z.regex(/^[A-Z]{3}$/));

/** An ISO 8601 date-time string. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** An `http:` or `https:` URL; anything else (e.g. `javascript:`) is rejected. */
export const httpUrlSchema = z.url({ protocol: /^https?$/ });

/** Free text shown to people; always rendered as text, never HTML. */
export const labelSchema = z.string().check(z.maxLength(200));
