// The runtime from the host page's side: referral capture, friend offers, SPA pages, debug,
// previews, destroy, and what happens without a DOM.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGrapevine } from '../../src/create-grapevine.js';
import { createHarness, npsCampaign, stored } from './harness.js';

const NOW = new Date('2026-11-22T08:00:00Z').getTime();

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
  localStorage.clear();
});
afterEach(() => {
  vi.useRealTimers();
  history.replaceState(null, '', '/');
});

const friendOffer = {
  id: 'welcome',
  kind: 'friend-offer' as const,
  triggers: [
    { type: 'event' as const, name: 'referral-captured', scope: { persistFor: 30 * 86_400_000 } },
  ],
};

describe('referral capture', () => {
  it('stores the code, announces it, sends it and triggers the friend-offer campaign', async () => {
    history.replaceState(null, '', '/landing?ref=ANNA-20&utm=x');
    const captured = vi.fn();
    window.addEventListener('grapevine:referral-captured', captured, { once: true });
    const { grapevine, backend, mounts, settle } = createHarness({
      config: { campaigns: [friendOffer] },
      referral: { cleanUrl: true },
    });
    await settle();
    expect((captured.mock.calls[0]?.[0] as CustomEvent | undefined)?.detail).toEqual({
      code: 'ANNA-20',
    });
    expect(stored().referral).toMatchObject({ code: 'ANNA-20', expiresAt: NOW + 30 * 86_400_000 });
    expect(location.search).toBe('?utm=x');
    expect(mounts[0]?.request.kind).toBe('friend-offer');
    expect(mounts[0]?.request.friendOffer).toBeInstanceOf(Promise);
    expect(backend.inspect().events).toEqual([
      expect.objectContaining({ type: 'referral-captured', code: 'ANNA-20' }),
    ]);
    grapevine.destroy();
  });

  it("announces the friend's coupon with friend-claimed, so the host can fill in its checkout", async () => {
    history.replaceState(null, '', '/landing?ref=ANNA-20');
    const claimed = vi.fn();
    window.addEventListener('grapevine:friend-claimed', claimed, { once: true });
    const { grapevine, backend, mounts, settle } = createHarness({
      config: { campaigns: [friendOffer] },
    });
    await settle();
    const coupon = {
      code: 'GV-7KQ2-MXR9-PD4T',
      expiresAt: '2026-12-22T08:00:00.000Z',
      applyUrl: 'https://shop.example/discount/GV-7KQ2-MXR9-PD4T?redirect=/checkout',
    };
    vi.spyOn(backend, 'claim').mockResolvedValue({
      status: 'claimed',
      coupon,
      reward: { kind: 'percent', value: 20 },
    });
    await mounts[0]?.callbacks.onClaim?.('dora@example.com');
    expect((claimed.mock.calls[0]?.[0] as CustomEvent | undefined)?.detail).toMatchObject({
      code: 'ANNA-20',
      coupon,
    });
    grapevine.destroy();
  });

  it('keeps the URL as it is unless the shop opts in', async () => {
    history.replaceState(null, '', '/landing?ref=ANNA-20');
    const { grapevine, settle } = createHarness({ config: { campaigns: [] } });
    await settle();
    expect(location.search).toBe('?ref=ANNA-20');
    grapevine.destroy();
  });
});

describe('pages and sessions', () => {
  it('starts a new page on SPA navigation so page-scoped campaigns can show again', async () => {
    const onPage = {
      id: 'nps',
      kind: 'nps' as const,
      triggers: [{ type: 'pageview' as const }],
      context: { url: { include: [{ match: 'prefix' as const, value: '/thanks' }] } },
    };
    const { grapevine, mounts, settle } = createHarness({ config: { campaigns: [onPage] } });
    await settle();
    expect(mounts).toHaveLength(0);
    history.pushState(null, '', '/thanks');
    await settle();
    expect(mounts).toHaveLength(1);
    grapevine.destroy();
  });

  it('restores history and stops every timer on destroy', async () => {
    const original = history.pushState;
    const { grapevine, settle } = createHarness({ config: { campaigns: [npsCampaign] } });
    await settle();
    expect(history.pushState).not.toBe(original);
    grapevine.destroy();
    expect(history.pushState).toBe(original);
    expect(vi.getTimerCount()).toBe(0);
    grapevine.track('purchase', { orderId: '1', total: 1, currency: 'EUR' }); // harmless after destroy
  });
});

