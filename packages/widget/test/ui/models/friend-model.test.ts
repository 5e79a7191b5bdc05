import type { Claim, FriendOffer } from '@grapevine/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFriendModel, OFFER_TIMEOUT_MS } from '../../../src/ui/models/friend-model.js';

const offer: FriendOffer = {
  code: 'ANNA20',
  status: 'valid',
  advocateName: 'Anna',
  friend: { kind: 'percent', value: 20 },
};
const claimed: Claim = {
  status: 'claimed',
  coupon: { code: 'WELCOME-7F3K' },
  reward: { kind: 'percent', value: 20 },
};

afterEach(() => vi.useRealTimers());

describe('createFriendModel: the offer', () => {
  it.each([
    [offer, { kind: 'ready', offer }],
    [null, { kind: 'unavailable', reason: 'invalid' }],
    [
      { ...offer, status: 'self-referral' },
      { kind: 'unavailable', reason: 'self-referral' },
    ],
    [
      { ...offer, status: 'expired' },
      { kind: 'unavailable', reason: 'expired' },
    ],
    [
      { ...offer, status: 'exhausted' },
      { kind: 'unavailable', reason: 'exhausted' },
    ],
    ['garbage', { kind: 'unavailable', reason: 'invalid' }],
  ] as const)('%j → %j', (source, expected) => {
    expect(createFriendModel(source as FriendOffer, undefined).offer.value).toEqual(expected);
  });

  it('loads a pending offer, and falls back after the timeout', async () => {
    vi.useFakeTimers();
    const slow = createFriendModel(new Promise(() => {}), undefined);
    expect(slow.offer.value).toEqual({ kind: 'loading' });
    await vi.advanceTimersByTimeAsync(OFFER_TIMEOUT_MS);
    expect(slow.offer.value).toEqual({ kind: 'failed' });
    const down = createFriendModel(Promise.reject(new Error('down')), undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(down.offer.value).toEqual({ kind: 'failed' });
  });
});

describe('createFriendModel: the claim', () => {
  it('claims with a trimmed email and reveals the code', async () => {
    const onClaim = vi.fn(() => Promise.resolve(claimed));
    const model = createFriendModel(offer, onClaim);
    await model.claim('  friend@example.com ');
    expect(onClaim).toHaveBeenCalledWith('friend@example.com');
    expect(model.claimState.value).toEqual({ kind: 'claimed', code: 'WELCOME-7F3K' });
  });

  it.each([
    [
      'https://shop.example/discount/WELCOME-7F3K?redirect=/checkout',
      'https://shop.example/discount/WELCOME-7F3K?redirect=/checkout',
    ],
    ['javascript:alert(1)', undefined],
    ['/relative', undefined],
  ])('keeps an apply link %j only when it is http(s)', async (applyUrl, expected) => {
    const model = createFriendModel(offer, () =>
      Promise.resolve({ ...claimed, coupon: { code: 'WELCOME-7F3K', applyUrl } }),
    );
    await model.claim('friend@example.com');
    expect(model.claimState.value).toEqual({
      kind: 'claimed',
      code: 'WELCOME-7F3K',
      applyUrl: expected,
    });
  });

  it.each(['', 'friend', 'friend@', '@example.com', 'a b@example.com', `${'a'.repeat(250)}@x.io`])(
    'refuses the email %j without calling the backend',
    async (email) => {
      const onClaim = vi.fn(() => Promise.resolve(claimed));
      const model = createFriendModel(offer, onClaim);
      await model.claim(email);
      expect(onClaim).not.toHaveBeenCalled();
      expect(model.claimState.value).toEqual({ kind: 'invalid-email' });
    },
  );

  it('keeps the email when the backend fails, and a retry can succeed', async () => {
    const onClaim = vi
      .fn<(email: string) => Promise<Claim>>()
      .mockRejectedValueOnce(new Error('timeout'))
      .mockResolvedValueOnce(claimed);
    const model = createFriendModel(offer, onClaim);
    await model.claim('friend@example.com');
    expect(model.claimState.value).toEqual({ kind: 'failed' });
    expect(model.email.value).toBe('friend@example.com');
    await model.claim(model.email.value);
    expect(model.claimState.value.kind).toBe('claimed');
  });

  it.each(['self-referral', 'expired', 'exhausted', 'limit-reached'] as const)(
    'a %s answer makes the offer unavailable',
    async (status) => {
      const model = createFriendModel(offer, () => Promise.resolve({ ...claimed, status }));
      await model.claim('friend@example.com');
      expect(model.offer.value).toEqual({ kind: 'unavailable', reason: status });
      expect(model.claimState.value).toEqual({ kind: 'idle' });
    },
  );

  it('does not claim twice while a claim is running', async () => {
    let resolve: (claim: Claim) => void = () => {};
    const onClaim = vi.fn(() => new Promise<Claim>((done) => (resolve = done)));
    const model = createFriendModel(offer, onClaim);
    const first = model.claim('friend@example.com');
    await model.claim('friend@example.com');
    resolve(claimed);
    await first;
    expect(onClaim).toHaveBeenCalledOnce();
  });

  it('fails plainly without a claim handler', async () => {
    const model = createFriendModel(offer, undefined);
    await model.claim('friend@example.com');
    expect(model.claimState.value).toEqual({ kind: 'failed' });
  });
});
