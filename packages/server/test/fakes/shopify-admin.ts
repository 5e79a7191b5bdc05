import { randomBytes } from 'node:crypto';
import {
  type FakeAnswer,
  type FakeServer,
  startFakeServer,
  unexpectedKeys,
} from './provider-server.js';

/** What the fake shop holds. */
export interface ShopifyState {
  /** Discount codes by code (upper case): the node GID and the input it was created with. */
  discounts: Map<string, { id: string; input: Record<string, unknown> }>;
  giftCards: Map<string, { id: string; input: Record<string, unknown> }>;
  /** Query cost left in the bucket; a request above it is THROTTLED. */
  available: number;
}

/** A fake Shopify Admin GraphQL API and its state. */
export interface FakeShopify extends FakeServer {
  state: ShopifyState;
}

const BUCKET = 2_000;
const RESTORE_RATE = 100;
const COST = { mutation: 10, query: 1 };

const CODE_INPUT = [
  'appliesOncePerCustomer',
  'code',
  'combinesWith',
  'context',
  'customerGets',
  'endsAt',
  'minimumRequirement',
  'recurringCycleLimit',
  'startsAt',
  'title',
  'usageLimit',
  'customerSelection',
];
const GIFT_CARD_INPUT = [
  'initialValue',
  'code',
  'customerId',
  'expiresOn',
  'note',
  'recipientAttributes',
  'notify',
  'templateSuffix',
];

const gqlError = (message: string, code = 'INVALID_VARIABLE'): FakeAnswer => ({
  status: 200,
  body: { errors: [{ message, extensions: { code } }] },
});

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/**
 * A strict fake of the Shopify Admin GraphQL API (`discountCodeBasicCreate`,
 * `codeDiscountNodeByCode`, `giftCardCreate`, `giftCards`): it checks the access token (401
 * with Shopify's body), the API version in the path, the input fields against the published
 * `DiscountCodeBasicInput` / `GiftCardCreateInput` (unknown or missing fields are GraphQL
 * errors), unique codes (`TAKEN` user errors), and runs the cost bucket: a request above the
 * available cost gets a `THROTTLED` error with `extensions.cost`.
 */
