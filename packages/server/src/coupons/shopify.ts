import { formatMinor } from '../money.js';
import type { FulfilmentOf } from './config.js';
import { ProviderError } from './errors.js';
import { requestJson } from './http.js';
import {
  ACCESS_PROBE_CODE,
  type AdvocateReward,
  type CouponProvider,
  type Discount,
  type FriendCoupon,
} from './provider.js';

/** What the Shopify client needs besides its settings. */
export interface ShopifyDeps {
  fetch: typeof fetch;
  now: () => number;
}

interface UserError {
  field?: string[] | null;
  code?: string | null;
  message: string;
}

interface GraphqlAnswer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
  extensions?: {
    cost?: {
      requestedQueryCost?: number;
      throttleStatus?: { currentlyAvailable?: number; restoreRate?: number };
    };
  };
}

const CREATE_CODE = `mutation GrapevineCreateCode($basicCodeDiscount: DiscountCodeBasicInput!) {
  discountCodeBasicCreate(basicCodeDiscount: $basicCodeDiscount) {
    codeDiscountNode { id }
    userErrors { field code message }
  }
}`;

const FIND_CODE = `query GrapevineFindCode($code: String!) {
  codeDiscountNodeByCode(code: $code) { id }
}`;

const CREATE_GIFT_CARD = `mutation GrapevineCreateGiftCard($input: GiftCardCreateInput!) {
  giftCardCreate(input: $input) {
    giftCard { id }
    userErrors { field code message }
  }
}`;

const FIND_GIFT_CARD = `query GrapevineFindGiftCard($query: String!) {
  giftCards(first: 1, query: $query) { nodes { id } }
}`;

/**
 * Shopify through the Admin GraphQL API: `discountCodeBasicCreate` for the friend (exactly
 * Grapevine's code, one use, once per customer, expiring) and a discount code or
 * `giftCardCreate` for the advocate. A retry that finds our own code already taken looks
 * the code up and succeeds. GraphQL `THROTTLED` errors and HTTP 429 are retried after the
 * wait Shopify's cost figures (or `Retry-After`) ask for.
 */
