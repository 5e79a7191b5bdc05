import { epochMsSchema, idSchema, labelSchema } from './primitives.js';
import * as z from './zod.js';

/**
 * The customer who may refer friends. `signature` is the hex HMAC-SHA256 that the shop's
 * server computes over `${id ?? ''}|${email ?? ''}|${signedAt}` (see `signAdvocate` in
 * `@grapevine/adapter/server`).
 */
export const advocateSchema = z.object({
  id: z.exactOptional(idSchema),
  email: z.exactOptional(z.string().check(z.minLength(3), z.maxLength(254))),
  name: z.exactOptional(labelSchema),
  signature: z.exactOptional(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
  signedAt: z.exactOptional(epochMsSchema),
});

/** Body of `POST /v1/referrals`. */
export const referralRequestSchema = z.object({ advocate: advocateSchema });
