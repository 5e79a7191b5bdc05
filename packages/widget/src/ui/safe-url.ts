/**
 * The URL if it is an absolute http(s) link, else `undefined`. Links from config or the
 * backend pass through here before they reach an `href`, so `javascript:`, `data:` and
 * relative tricks are never rendered as links.
 * @example safeHttpUrl('javascript:alert(1)') // undefined
 */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