export function shopifyProvider(
  settings: FulfilmentOf<'shopify'>,
  deps: ShopifyDeps,
): CouponProvider {
  const base = (settings.apiBaseUrl ?? `https://${settings.shop}`).replace(/\/$/, '');
  const endpoint = `${base}/admin/api/${settings.apiVersion}/graphql.json`;
  const http = { provider: 'shopify', fetch: deps.fetch, now: deps.now };

  async function graphql(query: string, variables: Record<string, unknown>) {
    const answer = (await requestJson(
      http,
      endpoint,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'x-shopify-access-token': settings.accessToken,
        },
        body: JSON.stringify({ query, variables }),
      },
      (body, text) => describeErrors(body) ?? text.slice(0, 300),
    )) as GraphqlAnswer;
    if (answer.errors?.length) {
      if (answer.errors.some((error) => error.extensions?.code === 'THROTTLED')) {
        throw new ProviderError('shopify', 'THROTTLED: query cost above the available budget', {
          retryAfterMs: throttleWaitMs(answer),
        });
      }
      throw new ProviderError('shopify', `GraphQL errors: ${describeErrors(answer)}`, {
        permanent: true,
      });
    }
    return answer.data ?? {};
  }

  async function findCode(code: string): Promise<string | undefined> {
    const data = await graphql(FIND_CODE, { code });
    const node = data.codeDiscountNodeByCode as { id?: string } | null | undefined;
    return node?.id ?? undefined;
  }

  async function createCode(input: Record<string, unknown>, code: string): Promise<string> {
    const data = await graphql(CREATE_CODE, { basicCodeDiscount: input });
    const payload = data.discountCodeBasicCreate as
      | { codeDiscountNode?: { id: string } | null; userErrors: UserError[] }
      | undefined;
    const errors = payload?.userErrors ?? [];
    if (errors.length === 0 && payload?.codeDiscountNode) return payload.codeDiscountNode.id;
    // Our code is random (≈ 59 bits): "taken" means an earlier attempt of ours created it.
    if (errors.some((error) => error.code === 'TAKEN' && error.field?.includes('code'))) {
      const existing = await findCode(code);
      if (existing) return existing;
    }
    throw new ProviderError('shopify', `discountCodeBasicCreate refused: ${userErrors(errors)}`, {
      permanent: true,
    });
  }

  return {
    name: 'shopify',
    async createFriendCoupon(coupon: FriendCoupon) {
      const input = codeInput(
        `Grapevine friend ${coupon.code}`,
        coupon.code,
        coupon.discount,
        coupon,
      );
      return { ref: await createCode(input, coupon.code) };
    },
    async fulfilReward(reward: AdvocateReward) {
      const discount: Discount = { kind: 'amount', amount: reward.amount };
      if (settings.advocateReward === 'discount-code') {
        const input = codeInput(`Grapevine reward ${reward.code}`, reward.code, discount, reward);
        return {
          kind: 'discount-code',
          ref: await createCode(input, reward.code),
          code: reward.code,
        };
      }
      const code = reward.code.replace(/[^A-Za-z0-9]/g, ''); // gift card codes are alphanumeric
      const data = await graphql(CREATE_GIFT_CARD, {
        input: {
          initialValue: formatMinor(reward.amount.minor, reward.amount.currency),
          code,
          expiresOn: new Date(reward.expiresAt).toISOString().slice(0, 10),
          note: `Grapevine referral reward ${reward.rewardId}`,
          ...(reward.customerId ? { customerId: reward.customerId } : {}),
        },
      });
      const payload = data.giftCardCreate as
        | { giftCard?: { id: string } | null; userErrors: UserError[] }
        | undefined;
      const errors = payload?.userErrors ?? [];
      if (errors.length === 0 && payload?.giftCard) {
        return { kind: 'gift-card', ref: payload.giftCard.id, code };
      }
      if (errors.some((error) => error.code === 'TAKEN')) {
        const found = await graphql(FIND_GIFT_CARD, { query: code });
        const id = (found.giftCards as { nodes?: Array<{ id: string }> } | undefined)?.nodes?.[0]
          ?.id;
        if (id) return { kind: 'gift-card', ref: id, code };
      }
      throw new ProviderError('shopify', `giftCardCreate refused: ${userErrors(errors)}`, {
        permanent: true,
      });
    },
    async verifyAccess() {
      await findCode(ACCESS_PROBE_CODE); // needs the token and read_discounts
    },
  };
}

function codeInput(
  title: string,
  code: string,
  discount: Discount,
  window: { startsAt: number; expiresAt: number },
): Record<string, unknown> {
  const value =
    discount.kind === 'percent'
      ? { percentage: discount.percent / 100 }
      : {
          discountAmount: {
            amount: formatMinor(discount.amount.minor, discount.amount.currency),
            appliesOnEachItem: false,
          },
        };
  return {
    title,
    code,
    startsAt: new Date(window.startsAt).toISOString(),
    endsAt: new Date(window.expiresAt).toISOString(),
    context: { all: 'ALL' },
    customerGets: { value, items: { all: true } },
    appliesOncePerCustomer: true,
    usageLimit: 1,
  };
}

/** Seconds until the bucket holds the requested cost again, from Shopify's `extensions.cost`. */
function throttleWaitMs(answer: GraphqlAnswer): number {
  const cost = answer.extensions?.cost;
  const requested = cost?.requestedQueryCost ?? 0;
  const available = cost?.throttleStatus?.currentlyAvailable ?? 0;
  const rate = cost?.throttleStatus?.restoreRate ?? 0;
  if (rate <= 0) return 1_000;
  return Math.max(1_000, Math.ceil(((requested - available) / rate) * 1000));
}

function userErrors(errors: UserError[]): string {
  if (errors.length === 0) return 'no object and no userErrors';
  return errors
    .map((error) => `${(error.field ?? []).join('.')} ${error.code ?? ''}: ${error.message}`.trim())
    .join('; ');
}

function describeErrors(body: unknown): string | undefined {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (typeof errors === 'string') return errors;
  if (Array.isArray(errors)) {
    return errors.map((error) => (error as { message?: string }).message ?? '?').join('; ');
  }
  return undefined;
}
