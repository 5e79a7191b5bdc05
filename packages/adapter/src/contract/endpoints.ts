import { referralRequestSchema } from './advocate.js';
import { eventBatchSchema, sendResultSchema } from './events.js';
import {
  advocateStatsSchema,
  campaignsResponseSchema,
  claimSchema,
  friendClaimSchema,
  friendOfferSchema,
  referralSchema,
} from './referral.js';

/**
 * The six endpoints of contract v1: method, path, the request body schema (when there is a
 * body) and the 2xx response schema. The HTTP backend, the reference server and the OpenAPI
 * document all read this one table.
 *
 * - Every request carries the `X-Grapevine-Site-Key` header.
 * - `POST /v1/referrals` carries the advocate in its body; `GET /v1/advocates/me/stats`
 *   in the `X-Grapevine-Advocate` header.
 * - `GET /v1/referrals/:code` answers 404 for an unknown code (`offer()` resolves `null`).
 * - Non-2xx answers carry `errorBodySchema`.
 */
export const endpoints = {
  campaigns: { method: 'GET', path: '/v1/campaigns', response: campaignsResponseSchema },
  referral: {
    method: 'POST',
    path: '/v1/referrals',
    body: referralRequestSchema,
    response: referralSchema,
  },
  offer: { method: 'GET', path: '/v1/referrals/:code', response: friendOfferSchema },
  claim: {
    method: 'POST',
    path: '/v1/referrals/:code/claims',
    body: friendClaimSchema,
    response: claimSchema,
  },
  stats: { method: 'GET', path: '/v1/advocates/me/stats', response: advocateStatsSchema },
  events: {
    method: 'POST',
    path: '/v1/events',
    body: eventBatchSchema,
    response: sendResultSchema,
  },
} as const;

/** The names of the endpoints in {@link endpoints}. */
export type EndpointName = keyof typeof endpoints;

/**
 * The concrete path of an endpoint, with `:code` filled in (URI-encoded).
 *
 * @example
 * ```ts
 * endpointPath('claim', { code: 'ANNA-7K2' }); // '/v1/referrals/ANNA-7K2/claims'
 * ```
 */
export function endpointPath(name: EndpointName, params: { code?: string } = {}): string {
  return endpoints[name].path.replace(':code', encodeURIComponent(params.code ?? ''));
}

/** `POST /v1/referrals` and so on: how errors name an endpoint. */
export function endpointLabel(name: EndpointName): string {
  return `${endpoints[name].method} ${endpoints[name].path}`;
}
