import { epochMsSchema, idSchema, labelSchema } from './primitives.js';
import * as z from './zod.js';

/**
 * The customer who may refer friends. `signature` is `v2=` and the hex HMAC-SHA256 that the
 * shop's server computes over id, email and name, each length-prefixed, and `signedAt` (see
 * `signAdvocate` in `@grapevine/adapter/server`). A bare 64-hex version 1 signature still
 * parses, so the server can answer it with 401 `outdated` rather than a schema error.
 */
export const advocateSchema = z.object({
  id: z.exactOptional(idSchema),
  email: z.exactOptional(z.string().check(z.minLength(3), z.maxLength(254))),
  name: z.exactOptional(labelSchema),
  signature: z.exactOptional(z.string().check(z.regex(/^(v2=)?[0-9a-f]{64}$/))),
  signedAt: z.exactOptional(epochMsSchema),
});

/**
 * Body of `POST /v1/referrals`. `visitorId`: the advocate's own anonymous visitor id; with a
 * valid signature the server remembers that this visitor is the advocate (for self-referral
 * checks). Unsigned ids in events are never trusted for that.
 */
export const referralRequestSchema = z.object({
  advocate: advocateSchema,
  visitorId: z.exactOptional(idSchema),
});
