// Referral capture: a friend arrives through `?ref=CODE`. The code is kept first-party with an
// expiry so it can be attached to the purchase that follows (maybe days later) and so the
// friend-offer campaign can greet the friend.

/** A captured referral code and its lifetime. */
export interface CapturedReferral {
  code: string;
  capturedAt: number;
  expiresAt: number;
}

export interface CaptureOptions {
  /** The query parameter. @default 'ref' */
  param: string;
  /** How long a captured code stays attached, in ms. @default 30 days */
  ttl: number;
  /** `first`: the first friend's code wins until it expires; `last`: the latest link wins. @default 'first' */
  touch: 'first' | 'last';
}

/** Codes look like `ANNA-20`: letters, digits, `-` and `_`, at most 64. Anything else is ignored. */
const CODE = /^[\w-]{1,64}$/;

/** The referral code in `url`, if there is a well-formed one. */
export function readReferralCode(url: string, param: string): string | undefined {
  try {
    const code = new URL(url).searchParams.get(param)?.trim();
    return code && CODE.test(code) ? code : undefined;
  } catch {
    return undefined;
  }
}

/** The stored referral when it has not expired yet. */
export function activeReferral(
  stored: CapturedReferral | undefined,
  now: number,
): CapturedReferral | undefined {
  return stored && stored.expiresAt > now ? stored : undefined;
}

/**
 * What to keep after seeing `code` on this page. Returns the previous referral unchanged when
 * first-touch keeps it or there is no new code; `captured` says whether a code was (re)stored.
 */
export function captureReferral(
  previous: CapturedReferral | undefined,
  code: string | undefined,
  now: number,
  options: Pick<CaptureOptions, 'ttl' | 'touch'>,
): { referral: CapturedReferral | undefined; captured: boolean } {
  const current = activeReferral(previous, now);
  if (!code) return { referral: current, captured: false };
  if (current && (options.touch === 'first' || current.code === code)) {
    return { referral: current, captured: false };
  }
  return { referral: { code, capturedAt: now, expiresAt: now + options.ttl }, captured: true };
}

/** Removes the parameter from the visible URL, keeping history length and state. */
export function removeReferralParam(
  location: Pick<Location, 'href'>,
  history: Pick<History, 'replaceState' | 'state'>,
  param: string,
): void {
  const url = new URL(location.href);
  if (!url.searchParams.has(param)) return;
  url.searchParams.delete(param);
  history.replaceState(history.state, '', url.href);
}