describe('debug, explain and previews', () => {
  it('logs every decision with one line per campaign when debug is on', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const { grapevine, settle } = createHarness({
      debug: true,
      config: { campaigns: [npsCampaign] },
    });
    await settle();
    expect(info).toHaveBeenCalledWith('Grapevine: none');
    expect(info).toHaveBeenCalledWith(expect.stringMatching(/^ {2}nps: /));
    grapevine.destroy();
  });

  it('explains one campaign or all of them, and names an unknown id', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { grapevine } = createHarness({ config: { campaigns: [npsCampaign] } });
    expect(grapevine.explain('nps')).toMatchObject({ campaignId: 'nps', eligible: false });
    expect(grapevine.explain()).toHaveLength(1);
    expect(grapevine.explain('nope')).toBeUndefined();
    expect(error).toHaveBeenCalledWith('Grapevine: explain(): there is no campaign "nope".');
    grapevine.destroy();
  });

  it('shows a campaign on show(id, { force: true }) whatever the rules say', async () => {
    const { grapevine, mounts, settle } = createHarness({
      config: { campaigns: [{ ...npsCampaign, content: { en: { title: 'Hi' } } }] },
    });
    grapevine.show('nps');
    await settle();
    expect(mounts).toHaveLength(0); // time-on-page not reached, no manual trigger
    grapevine.show('nps', { force: true });
    await settle();
    expect(mounts[0]?.request).toMatchObject({ campaignId: 'nps', messages: { title: 'Hi' } });
    grapevine.destroy();
  });

  it('does not loop when the presenter chunk cannot load', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { grapevine, settle } = createHarness({}, { presenterFails: true });
    grapevine.track('purchase', { orderId: '9', total: 9, currency: 'EUR' });
    await settle();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(error).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledWith('Grapevine: the prompt could not load', expect.any(Error));
    grapevine.destroy();
  });
});

describe('host safety', () => {
  it('never throws into the host, even for nonsense calls', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const grapevine = createGrapevine({ config: { campaigns: [] } });
    const anyHandle = grapevine as unknown as Record<string, (...args: unknown[]) => unknown>;
    expect(() => {
      anyHandle.track?.(42);
      anyHandle.track?.('signup', 'not an object');
      anyHandle.identify?.(null);
      anyHandle.identify?.({ email: 7 });
      anyHandle.on?.('shown', 'not a function');
      anyHandle.setConsent?.('maybe');
      anyHandle.show?.(undefined);
    }).not.toThrow();
    // Checked by the rules once loaded (the npm entry loads them with `import()`), in order.
    await vi.waitFor(() => expect(error).toHaveBeenCalledTimes(7));
    expect(error.mock.calls.map(([message]) => message)).toEqual([
      'Grapevine: track() needs an event name.',
      "Grapevine: track('signup'): props must be an object.",
      'Grapevine: identify() needs an object like { id, email }.',
      'Grapevine: identify(): advocate.email must be a string.',
      "Grapevine: on('shown') needs a function.",
      'Grapevine: setConsent() takes "granted", "denied" or "pending".',
      'Grapevine: show(): there is no campaign "undefined".',
    ]);
    grapevine.destroy();
  });

  it('works in memory with one warning when localStorage is blocked', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const { grapevine, mounts, settle } = createHarness();
    grapevine.track('purchase', { orderId: '7', total: 7, currency: 'EUR' });
    await settle();
    expect(mounts).toHaveLength(1);
    expect(warn).toHaveBeenCalledTimes(1);
    grapevine.destroy();
  });
});

describe('prefetch', () => {
  it('loads the UI chunk at idle after a purchase, before any prompt is due', async () => {
    const later = {
      id: 'nps-later',
      kind: 'nps' as const,
      triggers: [
        {
          type: 'purchase' as const,
          scope: { persistFor: 30 * 86_400_000 },
          after: 14 * 86_400_000,
        },
      ],
    };
    const { grapevine, mounts, settle, uiLoads, uiKinds } = createHarness({
      config: { campaigns: [later, friendOffer] },
    });
    await vi.advanceTimersByTimeAsync(5000);
    expect(uiLoads()).toBe(0); // a quiet page view downloads nothing more
    grapevine.track('purchase', { orderId: '5', total: 5, currency: 'EUR' });
    await vi.advanceTimersByTimeAsync(5000);
    await settle();
    expect(uiLoads()).toBe(1);
    expect(uiKinds).toEqual(['nps']); // what a purchase can show, not the friend offer
    expect(mounts).toHaveLength(0);
    grapevine.destroy();
  });

  it("loads the UI of the prompt's own kind, beside the presenter", async () => {
    const { grapevine, mounts, settle, uiKinds } = createHarness();
    grapevine.track('purchase', { orderId: '6', total: 6, currency: 'EUR' });
    await settle();
    expect(mounts[0]?.request.kind).toBe('referral');
    expect(uiKinds).toEqual(['referral']);
    grapevine.destroy();
  });
});

