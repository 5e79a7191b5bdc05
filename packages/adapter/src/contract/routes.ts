/**
 * Method and path of the six endpoints of contract v1, without their schemas: the HTTP
 * backend reads this table, so the browser bundle carries no zod.
 */
export const routes = {
  campaigns: { method: 'GET', path: '/v1/campaigns' },
  referral: { method: 'POST', path: '/v1/referrals' },
  offer: { method: 'GET', path: '/v1/referrals/:code' },
  claim: { method: 'POST', path: '/v1/referrals/:code/claims' },
  stats: { method: 'GET', path: '/v1/advocates/me/stats' },
  events: { method: 'POST', path: '/v1/events' },
} as const;

/** The names of the endpoints: `campaigns`, `referral`, `offer`, `claim`, `stats`, `events`. */
export type EndpointName = keyof typeof routes;

/**
 * The concrete path of an endpoint, with `:code` filled in (URI-encoded).
 *
 * @example
 * ```ts
 * endpointPath('claim', { code: 'ANNA-7K2' }); // '/v1/referrals/ANNA-7K2/claims'
 * ```
 */
export function endpointPath(name: EndpointName, params: { code?: string } = {}): string {
  return routes[name].path.replace(':code', encodeURIComponent(params.code ?? ''));
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
  return `${routes[name].method} ${routes[name].path}`;
}
