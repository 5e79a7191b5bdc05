import type { Claim, FriendOffer } from '@grapevine/core';
import { signal } from '@preact/signals-core';
import { safeHttpUrl } from '../safe-url.js';
import { awaited } from './awaited.js';

/** How long to wait for the offer before showing the fallback message. */
export const OFFER_TIMEOUT_MS = 6000;

/** Why there is no offer to claim: unknown code, the shopper's own link, expired, used up. */
export type Unavailable = 'invalid' | 'self-referral' | 'expired' | 'exhausted' | 'limit-reached';

/** The friend offer's state: loading, ready to claim, unavailable (with why), or failed. */
export type OfferState =
  | { kind: 'loading' }
  | { kind: 'ready'; offer: FriendOffer }
  | { kind: 'unavailable'; reason: Unavailable }
  | { kind: 'failed' };

/** The claim's state. `failed` (backend down or slow) keeps the email for another try. */
export type ClaimState =
  | { kind: 'idle' }
  | { kind: 'invalid-email' }
  | { kind: 'claiming' }
  | { kind: 'claimed'; code: string; applyUrl?: string | undefined }
  | { kind: 'failed' };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The friend side: the offer (possibly still loading), the email, and the claim.
 * @example const friend = createFriendModel(backend.offer(code), onClaim); await friend.claim('a@b.co')
 */
export function createFriendModel(
  source: FriendOffer | null | Promise<FriendOffer | null> | undefined,
  onClaim: ((email: string) => Promise<Claim>) | undefined,
  timeoutMs = OFFER_TIMEOUT_MS,
) {
  const offer = signal<OfferState>({ kind: 'loading' });
  const claimState = signal<ClaimState>({ kind: 'idle' });
  const email = signal('');
  let disposed = false;
  const stop = awaited(
    source,
    (value) => {
      offer.value =
        !value || typeof value !== 'object'
          ? { kind: 'unavailable', reason: 'invalid' }
          : value.status !== 'valid'
            ? { kind: 'unavailable', reason: value.status }
            : { kind: 'ready', offer: value };
    },
    () => {
      if (offer.value.kind === 'loading') offer.value = { kind: 'failed' };
    },
    timeoutMs,
  );
  return {
    offer,
    claimState,
    email,
    /** Claims with the email; a refusal (self-referral, expired…) makes the offer unavailable. */
    async claim(address: string) {
      const value = address.trim();
      email.value = value;
      if (claimState.value.kind === 'claiming' || claimState.value.kind === 'claimed') return;
      if (!EMAIL.test(value) || value.length > 254) {
        claimState.value = { kind: 'invalid-email' };
        return;
      }
      claimState.value = { kind: 'claiming' };
      try {
        if (!onClaim) throw new Error('no claim handler');
        const result = await onClaim(value);
        if (disposed) return;
        const code = result?.coupon?.code;
        if (result?.status === 'claimed' && typeof code === 'string' && code) {
          claimState.value = {
            kind: 'claimed',
            code,
            applyUrl: safeHttpUrl(result.coupon?.applyUrl),
          };
        } else {
          claimState.value = { kind: 'idle' };
          offer.value = {
            kind: 'unavailable',
            reason: result?.status && result.status !== 'claimed' ? result.status : 'invalid',
          };
        }
      } catch {
        if (!disposed) claimState.value = { kind: 'failed' };
      }
    },
    dispose() {
      disposed = true;
      stop();
    },
  };
}

export type FriendModel = ReturnType<typeof createFriendModel>;
