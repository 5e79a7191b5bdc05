import {
  type FakeAnswer,
  type FakeServer,
  startFakeServer,
  unexpectedKeys,
} from './provider-server.js';

/** What the fake store holds. */
export interface WooState {
  coupons: Map<number, Record<string, unknown>>;
}

/** A fake WooCommerce REST API and its state. */
export interface FakeWooCommerce extends FakeServer {
  state: WooState;
}

const COUPON_FIELDS = [
  'code',
  'amount',
  'discount_type',
  'description',
  'date_expires',
  'date_expires_gmt',
  'individual_use',
  'product_ids',
  'excluded_product_ids',
  'usage_limit',
  'usage_limit_per_user',
  'limit_usage_to_x_items',
  'free_shipping',
  'product_categories',
  'excluded_product_categories',
  'exclude_sale_items',
  'minimum_amount',
  'maximum_amount',
  'email_restrictions',
  'meta_data',
];

const wooError = (status: number, code: string, message: string): FakeAnswer => ({
  status,
  body: { code, message, data: { status } },
});

/**
 * A strict fake of WooCommerce REST API v3 coupons: Basic auth with the consumer key and
 * secret (401 `woocommerce_rest_authentication_error`; keys in the query string are refused
 * as they would be over plain HTTP), JSON bodies with the documented coupon properties only
 * (types checked: `amount` is a string, `discount_type` one of the three), unique codes
 * (`woocommerce_rest_coupon_code_already_exists`), and `GET ?code=` look-ups.
 */
export async function startFakeWooCommerce(options: {
  consumerKey: string;
  consumerSecret: string;
}): Promise<FakeWooCommerce> {
  const state: WooState = { coupons: new Map() };
  let nextId = 700;
  const expected = `Basic ${Buffer.from(`${options.consumerKey}:${options.consumerSecret}`).toString('base64')}`;
  const server = await startFakeServer((request) => {
    if (request.query.has('consumer_key') || request.query.has('consumer_secret')) {
      return wooError(
        401,
        'woocommerce_rest_authentication_error',
        'Consumer key in the query string is only accepted over HTTPS.',
      );
    }
    if (request.headers.authorization !== expected) {
      return wooError(401, 'woocommerce_rest_authentication_error', 'Consumer key is invalid.');
    }
    if (request.path !== '/wp-json/wc/v3/coupons')
      return wooError(
        404,
        'rest_no_route',
        'No route was found matching the URL and request method.',
      );
    if (request.method === 'GET') {
      const code = request.query.get('code')?.toLowerCase();
      const list = [...state.coupons.values()].filter(
        (coupon) => code === undefined || coupon.code === code,
      );
      return { status: 200, body: list };
    }
    if (request.method !== 'POST')
      return wooError(
        404,
        'rest_no_route',
        'No route was found matching the URL and request method.',
      );
    if (!String(request.headers['content-type']).startsWith('application/json')) {
      return wooError(400, 'rest_invalid_json', 'Expected a JSON body.');
    }
    const body = JSON.parse(request.body) as Record<string, unknown>;
    const problem = unexpectedKeys(body, COUPON_FIELDS, ['code', 'amount', 'discount_type']);
    if (problem) return wooError(400, 'rest_invalid_param', `Invalid parameter(s): ${problem}`);
    if (!['percent', 'fixed_cart', 'fixed_product'].includes(String(body.discount_type))) {
      return wooError(400, 'rest_invalid_param', 'Invalid parameter(s): discount_type');
    }
    if (typeof body.amount !== 'string' || !/^\d+(\.\d+)?$/.test(body.amount)) {
      return wooError(400, 'rest_invalid_param', 'Invalid parameter(s): amount (a string)');
    }
    for (const field of ['usage_limit', 'usage_limit_per_user']) {
      if (body[field] !== undefined && !Number.isInteger(body[field]))
        return wooError(400, 'rest_invalid_param', `Invalid parameter(s): ${field}`);
    }
    const emails = body.email_restrictions;
    if (
      emails !== undefined &&
      (!Array.isArray(emails) ||
        emails.some((email) => typeof email !== 'string' || !email.includes('@')))
    ) {
      return wooError(400, 'rest_invalid_param', 'Invalid parameter(s): email_restrictions');
    }
    const code = String(body.code).toLowerCase(); // WooCommerce stores codes in lower case
    if ([...state.coupons.values()].some((coupon) => coupon.code === code)) {
      return wooError(
        400,
        'woocommerce_rest_coupon_code_already_exists',
        'The coupon code already exists',
      );
    }
    nextId += 1;
    const coupon = { id: nextId, ...body, code, usage_count: 0, used_by: [] };
    state.coupons.set(nextId, coupon);
    return { status: 201, body: coupon };
  });
  return Object.assign(server, { state });
}
