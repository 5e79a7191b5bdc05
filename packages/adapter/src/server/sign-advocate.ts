import type { Advocate } from '@grapevine/core';

/** The prefix of a version 2 advocate signature: `v2=<64 hex digits>`. */
export const ADVOCATE_SIGNATURE_V2 = 'v2=';

const utf8 = new TextEncoder();

/** `<UTF-8 byte length>:<text>`: a field no other field's text can run into. */
function field(text: string | undefined): string {
  const value = text ?? '';
  return `${utf8.encode(value).length}:${value}`;
}

/**
 * The signed message of version 2: every field shown to others, each length-prefixed, so no
 * choice of characters in one field can move text into another:
 * `v2|<len>:<id>|<len>:<email>|<len>:<name>|<signedAt>`, where `<len>` counts the UTF-8
 * bytes of the field and a missing field is empty (`0:`).
 * @example advocatePayload({ id: 'c1', name: 'Anna' }, 1795000000000) // 'v2|2:c1|0:|4:Anna|1795000000000'
 */
export function advocatePayload(
  advocate: Pick<Advocate, 'id' | 'email' | 'name'>,
  signedAt: number,
): string {
  return `v2|${field(advocate.id)}|${field(advocate.email)}|${field(advocate.name)}|${signedAt}`;
}

/** Hex HMAC-SHA256 of `message` under `secret`, with Web Crypto (Node ≥ 20, browsers, edge). */
export async function hmacHex(secret: string, message: string): Promise<string> {
  const key = await globalThis.crypto.subtle.importKey(
    'raw',
    utf8.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await globalThis.crypto.subtle.sign('HMAC', key, utf8.encode(message));
  return Array.from(new Uint8Array(mac), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Options of {@link signAdvocate}. */
export interface SignOptions {
  /** When the signature is made, ms since the epoch. @default Date.now() */
  now?: number;
}

/**
 * Signs an advocate on the shop's server, so the browser can prove who the customer is —
 * and the name friends are shown — without being able to forge either. Returns the advocate
 * with `signedAt` and `signature = 'v2=' + hex(HMAC-SHA256(secret, advocatePayload))`, where
 * the payload length-prefixes id, email and name (see {@link advocatePayload}).
 * Keep `secret` on the server; pass the result to the page (e.g. in the widget's config).
 *
 * @example
 * ```ts
 * import { signAdvocate } from '@grapevine/adapter/server';
 *
 * const advocate = await signAdvocate(process.env.GRAPEVINE_SECRET, {
 *   id: customer.id,
 *   email: customer.email,
 *   name: customer.firstName,
 * });
 * // → { id, email, name, signedAt: 1795000000000, signature: 'v2=9f86d0…' }
 * ```
 */
export async function signAdvocate(
  secret: string,
  advocate: Advocate,
  options: SignOptions = {},
): Promise<Advocate & { signature: string; signedAt: number }> {
  if (!secret) throw new TypeError('signAdvocate: the secret must not be empty');
  if (!advocate.id && !advocate.email) {
    throw new TypeError('signAdvocate: the advocate needs an id or an email');
  }
  const signedAt = options.now ?? Date.now();
  const mac = await hmacHex(secret, advocatePayload(advocate, signedAt));
  return { ...advocate, signedAt, signature: `${ADVOCATE_SIGNATURE_V2}${mac}` };
}
