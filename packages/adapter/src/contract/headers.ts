import { type Advocate, stringifyJson } from '@grapevine/core';

/** The contract version; the first segment of every path. */
export const CONTRACT_VERSION = 'v1';

/** Request header carrying the site key (public: it identifies the site, it is not a secret). */
export const SITE_KEY_HEADER = 'X-Grapevine-Site-Key';

/**
 * Request header carrying the advocate for `GET /v1/advocates/me/stats` (a GET has no body):
 * `encodeURIComponent(JSON.stringify(advocate))`. See {@link encodeAdvocateHeader}.
 */
export const ADVOCATE_HEADER = 'X-Grapevine-Advocate';

/**
 * Encodes an advocate for the `X-Grapevine-Advocate` header: URI-encoded JSON, so names and
 * emails outside Latin-1 survive (header values must be bytes).
 *
 * @example
 * ```ts
 * headers.set(ADVOCATE_HEADER, encodeAdvocateHeader({ id: 'c_42', signedAt, signature }));
 * ```
 */
export function encodeAdvocateHeader(advocate: Advocate): string {
  return encodeURIComponent(stringifyJson(advocate));
}
