import { createHmac } from 'node:crypto';

const field = (text: string | undefined) =>
  `${Buffer.byteLength(text ?? '', 'utf8')}:${text ?? ''}`;

/**
 * The contract's version 2 advocate signature, computed independently of the adapter with
 * `node:crypto` (synchronous, so test tables can build signed advocates): `v2=` and the hex
 * HMAC-SHA256 of `v2|<len>:<id>|<len>:<email>|<len>:<name>|<signedAt>`, lengths in UTF-8 bytes.
 */
export function signSync(
  secret: string,
  advocate: { id?: string; email?: string; name?: string; signedAt: number },
): string {
  const text = `v2|${field(advocate.id)}|${field(advocate.email)}|${field(advocate.name)}|${advocate.signedAt}`;
  return `v2=${createHmac('sha256', secret).update(text).digest('hex')}`;
}

/** A version 1 signature (`id|email|signedAt`, bare hex), which the server refuses. */
export function signV1(
  secret: string,
  advocate: { id?: string; email?: string; signedAt: number },
): string {
  const text = `${advocate.id ?? ''}|${advocate.email ?? ''}|${advocate.signedAt}`;
  return createHmac('sha256', secret).update(text).digest('hex');
}
