// A small, deterministic string hash: FNV-1a over UTF-16 code units, then the murmur3
// finalizer so that near-identical ids (visitor-1, visitor-2) spread over the whole range.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hash32(text: string): number {
  let hash = FNV_OFFSET;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, FNV_PRIME);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * A sticky pseudo-random number in [0, 1) for a visitor and a campaign: the same inputs
 * always give the same number, and different salts give independent numbers (sampling
 * and variants use different salts, so being sampled says nothing about the variant).
 * @default salt ''
 * @example bucket('visitor-42', 'nps-q4') < 0.1 // in a 10 % sample, forever
 */
export function bucket(visitorId: string, campaignId: string, salt = ''): number {
  // Lengths prefix the parts so ('ab', 'c') and ('a', 'bc') hash differently.
  const key = `${salt.length}:${salt}|${campaignId.length}:${campaignId}|${visitorId}`;
  return hash32(key) / 4_294_967_296;
}
