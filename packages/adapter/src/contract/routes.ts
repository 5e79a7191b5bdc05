/**
 * The endpoints of contract v1 as `'METHOD /path'`, without their schemas: the HTTP
 * backend reads this table, so the browser bundle carries no zod. Errors name endpoints by
 * these strings.
 */
export const routes = {
  campaigns: 'GET /v1/campaigns',
  referral: 'POST /v1/referrals',
  offer: 'GET /v1/referrals/:code',
  claim: 'POST /v1/referrals/:code/claims',
  stats: 'GET /v1/advocates/me/stats',
  ledger: 'GET /v1/advocates/me/ledger',
  events: 'POST /v1/events',
} as const;

/** The names of the endpoints: `campaigns`, `referral`, `offer`, `claim`, `stats`, `ledger`, `events`. */
export type EndpointName = keyof typeof routes;

/**
 * An endpoint's method and path.
 *
 * @example
 * ```ts
 * endpointRoute('events'); // { method: 'POST', path: '/v1/events' }
 * ```
 */
export function endpointRoute(name: EndpointName): { method: 'GET' | 'POST'; path: string } {
  const [method, path] = routes[name].split(' ') as ['GET' | 'POST', string];
  return { method, path };
}

/**
 * The concrete path of an endpoint, with `:code` filled in (URI-encoded).
 *
 * @example
 * ```ts
 * endpointPath('claim', { code: 'ANNA-7K2' }); // '/v1/referrals/ANNA-7K2/claims'
 * ```
 */
export function endpointPath(name: EndpointName, params: { code?: string } = {}): string {
  return endpointRoute(name).path.replace(':code', encodeURIComponent(params.code ?? ''));
}

/**
 * How errors name an endpoint.
 *
 * @example
 * ```ts
 * endpointLabel('events'); // 'POST /v1/events'
 * ```
 */
export function endpointLabel(name: EndpointName): string {
  return routes[name];
}
