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
import { routes } from './routes.js';

/**
 * The six endpoints of contract v1: method, path, the request body schema (when there is a
 * body) and the 2xx response schema. The reference server and the OpenAPI document read this
 * table; the HTTP backend reads `routes` (the same table without schemas).
 *
 * - Every request carries the `X-Grapevine-Site-Key` header.
 * - `POST /v1/referrals` carries the advocate in its body; `GET /v1/advocates/me/stats`
 *   in the `X-Grapevine-Advocate` header.
 * - `GET /v1/referrals/:code` answers 404 for an unknown code (`offer()` resolves `null`).
 * - Non-2xx answers carry `errorBodySchema`.
 */
export const endpoints = {
  campaigns: { ...routes.campaigns, response: campaignsResponseSchema },
  referral: { ...routes.referral, body: referralRequestSchema, response: referralSchema },
  offer: { ...routes.offer, response: friendOfferSchema },
  claim: { ...routes.claim, body: friendClaimSchema, response: claimSchema },
  stats: { ...routes.stats, response: advocateStatsSchema },
  events: { ...routes.events, body: eventBatchSchema, response: sendResultSchema },
} as const;
