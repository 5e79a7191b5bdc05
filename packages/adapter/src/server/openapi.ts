import { advocateSchema, referralRequestSchema } from '../contract/advocate.js';
import { errorBodySchema } from '../contract/error-body.js';
import * as events from '../contract/events.js';
import { ADVOCATE_HEADER, SITE_KEY_HEADER } from '../contract/headers.js';
import * as ledger from '../contract/ledger.js';
import { referralCodeSchema } from '../contract/primitives.js';
import * as referral from '../contract/referral.js';
import { type EndpointName, endpointRoute, routes } from '../contract/routes.js';
import * as z from '../contract/zod.js';
import {
  type ServerOperation,
  serverComponents,
  serverOperations,
  serverSignatureScheme,
} from './openapi-server.js';

type Schema = z.ZodMiniType;

/** Named components, in document order. */
const components: [string, Schema, string][] = [
  ['ReferralCode', referralCodeSchema, 'A referral code, safe in a URL path.'],
  [
    'Advocate',
    advocateSchema,
    'The customer who refers; signed by the shop server: signature = "v2=" + hex HMAC-SHA256(site secret, "v2|<len>:<id>|<len>:<email>|<len>:<name>|<signedAt>"), <len> the UTF-8 byte length of the field, a missing field empty ("0:"). signAdvocate() in @grapevine/adapter/server computes it. A version 1 signature (bare hex) is refused with 401.',
  ],
  ['ReferralRequest', referralRequestSchema, 'Body of POST /v1/referrals.'],
  ['Reward', referral.rewardSchema, 'What one side of a referral gets.'],
  ['ReferralOffer', referral.referralOfferSchema, 'The double-sided offer.'],
  ['Referral', referral.referralSchema, "The advocate's personal link and code."],
  ['OfferStatus', referral.offerStatusSchema, 'Whether an offer can still be claimed.'],
  ['FriendOffer', referral.friendOfferSchema, 'What a referred friend is offered.'],
  ['FriendClaim', referral.friendClaimSchema, 'Body of POST /v1/referrals/{code}/claims.'],
  ['Claim', referral.claimSchema, 'The outcome of a claim; a coupon when claimed.'],
  ['AdvocateStats', referral.advocateStatsSchema, "The advocate's programme numbers."],
  [
    'CustomerLedgerEntry',
    ledger.customerLedgerEntrySchema,
    'One entry of the signed customer\'s ledger: what the rules read of it (channel "email": an emailed ask, an answer through an email link, an email unsubscribe as a global-opt-out).',
  ],
  [
    'CustomerLedger',
    ledger.customerLedgerSchema,
    "The signed customer's entries from other channels and devices, newest first (at most 100).",
  ],
  ['Campaigns', referral.campaignsResponseSchema, 'Campaigns (validated by @grapevine/core).'],
  ['ShareChannel', events.shareChannelSchema, 'Where a link was shared.'],
  ['PurchaseEvent', events.purchaseEventSchema, 'An order was placed.'],
  ['ImpressionEvent', events.impressionEventSchema, 'A prompt was shown.'],
  ['DismissEvent', events.dismissEventSchema, 'A prompt was dismissed.'],
  ['SnoozeEvent', events.snoozeEventSchema, 'A prompt was snoozed.'],
  ['OptOutEvent', events.optOutEventSchema, 'The visitor opted out of prompts.'],
  ['NpsAnswerEvent', events.npsAnswerEventSchema, 'An NPS answer.'],
  [
    'NpsCommentEvent',
    events.npsCommentEventSchema,
    'A comment on an NPS answer already sent (by `answerId`); the latest comment wins.',
  ],
  ['ShareEvent', events.shareEventSchema, 'The referral link was shared.'],
  ['CopyEvent', events.copyEventSchema, 'The referral link was copied.'],
  ['FriendClaimEvent', events.friendClaimEventSchema, 'A friend claimed the offer.'],
  ['ReferralCapturedEvent', events.referralCapturedEventSchema, 'A visitor arrived via a code.'],
  ['Event', events.eventSchema, 'Any event; `id` is client-generated and unique.'],
  ['DropReport', events.dropReportSchema, 'Events the client dropped since its last batch.'],
  ['EventBatch', events.eventBatchSchema, 'Body of POST /v1/events.'],
  ['SendResult', events.sendResultSchema, 'Ids stored now and ids already stored.'],
  ['Error', errorBodySchema, 'The body of every non-2xx answer.'],
  ...serverComponents,
];

