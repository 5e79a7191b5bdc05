// A referral prompt is shown only with its link (issue 13): the link is asked for first,
// with the UI chunk loading meanwhile; without one the prompt is not shown and counts no
// impression. An `identify()` callback re-signs the advocate when a prompt needs the link
// and the signature it has may be too old for the server (10 minutes).
import { memoryBackend, TransportError } from '@grapevine/adapter';
import type { Advocate, Backend } from '@grapevine/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FRESH_FOR } from '../../src/runtime/identity.js';
import { createHarness, type Harness, referralCampaign } from './harness.js';

const NOW = new Date('2026-11-22T08:00:00Z').getTime();
const MINUTE = 60_000;
const order = { orderId: '1001', total: 80, currency: 'EUR' };
let harness: Harness | undefined;

/** A backend that, like the reference server, refuses unsigned and expired advocates. */
function strictBackend() {
  const inner = memoryBackend();
  const asked: Advocate[] = [];
  const backend: Backend = {
    ...inner,
    async referral(advocate) {
      asked.push(advocate);
      const age = Date.now() - (advocate.signedAt ?? -Infinity);
      if (!advocate.signature || age > 10 * MINUTE) {
        throw new TransportError('POST /v1/referrals: HTTP 401', {
          kind: 'http',
          endpoint: 'POST /v1/referrals',
          status: 401,
        });
      }
      return inner.referral(advocate);
    },
  };
  return { backend, asked, inner };
}

const signed = (at = Date.now()) => ({
  id: 'c-1',
  email: 'ann@example.com',
  signature: 'ab'.repeat(32),
  signedAt: at,
});

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
  localStorage.clear();
});
afterEach(() => {
  harness?.grapevine.destroy();
  harness = undefined;
  vi.useRealTimers();
});

describe('a referral prompt without its link', () => {
  it('is not shown to an anonymous visitor where the backend refuses unsigned referrals, and counts nothing', async () => {
    const { backend, inner } = strictBackend();
    harness = createHarness({}, { backend });
    const shown = vi.fn();
    harness.grapevine.on('shown', shown);
    harness.grapevine.track('purchase', order);
    await harness.settle();
    expect(harness.mounts).toHaveLength(0);
    expect(shown).not.toHaveBeenCalled();
    expect(harness.uiKinds).toEqual(['referral']); // the UI chunk did load, in parallel
    expect(inner.inspect().events.map((event) => event.type)).toEqual(['purchase']);
    expect(harness.grapevine.explain('refer')?.eligible).toBe(true);
  });

  it('is shown with a signed advocate’s link, and counted once', async () => {
    const { backend, inner } = strictBackend();
    harness = createHarness({}, { backend });
    harness.grapevine.identify(signed());
    harness.grapevine.track('purchase', order);
    await harness.settle();
    expect(harness.mounts).toHaveLength(1);
    await expect(harness.mounts[0]?.request.referral).resolves.toMatchObject({
      code: expect.any(String),
    });
    harness.mounts[0]?.callbacks.onShown?.();
    await harness.settle();
    expect(inner.inspect().events.filter((event) => event.type === 'impression')).toHaveLength(1);
  });
});

describe('identify() with a callback', () => {
  // Page rendered (and signed) now; the pop-up's trigger comes two days later.
  const campaign = {
    ...referralCampaign,
    triggers: [{ type: 'purchase' as const, after: 2 * 86_400_000 }],
  };

  it('is asked at once, and again when a prompt needs a signature that may be too old', async () => {
    const { backend, asked } = strictBackend();
    const provider = vi.fn(async () => signed());
    harness = createHarness({ config: { campaigns: [campaign] } }, { backend });
    harness.grapevine.identify(provider);
    await harness.settle();
    expect(provider).toHaveBeenCalledTimes(1);
    harness.grapevine.track('purchase', order);
    await harness.settle();
    expect(harness.mounts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2 * 86_400_000);
    await harness.settle();
    expect(provider).toHaveBeenCalledTimes(2);
    expect(harness.mounts).toHaveLength(1);
    await expect(harness.mounts[0]?.request.referral).resolves.toMatchObject({
      code: expect.any(String),
    });
    expect(Date.now() - (asked.at(-1)?.signedAt ?? 0)).toBeLessThan(FRESH_FOR);
  });

  it('is not asked again while the signature it gave is fresh', async () => {
    const { backend } = strictBackend();
    const provider = vi.fn(async () => signed());
    harness = createHarness({}, { backend });
    harness.grapevine.identify(provider);
    await harness.settle();
    harness.grapevine.track('purchase', order);
    await harness.settle();
    expect(provider).toHaveBeenCalledTimes(1);
    expect(harness.mounts).toHaveLength(1);
  });

  it('a static identity still works (no callback to ask)', async () => {
    const { backend } = strictBackend();
    harness = createHarness({}, { backend });
    harness.grapevine.identify(signed());
    harness.grapevine.track('purchase', order);
    await harness.settle();
    expect(harness.mounts).toHaveLength(1);
  });

  it.each([
    ['throws', () => Promise.reject(new Error('session gone')), /session gone/],
    ['answers garbage', async () => 'nope', /needs an object/],
    ['never answers (timeout)', () => new Promise(() => {}), /timed out after 3000 ms/],
  ])(
    'a callback that %s: reported, and the pop-up whose signature cannot be renewed is not shown',
    async (_name, answer, message) => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const { backend } = strictBackend();
      let calls = 0;
      const provider = () =>
        calls++ === 0 ? Promise.resolve(signed()) : (answer() as Promise<never>);
      harness = createHarness({ config: { campaigns: [campaign] } }, { backend });
      harness.grapevine.identify(provider);
      await harness.settle();
      harness.grapevine.track('purchase', order);
      await vi.advanceTimersByTimeAsync(2 * 86_400_000);
      await harness.settle();
      await vi.advanceTimersByTimeAsync(3000);
      await harness.settle();
      expect(harness.mounts).toHaveLength(0);
      expect(error).toHaveBeenCalledWith(
        'Grapevine: the identify() callback failed',
        expect.objectContaining({ message: expect.stringMatching(message) }),
      );
      error.mockRestore();
    },
  );
});
