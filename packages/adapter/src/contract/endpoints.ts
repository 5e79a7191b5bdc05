import { referralRequestSchema } from './advocate.js';
import { eventBatchSchema, sendResultSchema } from './events.js';
import { customerLedgerQuerySchema, customerLedgerSchema } from './ledger.js';
import {
  advocateStatsSchema,
  campaignsResponseSchema,
  claimSchema,
  friendClaimSchema,
  friendOfferQuerySchema,
  friendOfferSchema,
  referralSchema,
} from './referral.js';
import { endpointRoute } from './routes.js';

/**
 * The seven endpoints of contract v1: method, path, the request body schema (when there is a
 * body), the query schema (when there is a query) and the 2xx response schema. The reference
 * server and the OpenAPI document read this table; the HTTP backend reads `routes` (the same
 * table without schemas, as `'METHOD /path'` strings).
 *
 * - Every request carries the `X-Grapevine-Site-Key` header.
 * - `POST /v1/referrals` carries the advocate in its body; `GET /v1/advocates/me/stats` and
 *   `GET /v1/advocates/me/ledger` in the `X-Grapevine-Advocate` header.
 * - `GET /v1/referrals/:code` answers 404 for an unknown code (`offer()` resolves `null`);
 *   its optional `?visitorId=` turns on the self-referral check (`status: 'self-referral'`).
 * - Non-2xx answers carry `errorBodySchema`.
 */
export const endpoints = {
  campaigns: { ...endpointRoute('campaigns'), response: campaignsResponseSchema },
  referral: { ...endpointRoute('referral'), body: referralRequestSchema, response: referralSchema },
  offer: { ...endpointRoute('offer'), query: friendOfferQuerySchema, response: friendOfferSchema },
  claim: { ...endpointRoute('claim'), body: friendClaimSchema, response: claimSchema },
  stats: { ...endpointRoute('stats'), response: advocateStatsSchema },
  ledger: {
    ...endpointRoute('ledger'),
    query: customerLedgerQuerySchema,
    response: customerLedgerSchema,
  },
  events: { ...endpointRoute('events'), body: eventBatchSchema, response: sendResultSchema },
} as const;
