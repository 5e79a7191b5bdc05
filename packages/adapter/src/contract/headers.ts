/** The contract version; the first segment of every path. */
export const CONTRACT_VERSION = 'v1';

/** Request header carrying the site key (public: it identifies the site, it is not a secret). */
export const SITE_KEY_HEADER = 'X-Grapevine-Site-Key';

/**
 * Request header carrying the advocate for `GET /v1/advocates/me/stats` (a GET has no body):
 * `encodeURIComponent(JSON.stringify(advocate))`. See {@link encodeAdvocateHeader}.
 */
export const ADVOCATE_HEADER = 'X-Grapevine-Advocate';