describe('the cross-tab lease', () => {
  it('holds the prompt back while another tab holds the lease, and shows it once freed', async () => {
    // happy-dom has no Web Locks: the runtime uses the storage lease, as older browsers do.
    const record = JSON.stringify({ tab: 'other-tab', until: NOW + 60_000 });
    localStorage.setItem('grapevine:v1:lease', record);
    const { grapevine, mounts, settle } = createHarness();
    grapevine.track('purchase', { orderId: '11', total: 11, currency: 'EUR' });
    await settle();
    expect(mounts).toHaveLength(0);
    expect(grapevine.explain('refer')).toMatchObject({ reason: 'OTHER_TAB' });
    localStorage.removeItem('grapevine:v1:lease');
    window.dispatchEvent(
      new StorageEvent('storage', { key: 'grapevine:v1:lease', oldValue: record, newValue: null }),
    );
    await settle();
    expect(mounts).toHaveLength(1);
    grapevine.destroy();
  });
});

describe('events kept from earlier pages', () => {
  it('loads the connection at idle when the outbox kept events, so they go out', async () => {
    localStorage.setItem('grapevine:v1:outbox', '{"v":1}\n{"id":"e1"}');
    const { grapevine, connects, connectionFlushes, settle } = createHarness({
      config: { campaigns: [] },
    });
    await vi.advanceTimersByTimeAsync(100);
    await settle();
    expect(connects()).toBe(1);
    expect(connectionFlushes()).toBe(1);
    grapevine.destroy();
  });

  it('loads nothing on a quiet page with nothing kept', async () => {
    const { grapevine, connects, settle } = createHarness({ config: { campaigns: [] } });
    await vi.advanceTimersByTimeAsync(5000);
    await settle();
    expect(connects()).toBe(0);
    grapevine.destroy();
  });

  it('does not touch the outbox while consent is pending', async () => {
    localStorage.setItem('grapevine:v1:outbox', '{"v":1}\n{"id":"e1"}');
    const { grapevine, connects, settle } = createHarness({
      consent: 'pending',
      config: { campaigns: [] },
    });
    await vi.advanceTimersByTimeAsync(5000);
    await settle();
    expect(connects()).toBe(0);
    grapevine.destroy();
  });
});

describe('self-referral in the same browser', () => {
  it("answers the advocate's own link with the self-referral status, not a reward", async () => {
    const policy = { maxPerSession: 5, maxPerPage: 5 };
    const shop = createHarness({ config: { campaigns: [npsCampaign], policy } });
    const advocate = createHarness(
      {
        config: {
          campaigns: [{ id: 'refer', kind: 'referral', triggers: [{ type: 'purchase' }] }],
          policy,
        },
      },
      { backend: shop.backend },
    );
    shop.grapevine.destroy();
    advocate.grapevine.track('purchase', { orderId: '21', total: 21, currency: 'EUR' });
    await advocate.settle();
    const own = await (advocate.mounts[0]?.request.referral as Promise<{ code: string }>);
    advocate.mounts[0]?.callbacks.onClosed();
    advocate.grapevine.destroy();

    history.replaceState(null, '', `/?ref=${own.code}`);
    const friend = createHarness(
      { config: { campaigns: [friendOffer], policy } },
      { backend: shop.backend },
    );
    await friend.settle();
    expect(friend.mounts[0]?.request.kind).toBe('friend-offer');
    await expect(friend.mounts[0]?.request.friendOffer).resolves.toMatchObject({
      code: own.code,
      status: 'self-referral',
    });
    friend.grapevine.destroy();
  });

  it("sends the friend's visitor id with the offer request, for the backend's own check", async () => {
    history.replaceState(null, '', '/?ref=ANNA1234');
    const friend = createHarness({ config: { campaigns: [friendOffer] } });
    const offer = vi.spyOn(friend.backend, 'offer');
    await friend.settle();
    expect(friend.mounts[0]?.request.kind).toBe('friend-offer');
    const visitorId = stored().visitorId;
    expect(visitorId).toEqual(expect.any(String));
    expect(offer).toHaveBeenCalledWith('ANNA1234', { visitorId });
    friend.grapevine.destroy();
  });
});
