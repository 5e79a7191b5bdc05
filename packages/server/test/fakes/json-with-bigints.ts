/**
 * JSON text in which `bigint` values are written as bare numbers, as platforms write their
 * 64-bit ids (Shopify: `"id": 820982911946154508`), which `JSON.stringify` cannot.
 */
export function platformJson(value: unknown): string {
  const marked = JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? `__bigint__${v}` : v));
  return marked.replace(/"__bigint__(-?\d+)"/g, '$1');
}
