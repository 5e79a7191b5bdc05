import { createHmac, timingSafeEqual } from 'node:crypto';

// A SHA-256 digest in base64 is 43 characters and one `=`; anything else cannot match.
const BASE64_SHA256 = /^[A-Za-z0-9+/]{43}=$/;

/**
 * Whether `header` is the base64 HMAC-SHA256 of the raw body under `secret`, the scheme of
 * both Shopify (`X-Shopify-Hmac-Sha256`) and WooCommerce (`X-WC-Webhook-Signature`).
 * Compared in constant time over the decoded bytes.
 * @example verifyBase64Hmac(secret, rawBody, request.headers.get('x-shopify-hmac-sha256'))
 */
export function verifyBase64Hmac(
  secret: string,
  body: Uint8Array,
  header: string | null | undefined,
): boolean {
  if (!header || !BASE64_SHA256.test(header)) return false;
  const expected = createHmac('sha256', secret).update(body).digest();
  return timingSafeEqual(expected, Buffer.from(header, 'base64'));
}
