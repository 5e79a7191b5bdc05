import { createHash, randomBytes } from 'node:crypto';
import {
  type FakeAnswer,
  type FakeServer,
  type SeenRequest,
  startFakeServer,
  unexpectedKeys,
} from './provider-server.js';

/** What the fake Stripe holds. */
export interface StripeState {
  coupons: Map<string, Record<string, unknown>>;
  promotionCodes: Map<string, Record<string, unknown>>;
  balanceTransactions: Array<Record<string, unknown>>;
  /** Customers that exist (balance transactions need one). */
  customers: Set<string>;
}

/** A fake Stripe API and its state. */
export interface FakeStripe extends FakeServer {
  state: StripeState;
  /** Forgets every idempotency key, as Stripe does after 24 hours. */
  forgetIdempotencyKeys(): void;
}

type Params = Record<string, unknown>;

/** Stripe's form encoding back into nested objects: `promotion[type]=coupon` → `{ promotion: { type } }`. */
export function decodeForm(body: string): Params {
  const result: Params = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const parts = key.split(/\[|\]\[|\]/).filter((part) => part !== '');
    let target = result;
    for (const part of parts.slice(0, -1)) {
      target[part] ??= {};
      target = target[part] as Params;
    }
    target[parts.at(-1) ?? key] = value;
  }
  return result;
}

const error = (status: number, fields: Record<string, unknown>): FakeAnswer => ({
  status,
  body: { error: { type: 'invalid_request_error', ...fields } },
  headers: { 'request-id': `req_${randomBytes(7).toString('hex')}` },
});

/** Stripe's 429 as documented: `rate_limit`, with `Retry-After` in seconds. */
export function stripeRateLimited(seconds: number): FakeAnswer {
  return {
    ...error(429, {
      code: 'rate_limit',
      message:
        'Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.',
    }),
    headers: { 'retry-after': String(seconds) },
  };
}

/**
 * A strict fake of the Stripe API parts Grapevine uses: coupons, promotion codes (current
 * API shape: `promotion[type]=coupon`, `promotion[coupon]`; the old top-level `coupon` is an
 * unknown parameter), balance transactions. It checks the secret key (401 as Stripe words
 * it), form-encoded bodies with known parameters only, the Idempotency-Key on every POST
 * (same key, other body → 400 `idempotency_error`; same key, same body → the first answer
 * replayed) and unique active codes.
 */
