// A small, deterministic string hash: FNV-1a over UTF-16 code units, then the murmur3
// finalizer so that near-identical ids (visitor-1, visitor-2) spread over the whole range.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a steps over a length-prefixed string, so ('ab', 'c') and ('a', 'bc') differ. */
function mix(start: number, text: string): number {
  let hash = Math.imul(start ^ text.length, FNV_PRIME);
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
  }
  return hash;
}

/**
 * A sticky pseudo-random number in [0, 1) for a visitor and a campaign: the same inputs
 * always give the same number, and different salts give independent numbers (sampling
 * and variants use different salts, so being sampled says nothing about the variant).
 * @default salt ''
 * @example bucket('visitor-42', 'nps-q4') < 0.1 // in a 10 % sample, forever
 */
export function bucket(visitorId: string, campaignId: string, salt = ''): number {
  // Hashed part by part: no key string is built on every decision.
  let hash = mix(mix(mix(FNV_OFFSET, salt), campaignId), visitorId);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) / 4_294_967_296;
}
