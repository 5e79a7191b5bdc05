import type { Advocate } from '@grapevine/core';

/** The signed message: `${id ?? ''}|${email ?? ''}|${signedAt}`. */
export function advocatePayload(
  advocate: Pick<Advocate, 'id' | 'email'>,
  signedAt: number,
): string {
  return `${advocate.id ?? ''}|${advocate.email ?? ''}|${signedAt}`;
}

/** Hex HMAC-SHA256 of `message` under `secret`, with Web Crypto (Node ≥ 20, browsers, edge). */
export async function hmacHex(secret: string, message: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await globalThis.crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(message));
  return Array.from(new Uint8Array(mac), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Options of {@link signAdvocate}. */
export interface SignOptions {
  /** When the signature is made, ms since the epoch. @default Date.now() */
  now?: number;
}

/**
 * Signs an advocate on the shop's server, so the browser can prove who the customer is
 * without being able to forge it: returns the advocate with `signedAt` and
 * `signature = hex(HMAC-SHA256(secret, `${id ?? ''}|${email ?? ''}|${signedAt}`))`.
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
 * // → { id, email, name, signedAt: 1795000000000, signature: '9f86d0…' }
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
  const signature = await hmacHex(secret, advocatePayload(advocate, signedAt));
  return { ...advocate, signedAt, signature };
}
