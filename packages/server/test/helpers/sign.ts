import { createHmac } from 'node:crypto';

/**
 * The contract's advocate signature, computed independently of the adapter with
 * `node:crypto` (synchronous, so test tables can build signed advocates): hex
 * HMAC-SHA256 of `${id}|${email}|${signedAt}`, empty strings for missing parts.
 */
export function signSync(
  secret: string,
  advocate: { id?: string; email?: string; signedAt: number },
): string {
  const text = `${advocate.id ?? ''}|${advocate.email ?? ''}|${advocate.signedAt}`;
  return createHmac('sha256', secret).update(text).digest('hex');
}