export async function startFakeStripe(options: {
  secretKey: string;
  now?: () => number;
}): Promise<FakeStripe> {
  const now = options.now ?? Date.now;
  const state: StripeState = {
    coupons: new Map(),
    promotionCodes: new Map(),
    balanceTransactions: [],
    customers: new Set(['cus_advocate1']),
  };
  const idempotency = new Map<string, { fingerprint: string; answer: FakeAnswer }>();
  const id = (prefix: string) => `${prefix}_${randomBytes(8).toString('hex')}`;
  const seconds = () => Math.floor(now() / 1000);

  function route(request: SeenRequest, params: Params): FakeAnswer {
    if (request.method === 'POST' && request.path === '/v1/coupons') return createCoupon(params);
    if (request.method === 'POST' && request.path === '/v1/promotion_codes')
      return createPromotionCode(params);
    if (request.method === 'GET' && request.path === '/v1/promotion_codes') {
      const code = request.query.get('code');
      const data = [...state.promotionCodes.values()].filter(
        (promo) => code === null || promo.code === code,
      );
      return {
        status: 200,
        body: {
          object: 'list',
          url: '/v1/promotion_codes',
          has_more: false,
          data: data.slice(0, Number(request.query.get('limit') ?? 10)),
        },
      };
    }
    const balance = /^\/v1\/customers\/([^/]+)\/balance_transactions$/.exec(request.path);
    if (request.method === 'POST' && balance?.[1])
      return createBalanceTransaction(balance[1], params);
    return error(404, {
      message: `Unrecognized request URL (${request.method}: ${request.path}).`,
    });
  }

  function createCoupon(params: Params): FakeAnswer {
    const problem = unexpectedKeys(params, [
      'percent_off',
      'amount_off',
      'currency',
      'duration',
      'duration_in_months',
      'max_redemptions',
      'name',
      'metadata',
      'redeem_by',
      'id',
      'applies_to',
    ]);
    if (problem)
      return error(400, { message: `Received ${problem.replace('field', 'parameter')}` });
    if ((params.percent_off === undefined) === (params.amount_off === undefined)) {
      return error(400, { message: 'You must pass exactly one of percent_off or amount_off.' });
    }
    if (
      params.amount_off !== undefined &&
      (!/^\d+$/.test(String(params.amount_off)) || !params.currency)
    ) {
      return error(400, {
        param: 'amount_off',
        message: 'amount_off must be an integer, with currency.',
      });
    }
    const percent = params.percent_off === undefined ? null : Number(params.percent_off);
    if (percent !== null && !(percent > 0 && percent <= 100)) {
      return error(400, {
        param: 'percent_off',
        message: 'Invalid percent_off: must be between 0 and 100.',
      });
    }
    if (
      params.duration !== undefined &&
      !['once', 'forever', 'repeating'].includes(String(params.duration))
    ) {
      return error(400, { param: 'duration', message: 'Invalid duration.' });
    }
    const coupon = {
      id: id('coupon'),
      object: 'coupon',
      percent_off: percent,
      amount_off: params.amount_off === undefined ? null : Number(params.amount_off),
      currency: params.currency ?? null,
      duration: params.duration ?? 'once',
      max_redemptions: params.max_redemptions === undefined ? null : Number(params.max_redemptions),
      metadata: params.metadata ?? {},
      name: params.name ?? null,
      valid: true,
      times_redeemed: 0,
      created: seconds(),
      livemode: false,
    };
    state.coupons.set(coupon.id, coupon);
    return { status: 200, body: coupon };
  }

  function createPromotionCode(params: Params): FakeAnswer {
    const problem = unexpectedKeys(
      params,
      [
        'promotion',
        'code',
        'max_redemptions',
        'expires_at',
        'metadata',
        'active',
        'customer',
        'restrictions',
      ],
      ['promotion'],
    );
    if (problem)
      return error(400, {
        message: problem.startsWith('missing')
          ? 'Missing required param: promotion.'
          : `Received ${problem.replace('field', 'parameter')}`,
      });
    const promotion = params.promotion as Params;
    if (unexpectedKeys(promotion, ['type', 'coupon'], ['type']) || promotion.type !== 'coupon') {
      return error(400, {
        param: 'promotion',
        message: 'Invalid promotion: expected type "coupon" and a coupon.',
      });
    }
    if (!state.coupons.has(String(promotion.coupon))) {
      return error(400, {
        code: 'resource_missing',
        param: 'promotion[coupon]',
        message: `No such coupon: '${String(promotion.coupon)}'`,
      });
    }
    const code = String(params.code ?? randomBytes(4).toString('hex').toUpperCase());
    if (!/^[a-zA-Z0-9_-]{3,500}$/.test(code))
      return error(400, { param: 'code', message: 'Invalid code.' });
    if (params.expires_at !== undefined && Number(params.expires_at) <= seconds()) {
      return error(400, { param: 'expires_at', message: 'expires_at must be in the future.' });
    }
    const taken = [...state.promotionCodes.values()].some(
      (promo) => promo.active && String(promo.code).toLowerCase() === code.toLowerCase(),
    );
    if (taken)
      return error(400, {
        param: 'code',
        message: `An active promotion code with \`code: ${code}\` already exists.`,
      });
    const promo = {
      id: id('promo'),
      object: 'promotion_code',
      active: true,
      code,
      promotion: { type: 'coupon', coupon: promotion.coupon },
      max_redemptions: params.max_redemptions === undefined ? null : Number(params.max_redemptions),
      expires_at: params.expires_at === undefined ? null : Number(params.expires_at),
      metadata: params.metadata ?? {},
      times_redeemed: 0,
      created: seconds(),
      livemode: false,
    };
    state.promotionCodes.set(promo.id, promo);
    return { status: 200, body: promo };
  }

  function createBalanceTransaction(customer: string, params: Params): FakeAnswer {
    const problem = unexpectedKeys(
      params,
      ['amount', 'currency', 'description', 'metadata'],
      ['amount', 'currency'],
    );
    if (problem) return error(400, { message: problem });
    if (!state.customers.has(customer)) {
      return error(404, {
        code: 'resource_missing',
        param: 'customer',
        message: `No such customer: '${customer}'`,
      });
    }
    if (!/^-?\d+$/.test(String(params.amount)))
      return error(400, { param: 'amount', message: 'Invalid integer.' });
    const transaction = {
      id: id('cbtxn'),
      object: 'customer_balance_transaction',
      customer,
      amount: Number(params.amount),
      currency: params.currency,
      description: params.description ?? null,
      metadata: params.metadata ?? {},
      type: 'adjustment',
      created: seconds(),
    };
    state.balanceTransactions.push(transaction);
    return { status: 200, body: transaction };
  }

  const server = await startFakeServer((request) => {
    const auth = request.headers.authorization ?? '';
    if (auth !== `Bearer ${options.secretKey}`) {
      const shown = auth.replace(/^Bearer /, '');
      return error(401, {
        message: `Invalid API Key provided: ${shown.slice(0, 8)}${'*'.repeat(Math.max(0, shown.length - 12))}${shown.slice(-4)}`,
      });
    }
    if (
      request.method === 'POST' &&
      request.headers['content-type'] !== 'application/x-www-form-urlencoded'
    ) {
      return error(400, {
        message: 'Invalid request: expected application/x-www-form-urlencoded.',
      });
    }
    const params = request.method === 'POST' ? decodeForm(request.body) : {};
    if (request.method !== 'POST') return route(request, params);
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || key === '') {
      return error(400, {
        message:
          'Fake Stripe: Grapevine sends an Idempotency-Key with every POST; this one had none.',
      });
    }
    const fingerprint = createHash('sha256')
      .update(`${request.path}\n${request.body}`)
      .digest('hex');
    const earlier = idempotency.get(key);
    if (earlier && earlier.fingerprint !== fingerprint) {
      return {
        status: 400,
        body: {
          error: {
            type: 'idempotency_error',
            message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
          },
        },
      };
    }
    if (earlier)
      return {
        ...earlier.answer,
        headers: { ...earlier.answer.headers, 'idempotent-replayed': 'true' },
      };
    const answer = route(request, params);
    if (answer.status < 500) idempotency.set(key, { fingerprint, answer });
    return answer;
  });
  return Object.assign(server, { state, forgetIdempotencyKeys: () => idempotency.clear() });
}