interface Operation {
  summary: string;
  body?: string;
  response: string;
  errors: Record<string, string>;
}

/**
 * What the middleware in front of every operation may answer; an operation's own `errors`
 * say more for the same status. Every one of them carries the `Error` body.
 */
export const commonErrors: Record<string, string> = {
  '401': 'Missing or unknown site key.',
  '403': 'A browser Origin this site key does not allow.',
  '429': 'Too many requests from this address; `Retry-After` (seconds) says when to try again.',
  '431': 'Request headers over 16 KB.',
  '503': 'The database is unavailable; `Retry-After` (seconds) says when to try again.',
};
/** What an operation with a request body may answer besides. */
export const bodyErrors: Record<string, string> = {
  '400':
    'The body is not JSON, breaks the contract (the message names the field), or holds text the database cannot store (U+0000, a lone UTF-16 surrogate).',
  '413': 'The body is over the size limit (64 KB by default).',
};

/** The error responses of an operation: common ones, body ones, then its own (which win). */
function errorResponses(op: { body?: string; errors: Record<string, string> }) {
  const errors: Record<string, string> = {
    ...commonErrors,
    ...(op.body ? bodyErrors : {}),
  };
  for (const [status, description] of Object.entries(op.errors)) {
    errors[status] = errors[status] ? `${description} ${errors[status]}` : description;
  }
  const responses: Record<string, unknown> = {};
  for (const status of Object.keys(errors).sort()) {
    responses[status] = { description: errors[status], ...json('Error') };
  }
  return responses;
}

const operations: Record<EndpointName, Operation> = {
  campaigns: {
    summary: 'Campaigns for the site key (cacheable).',
    response: 'Campaigns',
    errors: {},
  },
  referral: {
    summary: "Get or create the advocate's referral (idempotent per advocate).",
    body: 'ReferralRequest',
    response: 'Referral',
    errors: {
      '401': 'Missing, forged, outdated (v1) or stale advocate signature.',
      '429': 'Too many requests for this advocate.',
    },
  },
  offer: {
    summary: 'The friend offer for a code (no advocate PII beyond a first name).',
    response: 'FriendOffer',
    errors: { '400': 'A malformed code or visitorId.', '404': 'Unknown code.' },
  },
  claim: {
    summary: 'The friend claims the offer; idempotent per (code, email).',
    body: 'FriendClaim',
    response: 'Claim',
    errors: { '400': 'A malformed code or email.', '404': 'Unknown code.' },
  },
  stats: {
    summary: 'Clicks, claims, conversions and rewards for the signed advocate.',
    response: 'AdvocateStats',
    errors: {
      '400': `A malformed ${ADVOCATE_HEADER} header.`,
      '401': `Missing ${ADVOCATE_HEADER} header, or a forged, outdated (v1) or stale advocate signature.`,
      '429': 'Too many requests for this advocate.',
    },
  },
  ledger: {
    summary:
      "The signed customer's ledger entries from other channels and devices (emailed asks, answers through email links, email unsubscribes, other browsers' prompts), newest first and bounded, for the widget to merge before it decides. With ?visitorId= the browser is remembered as the customer's and its own entries are left out.",
    response: 'CustomerLedger',
    errors: {
      '400': `A malformed ${ADVOCATE_HEADER} header or visitorId.`,
      '401': `Missing ${ADVOCATE_HEADER} header, or a forged, outdated (v1) or stale advocate signature.`,
      '429': 'Too many requests for this advocate.',
    },
  },
  events: {
    summary:
      'A batch of events, stored all or nothing: every event and its effects, or (on any error) none of them. Duplicates (by id) are acknowledged, not stored twice, so a failed batch is safe to send again whole.',
    body: 'EventBatch',
    response: 'SendResult',
    errors: {},
  },
};

/** A schema's JSON Schema without the `$schema` line, to embed in a parameter. */
function inline(schema: Schema): Record<string, unknown> {
  const { $schema: _schema, ...json } = z.toJSONSchema(schema, { io: 'input' });
  return json;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ content: { 'application/json': { schema: ref(name) } } });

