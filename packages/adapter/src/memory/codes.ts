/** FNV-1a, 32 bit: a small stable hash for deterministic codes (not for security). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Four base-36 characters derived from `text`: the same text always gives the same tag. */
export function tag(text: string): string {
  return fnv1a(text).toString(36).toUpperCase().padStart(4, '0').slice(-4);
}

/**
 * A readable referral code: the first name's ASCII letters (up to 8) and a tag derived
 * from the advocate's key, e.g. `ANNA-K2X9`.
 */
export function referralCode(key: string, name: string | undefined): string {
  const first = (name ?? '').split(/\s+/)[0] ?? '';
  const letters = first
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .slice(0, 8)
    .toUpperCase();
  return `${letters || 'FRIEND'}-${tag(key)}`;
}
