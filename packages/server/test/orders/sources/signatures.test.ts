import { describe, expect, it } from 'vitest';
import { isHttpError } from '../../../src/errors.js';
import { verifyBase64Hmac } from '../../../src/orders/sources/hmac.js';
import { shopifySource } from '../../../src/orders/sources/shopify.js';
import { stripeSource } from '../../../src/orders/sources/stripe.js';
import { wooCommerceSource } from '../../../src/orders/sources/woocommerce.js';
import { shopifyHmac } from '../../fakes/shopify-webhooks.js';

// Vectors built from each platform's published scheme, with digests computed by the OpenSSL
// command line (not by our code):
//   printf '%s' "$body" | openssl dgst -sha256 -hmac "$secret" -binary | base64   (Shopify, WooCommerce)
//   printf '%s' "$t.$body" | openssl dgst -sha256 -hmac "$secret"                 (Stripe, hex)
const bytes = (text: string) => new TextEncoder().encode(text);

const SHOPIFY = {
  secret: 'hush',
  body: '{"id":820982911946154508,"name":"#1001","total_price":"99.90","currency":"EUR"}',
  header: 'nhg3H7/DuYyjpaHgZtjCTlAiC/bLwt5OiNrUARLMxRw=',
};
const WOO = {
  secret: 'wc-secret-0123456789abcdef',
  body: '{"id":727,"status":"processing","currency":"EUR","total":"99.90"}',
  header: 'N5D51oB/ob3Ws06FNXE+5h8tW8SwVGopp6xaQ12uQFo=',
};
const STRIPE = {
  secret: 'whsec_test_secret',
  body: '{"id":"evt_test_webhook","object":"event"}',
  seconds: 1_793_613_600,
  v1: 'cadff39d7c7a9082414c3f54cab8013fd4f2de3e8851214c3d92d14640ad968d',
};

function status(run: () => unknown): number | 'ok' {
  try {
    run();
    return 'ok';
  } catch (error) {
    if (isHttpError(error)) return error.status;
    throw error;
  }
}

describe('base64 HMAC-SHA256 (Shopify, WooCommerce)', () => {
  it.each([
    ['the Shopify vector', SHOPIFY.secret, SHOPIFY.body, SHOPIFY.header, true],
    ['the WooCommerce vector', WOO.secret, WOO.body, WOO.header, true],
    [
      'a body changed by one character',
      SHOPIFY.secret,
      SHOPIFY.body.replace('99.90', '99.91'),
      SHOPIFY.header,
      false,
    ],
    ['the wrong secret', 'hush!', SHOPIFY.body, SHOPIFY.header, false],
    ['a truncated header', SHOPIFY.secret, SHOPIFY.body, SHOPIFY.header.slice(0, 40), false],
    [
      'the header in hex',
      SHOPIFY.secret,
      SHOPIFY.body,
      Buffer.from(SHOPIFY.header, 'base64').toString('hex'),
      false,
    ],
    ['an empty header', SHOPIFY.secret, SHOPIFY.body, '', false],
    ['another body’s header', SHOPIFY.secret, SHOPIFY.body, WOO.header, false],
  ])('%s', (_name, secret, body, header, valid) => {
    expect(verifyBase64Hmac(secret, bytes(body), header)).toBe(valid);
  });
});

describe('Stripe-Signature through the official SDK', () => {
  const config = { webhookSecret: STRIPE.secret, toleranceSeconds: 300 };
  // The documented vector's body is a bare event without `type`: once the signature passes,
  // the source refuses it with 400 naming `event.type`. So 400 here means "signature accepted".
  const receive = (header: string, now: number, body = STRIPE.body) => {
    const result = status(() =>
      stripeSource.receive(
        { headers: new Headers({ 'stripe-signature': header }), body: bytes(body), now },
        config,
      ),
    );
    return result === 400 ? 'ok' : result;
  };
  const at = STRIPE.seconds * 1000;

  it.each([
    ['the vector, just signed', `t=${STRIPE.seconds},v1=${STRIPE.v1}`, at, 'ok'],
    [
      'the vector, 300 s later (the tolerance)',
      `t=${STRIPE.seconds},v1=${STRIPE.v1}`,
      at + 300_000,
      'ok',
    ],
    [
      'a second v1 (secret rotation) beside a wrong one',
      `t=${STRIPE.seconds},v1=${'0'.repeat(64)},v1=${STRIPE.v1}`,
      at,
      'ok',
    ],
    ['replayed 301 s later', `t=${STRIPE.seconds},v1=${STRIPE.v1}`, at + 301_000, 401],
    ['replayed a week later', `t=${STRIPE.seconds},v1=${STRIPE.v1}`, at + 7 * 86_400_000, 401],
    [
      'a timestamp changed to look fresh',
      `t=${STRIPE.seconds + 600},v1=${STRIPE.v1}`,
      at + 600_000,
      401,
    ],
    ['a truncated signature', `t=${STRIPE.seconds},v1=${STRIPE.v1.slice(0, 60)}`, at, 401],
    ['only a v0 signature', `t=${STRIPE.seconds},v0=${STRIPE.v1}`, at, 401],
    ['no header', '', at, 401],
  ])('%s', (_name, header, now, expected) => {
    expect(receive(header, now)).toBe(expected);
  });

  it('refuses the vector under another secret, and a changed body', () => {
    const header = `t=${STRIPE.seconds},v1=${STRIPE.v1}`;
    expect(
      status(() =>
        stripeSource.receive(
          {
            headers: new Headers({ 'stripe-signature': header }),
            body: bytes(STRIPE.body),
            now: at,
          },
          { ...config, webhookSecret: 'whsec_other_secret' },
        ),
      ),
    ).toBe(401);
    expect(receive(header, at, STRIPE.body.replace('evt_', 'evx_'))).toBe(401);
  });
});

describe('sources refuse before reading anything', () => {
  const shopify = {
    shopDomain: 'grapevine-test.myshopify.com',
    webhookSecret: 'shopify-secret-0123456789',
  };
  it('Shopify: a genuine signature from another shop is refused (an app secret is shared)', () => {
    const body = bytes(SHOPIFY.body);
    const headers = (shop: string) =>
      new Headers({
        'x-shopify-hmac-sha256': shopifyHmac(shopify.webhookSecret, body),
        'x-shopify-shop-domain': shop,
        'x-shopify-topic': 'app/uninstalled',
      });
    const receive = (shop: string) =>
      status(() => shopifySource.receive({ headers: headers(shop), body, now: 0 }, shopify));
    expect(receive('other-shop.myshopify.com')).toBe(401);
    expect(receive('Grapevine-Test.myshopify.com')).toBe('ok');
  });
  it('WooCommerce: an unsigned body that is not a ping is refused', () => {
    const headers = new Headers({ 'x-wc-webhook-topic': 'order.updated' });
    expect(
      status(() =>
        wooCommerceSource.receive(
          { headers, body: bytes(WOO.body), now: 0 },
          { webhookSecret: WOO.secret },
        ),
      ),
    ).toBe(401);
  });
});