function operation(name: EndpointName, op: Operation): Record<string, unknown> {
  const parameters: unknown[] = [];
  if (routes[name].includes(':code')) {
    parameters.push({ name: 'code', in: 'path', required: true, schema: ref('ReferralCode') });
  }
  if (name === 'offer') {
    parameters.push({
      name: 'visitorId',
      in: 'query',
      required: false,
      description:
        "The friend's anonymous visitor id: a visitor seen acting as the code's advocate gets status self-referral.",
      // Inline: registering idSchema as a component would turn every id field into a $ref to it.
      schema: inline(referral.friendOfferQuerySchema.shape.visitorId),
    });
  }
  if (name === 'ledger') {
    parameters.push({
      name: 'visitorId',
      in: 'query',
      required: false,
      description:
        "This browser's anonymous visitor id: remembered as the signed customer's; its own entries are left out.",
      schema: inline(ledger.customerLedgerQuerySchema.shape.visitorId),
    });
  }
  if (name === 'stats' || name === 'ledger') {
    parameters.push({
      name: ADVOCATE_HEADER,
      in: 'header',
      required: true,
      description: 'encodeURIComponent(JSON.stringify(advocate)); see the Advocate schema.',
      schema: { type: 'string' },
    });
  }
  const responses: Record<string, unknown> = {
    '200': { description: 'OK', ...json(op.response) },
    ...errorResponses(op),
    default: { description: 'Any other failure (500).', ...json('Error') },
  };
  return {
    operationId: name,
    summary: op.summary,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(op.body ? { requestBody: { required: true, ...json(op.body) } } : {}),
    responses,
  };
}

/** A server-to-server operation: signed with the site's apiSecret as well as the site key. */
function serverOperation(op: ServerOperation): Record<string, unknown> {
  const responses: Record<string, unknown> = {
    '200': { description: 'OK', ...json(op.response) },
    ...errorResponses(op),
    default: { description: 'Any other failure (500).', ...json('Error') },
  };
  return {
    operationId: op.operationId,
    summary: op.summary,
    security: [{ siteKey: [], serverSignature: [] }],
    ...(op.params.length > 0
      ? {
          parameters: op.params.map(([name, description]) => ({
            name,
            in: 'path',
            required: true,
            description,
            schema: { type: 'string', minLength: 1, maxLength: 128 },
          })),
        }
      : {}),
    ...(op.body ? { requestBody: { required: !op.optionalBody, ...json(op.body) } } : {}),
    responses,
  };
}

/**
 * The OpenAPI 3.1 document of contract v1, generated from the zod schemas. Response schemas
 * are given in their input form (no `additionalProperties: false`): clients ignore unknown
 * fields.
 *
 * @example
 * ```ts
 * writeFileSync('openapi.json', `${JSON.stringify(buildOpenApi(), null, 2)}\n`);
 * ```
 */
export function buildOpenApi(): Record<string, unknown> {
  const names = z.registry<{ id: string }>();
  for (const [id, schema] of components) names.add(schema, { id });
  const generated = z.toJSONSchema(names, {
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
  }).schemas;
  const schemas: Record<string, unknown> = {};
  for (const [id, , description] of components) {
    const { $schema: _schema, $id: _id, ...schema } = generated[id] ?? {};
    schemas[id] = { description, ...schema };
  }
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, op] of Object.entries(operations) as [EndpointName, Operation][]) {
    const { method, path } = endpointRoute(name);
    const key = path.replace(':code', '{code}');
    paths[key] = { ...paths[key], [method.toLowerCase()]: operation(name, op) };
  }
  for (const op of serverOperations) {
    paths[op.path] = { ...paths[op.path], [op.method]: serverOperation(op) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Grapevine backend contract',
      version: '1.0.0',
      description:
        "Contract v1 between the Grapevine widget and any backend, and the server-to-server API a shop's own server calls (signed with its apiSecret). Generated from the zod schemas in @grapevine/adapter; do not edit by hand.",
    },
    security: [{ siteKey: [] }],
    paths,
    components: {
      securitySchemes: {
        siteKey: { type: 'apiKey', in: 'header', name: SITE_KEY_HEADER },
        serverSignature: serverSignatureScheme,
      },
      schemas,
    },
  };
}