export async function startFakeShopify(options: {
  accessToken: string;
  apiVersion?: string;
}): Promise<FakeShopify> {
  const version = options.apiVersion ?? '2026-10';
  const state: ShopifyState = { discounts: new Map(), giftCards: new Map(), available: BUCKET };
  const cost = (requested: number) => ({
    requestedQueryCost: requested,
    actualQueryCost: requested,
    throttleStatus: {
      maximumAvailable: BUCKET,
      currentlyAvailable: state.available,
      restoreRate: RESTORE_RATE,
    },
  });
  const ok = (data: unknown, requested: number): FakeAnswer => ({
    status: 200,
    body: { data, extensions: { cost: cost(requested) } },
  });

  function createCode(input: Record<string, unknown>, requested: number): FakeAnswer {
    const problem = unexpectedKeys(input, CODE_INPUT, [
      'code',
      'title',
      'customerGets',
      'startsAt',
    ]);
    if (problem)
      return gqlError(
        `Variable $basicCodeDiscount of type DiscountCodeBasicInput! was provided invalid value (${problem})`,
      );
    if (input.customerSelection !== undefined)
      return gqlError('customerSelection is deprecated: use context (fake refuses it)');
    if (
      JSON.stringify(input.context) !== JSON.stringify({ all: 'ALL' }) &&
      input.context !== undefined
    ) {
      return gqlError('context: expected { all: ALL } or customers/segments');
    }
    const gets = input.customerGets as { value?: Record<string, unknown>; items?: unknown };
    const value = gets?.value ?? {};
    const percentage = value.percentage;
    const amount = value.discountAmount as
      | { amount?: unknown; appliesOnEachItem?: unknown }
      | undefined;
    const validValue =
      (typeof percentage === 'number' &&
        percentage > 0 &&
        percentage <= 1 &&
        amount === undefined) ||
      (percentage === undefined &&
        typeof amount?.amount === 'string' &&
        /^\d+(\.\d+)?$/.test(amount.amount) &&
        unexpectedKeys(amount, ['amount', 'appliesOnEachItem']) === undefined);
    if (!validValue || JSON.stringify(gets.items) !== JSON.stringify({ all: true })) {
      return gqlError(
        'customerGets: expected value { percentage: 0–1 } or { discountAmount: { amount: "decimal" } } and items',
      );
    }
    if (
      !ISO.test(String(input.startsAt)) ||
      (input.endsAt !== undefined && !ISO.test(String(input.endsAt)))
    ) {
      return gqlError('startsAt/endsAt: expected ISO 8601 DateTime');
    }
    const code = String(input.code);
    const userErrors = [];
    if (state.discounts.has(code.toUpperCase())) {
      userErrors.push({
        field: ['basicCodeDiscount', 'code'],
        code: 'TAKEN',
        message: 'Code must be unique. Please try a different code.',
      });
    }
    if (typeof input.usageLimit === 'number' && input.usageLimit < 1) {
      userErrors.push({
        field: ['basicCodeDiscount', 'usageLimit'],
        code: 'GREATER_THAN',
        message: 'Usage limit must be greater than 0',
      });
    }
    if (userErrors.length > 0)
      return ok({ discountCodeBasicCreate: { codeDiscountNode: null, userErrors } }, requested);
    const id = `gid://shopify/DiscountCodeNode/${BigInt(`0x${randomBytes(5).toString('hex')}`)}`;
    state.discounts.set(code.toUpperCase(), { id, input });
    return ok({ discountCodeBasicCreate: { codeDiscountNode: { id }, userErrors: [] } }, requested);
  }

  function createGiftCard(input: Record<string, unknown>, requested: number): FakeAnswer {
    const problem = unexpectedKeys(input, GIFT_CARD_INPUT, ['initialValue']);
    if (problem)
      return gqlError(
        `Variable $input of type GiftCardCreateInput! was provided invalid value (${problem})`,
      );
    const code = String(input.code ?? '');
    const userErrors = [];
    if (!/^\d+(\.\d+)?$/.test(String(input.initialValue))) {
      userErrors.push({
        field: ['input', 'initialValue'],
        code: 'INVALID',
        message: 'Initial value is invalid',
      });
    }
    if (code && !/^[A-Za-z0-9]{8,20}$/.test(code)) {
      userErrors.push({
        field: ['input', 'code'],
        code: 'INVALID',
        message: 'Code must be 8–20 letters or digits',
      });
    }
    if (state.giftCards.has(code.toUpperCase())) {
      userErrors.push({
        field: ['input', 'code'],
        code: 'TAKEN',
        message: 'Code has already been taken',
      });
    }
    if (userErrors.length > 0)
      return ok({ giftCardCreate: { giftCard: null, userErrors } }, requested);
    const id = `gid://shopify/GiftCard/${BigInt(`0x${randomBytes(5).toString('hex')}`)}`;
    state.giftCards.set(code.toUpperCase(), { id, input });
    return ok({ giftCardCreate: { giftCard: { id }, userErrors: [] } }, requested);
  }

  const server = await startFakeServer((request) => {
    if (request.method !== 'POST' || request.path !== `/admin/api/${version}/graphql.json`) {
      return { status: 404, body: { errors: 'Not Found' } };
    }
    if (request.headers['x-shopify-access-token'] !== options.accessToken) {
      return {
        status: 401,
        body: {
          errors: '[API] Invalid API key or access token (unrecognized login or wrong password)',
        },
      };
    }
    if (request.headers['content-type'] !== 'application/json') {
      return { status: 415, body: { errors: 'Unsupported Media Type' } };
    }
    let body: { query?: unknown; variables?: Record<string, unknown> };
    try {
      body = JSON.parse(request.body);
    } catch {
      return { status: 400, body: { errors: { query: 'Required parameter missing or invalid' } } };
    }
    const query = String(body.query ?? '');
    const variables = body.variables ?? {};
    const requested = query.trimStart().startsWith('mutation') ? COST.mutation : COST.query;
    if (requested > state.available) {
      return {
        status: 200,
        body: {
          errors: [
            {
              message: 'Throttled',
              extensions: {
                code: 'THROTTLED',
                documentation: 'https://shopify.dev/api/usage/rate-limits',
              },
            },
          ],
          extensions: { cost: { ...cost(requested), actualQueryCost: null } },
        },
      };
    }
    state.available -= requested;
    if (
      /\bdiscountCodeBasicCreate\s*\(\s*basicCodeDiscount:\s*\$basicCodeDiscount\s*\)/.test(query)
    ) {
      return createCode(variables.basicCodeDiscount as Record<string, unknown>, requested);
    }
    if (/\bcodeDiscountNodeByCode\s*\(\s*code:\s*\$code\s*\)/.test(query)) {
      const found = state.discounts.get(String(variables.code).toUpperCase());
      return ok({ codeDiscountNodeByCode: found ? { id: found.id } : null }, requested);
    }
    if (/\bgiftCardCreate\s*\(\s*input:\s*\$input\s*\)/.test(query)) {
      return createGiftCard(variables.input as Record<string, unknown>, requested);
    }
    if (/\bgiftCards\s*\(\s*first:\s*1,\s*query:\s*\$query\s*\)/.test(query)) {
      const found = state.giftCards.get(String(variables.query).toUpperCase());
      return ok({ giftCards: { nodes: found ? [{ id: found.id }] : [] } }, requested);
    }
    return gqlError(
      `Fake Shopify does not know this operation: ${query.slice(0, 80)}`,
      'UNKNOWN_OPERATION',
    );
  });
  return Object.assign(server, { state });
}
