// The demo shop's backend: the three things a real shop's server does for Grapevine.
//   POST /api/coupons/check        checks a friend's coupon with Grapevine (server to server)
//   POST /api/orders               prices the cart itself, places the order, confirms it to
//                                  Grapevine with the verified total (POST /v1/orders)
//   POST /api/orders/last/refund   demo toolbar: refunds the last order in full and tells
//                                  Grapevine (POST /v1/orders/:id/refunds)
// Orders live in memory: this is a demo shop, not a shop.
import { randomBytes } from 'node:crypto';
import { decimalOf, GrapevineCallError, grapevineClient } from './grapevine.mjs';
import { checkedLines, priceOrder, ShopError } from './pricing.mjs';

const BODY_LIMIT = 16 * 1024;
const CODE = /^[A-Za-z0-9_-]{3,64}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Reads a small JSON body; only same-origin `fetch` sends JSON, so no cross-site form can post here. */
async function readJson(request) {
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
    throw new ShopError(415, 'json-only', 'Send JSON (Content-Type: application/json).');
  }
  let size = 0;
  const chunks = [];
  for await (const chunk of request) {
    size += chunk.length;
    if (size > BODY_LIMIT) throw new ShopError(413, 'too-large', 'The request body is too large.');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new ShopError(400, 'malformed-json', 'The request body is not valid JSON.');
  }
}

/**
 * What Grapevine says about a coupon (`{ code, status, reward }`), as the checkout needs it:
 * the offer when the code is good now, else why not.
 * @returns {{ ok: true, offer: { kind: 'percent' | 'amount', value: number, currency?: string } } | { ok: false, message: string }}
 */
export function couponVerdict(answer) {
  if (answer?.status !== 'valid') {
    const why = {
      redeemed: 'This code has already been used.',
      expired: 'This code has expired.',
      unknown: 'This code does not exist.',
    };
    return { ok: false, message: why[answer?.status] ?? 'This code cannot be used.' };
  }
  const offer = answer.reward;
  if (
    !offer ||
    (offer.kind !== 'percent' && offer.kind !== 'amount') ||
    typeof offer.value !== 'number'
  ) {
    return { ok: false, message: 'This code gives no discount here.' };
  }
  return { ok: true, offer };
}

/**
 * The shop backend's request handler for `/api/*`; `undefined` for other paths.
 * @param {{ apiUrl: () => string, siteKey: string, apiSecret: string, now?: () => number, log?: (message: string) => void, fetch?: typeof fetch }} options
 */
export function shopApi({
  apiUrl,
  siteKey,
  apiSecret,
  now = Date.now,
  log = () => {},
  fetch: fetchImpl,
}) {
  const grapevine = grapevineClient({
    apiUrl,
    siteKey,
    apiSecret,
    now,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
  /** @type {Map<string, { orderId: string, totalMinor: number, currency: string, refundedMinor: number, confirmed: boolean, confirmation: object }>} */
  const orders = new Map();
  let retryTimer;

  /** Confirms the orders Grapevine has not acknowledged yet (it was down): idempotent by order id. */
  async function confirmPending() {
    for (const order of orders.values()) {
      if (order.confirmed) continue;
      try {
        await grapevine.confirmOrder(order.confirmation);
        // The demo café delivers by bike within the hour, so it reports the delivery at once:
        // the NPS email counts its 14 days from it (the toolbar's "+14 days"). A real shop
        // reports it when its carrier does; idempotent, so a retry of both is safe.
        await grapevine.deliverOrder(order.orderId, { deliveredAt: new Date(now()).toISOString() });
        order.confirmed = true;
      } catch (error) {
        log(`Order ${order.orderId} not confirmed to Grapevine yet: ${error.message}`);
        if (
          error instanceof GrapevineCallError &&
          error.status &&
          error.status < 500 &&
          error.status !== 429
        ) {
          order.confirmed = true; // refused for good (it says why in the log): retrying cannot help
        }
      }
    }
    const waiting = [...orders.values()].some((order) => !order.confirmed);
    if (waiting && !retryTimer) {
      retryTimer = setTimeout(() => {
        retryTimer = undefined;
        void confirmPending();
      }, 2_000);
      retryTimer.unref?.();
    }
  }

  async function checkCoupon(code) {
    if (typeof code !== 'string' || !CODE.test(code.trim())) {
      return { ok: false, message: 'This code does not exist.' };
    }
    try {
      return couponVerdict(await grapevine.checkCoupon(code.trim()));
    } catch (error) {
      if (error instanceof GrapevineCallError && error.status === 404) {
        return { ok: false, message: 'This code does not exist.' };
      }
      log(`Coupon check failed: ${error.message}`);
      return {
        ok: false,
        message: 'We could not check this code right now. Try again, or order without it.',
      };
    }
  }

  async function placeOrder(body) {
    const lines = checkedLines(body?.lines);
    const email = typeof body?.email === 'string' ? body.email.trim() : '';
    if (!EMAIL.test(email) || email.length > 254)
      throw new ShopError(400, 'invalid-email', 'email: expected an email address');
    const name = typeof body?.name === 'string' ? body.name.trim().slice(0, 200) : '';
    if (!name) throw new ShopError(400, 'invalid-name', 'name: required');
    const coupon =
      typeof body?.coupon === 'string' && body.coupon.trim() ? body.coupon.trim() : undefined;
    const checked = coupon ? await checkCoupon(coupon) : undefined;
    if (checked && !checked.ok)
      throw new ShopError(400, 'invalid-coupon', `coupon: ${checked.message}`);
    const price = priceOrder(lines, checked?.offer ?? null);
    const orderId = `FK-${now().toString(36).toUpperCase()}${randomBytes(2).toString('hex').toUpperCase()}`;
    const confirmation = {
      orderId,
      total: decimalOf(price.totalMinor),
      currency: price.currency,
      customerId: `customer:${email.toLowerCase()}`,
      email,
      discountCodes: coupon ? [coupon] : [],
      createdAt: new Date(now()).toISOString(),
    };
    const order = {
      orderId,
      totalMinor: price.totalMinor,
      currency: price.currency,
      refundedMinor: 0,
      confirmed: false,
      confirmation,
    };
    orders.set(orderId, order);
    await confirmPending();
    return {
      status: 201,
      body: { orderId, ...price, coupon: coupon ?? null, confirmed: order.confirmed },
    };
  }

  async function refundLast() {
    const order = [...orders.values()].reverse().find((o) => o.refundedMinor < o.totalMinor);
    if (!order) throw new ShopError(404, 'no-order', 'There is no order left to refund.');
    const amountMinor = order.totalMinor - order.refundedMinor;
    const refundId = `RF-${order.orderId}-${order.refundedMinor}`;
    await grapevine.refundOrder(order.orderId, {
      refundId,
      amount: decimalOf(amountMinor),
      currency: order.currency,
      createdAt: new Date(now()).toISOString(),
    });
    order.refundedMinor = order.totalMinor;
    return {
      status: 200,
      body: { orderId: order.orderId, refundId, amountMinor, currency: order.currency },
    };
  }

  /** @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response */
  return async function handle(request, response, pathname) {
    if (!pathname.startsWith('/api/')) return false;
    const send = (status, body) => {
      response.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
      });
      response.end(JSON.stringify(body));
    };
    try {
      if (request.method !== 'POST') throw new ShopError(405, 'post-only', 'Use POST.');
      let result;
      if (pathname === '/api/coupons/check') {
        const verdict = await checkCoupon((await readJson(request))?.code);
        result = {
          status: 200,
          body: verdict.ok
            ? { valid: true, offer: verdict.offer }
            : { valid: false, message: verdict.message },
        };
      } else if (pathname === '/api/orders') result = await placeOrder(await readJson(request));
      else if (pathname === '/api/orders/last/refund') result = await refundLast();
      else throw new ShopError(404, 'not-found', 'No such endpoint.');
      send(result.status, result.body);
    } catch (error) {
      if (error instanceof ShopError)
        send(error.status, { error: { code: error.code, message: error.message } });
      else if (error instanceof GrapevineCallError)
        send(502, { error: { code: 'grapevine', message: error.message } });
      else {
        log(`Shop backend error: ${error instanceof Error ? error.stack : error}`);
        send(500, { error: { code: 'internal', message: 'Something went wrong in the shop.' } });
      }
    }
    return true;
  };
}
