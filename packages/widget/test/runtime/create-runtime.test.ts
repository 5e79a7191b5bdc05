import { memoryBackend } from '@grapevine/adapter';
import type { Backend } from '@grapevine/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHarness, npsCampaign, stored } from './harness.js';

const NOW = new Date('2026-11-22T08:00:00Z').getTime();
const order = { orderId: '1001', total: 80, currency: 'eur' };

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
  localStorage.clear();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createRuntime: purchase → referral prompt', () => {
  it('shows the referral prompt after a purchase and sends the purchase with the captured code', async () => {
    history.replaceState(null, '', '/?ref=ANNA-20');
    const { grapevine, backend, mounts, settle } = createHarness();
    grapevine.track('purchase', order);
    await settle();
    expect(mounts).toHaveLength(1);
    const [mount] = mounts;
    expect(mount?.request).toMatchObject({
      kind: 'referral',
      campaignId: 'refer',
      variantId: 'default',
    });
    const purchase = backend.inspect().events.find((event) => event.type === 'purchase');
    expect(purchase).toMatchObject({
      orderId: '1001',
      total: 80,
      currency: 'EUR',
      referralCode: 'ANNA-20',
    });
    grapevine.destroy();
    history.replaceState(null, '', '/');
  });

  it("sends the page's language with the purchase, so emails about the order can be in it", async () => {
    const { grapevine, backend, settle } = createHarness({ locale: 'da-DK' });
    grapevine.track('purchase', { ...order, orderId: '1002' });
    await settle();
    window.dispatchEvent(new Event('pagehide')); // sends go out now, whatever the prompt does
    await settle();
    const purchase = backend.inspect().events.find((event) => event.type === 'purchase');
    expect(purchase).toMatchObject({ orderId: '1002', locale: 'da-DK' });
    grapevine.destroy();
  });

  it('records impression, share and dismiss through the ledger and the backend', async () => {
    const { grapevine, backend, mounts, settle } = createHarness();
    const shown = vi.fn();
    grapevine.on('shown', shown);
    grapevine.track('purchase', order);
    await settle();
    const callbacks = mounts[0]?.callbacks;
    callbacks?.onShown();
    await (mounts[0]?.request.referral as Promise<unknown>);
    callbacks?.onShare('whatsapp');
    callbacks?.onDismiss();
    callbacks?.onClosed();
    await settle();
    expect(shown).toHaveBeenCalledWith({
      campaignId: 'refer',
      variantId: 'default',
      kind: 'referral',
    });
    const types = backend.inspect().events.map((event) => event.type);
    expect(types).toEqual(expect.arrayContaining(['purchase', 'impression', 'share', 'dismiss']));
    const ledger = stored().ledger as Array<{ type: string }>;
    expect(ledger.map((entry) => entry.type)).toEqual(['impression', 'share', 'dismiss']);
    expect(mounts[0]?.destroyed).toBe(true);
    grapevine.destroy();
  });

  it('paints the prompt first: the impression and every send wait for its frames, or the page leaving', async () => {
    const { grapevine, backend, mounts } = createHarness();
    const shown = vi.fn();
    grapevine.on('shown', shown);
    grapevine.track('purchase', order);
    for (let round = 0; round < 10 && mounts.length === 0; round++) {
      await vi.advanceTimersByTimeAsync(0); // tasks and promises, but no frame
    }
    mounts[0]?.callbacks.onShown();
    await vi.advanceTimersByTimeAsync(0);
    expect(stored().ledger).toEqual([]);
    expect(shown).not.toHaveBeenCalled();
    expect((stored().pending as Array<{ type: string }>).map((event) => event.type)).toEqual([
      'purchase',
    ]); // stored at once
    expect(backend.inspect().events).toEqual([]);
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect((stored().ledger as Array<{ type: string }>).map((entry) => entry.type)).toEqual([
      'impression',
    ]);
    expect(shown).toHaveBeenCalledOnce();
    expect(backend.inspect().events.map((event) => event.type)).toEqual(['purchase', 'impression']);
    grapevine.destroy();
  });

  it('does not show the same once-campaign again after a reload of the thank-you page', async () => {
    const first = createHarness();
    first.grapevine.track('purchase', order);
    await first.settle();
    first.mounts[0]?.callbacks.onShown();
    first.mounts[0]?.callbacks.onClosed();
    first.grapevine.destroy();
    const second = createHarness();
    second.grapevine.track('purchase', order);
    second.grapevine.track('purchase', { ...order, orderId: '1002' });
    await second.settle();
    expect(second.mounts).toHaveLength(0);
    second.grapevine.destroy();
  });

  it('reports an invalid order by field and sends nothing', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { grapevine, backend, mounts, settle } = createHarness();
    grapevine.track('purchase', { orderId: '1', total: -5, currency: 'EUR' });
    await settle();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('order.total'));
    expect(mounts).toHaveLength(0);
    expect(backend.inspect().events).toHaveLength(0);
    grapevine.destroy();
  });
});

describe('createRuntime: timer', () => {
  it('sets one timer for nextCheckAt and shows the NPS prompt when it fires', async () => {
    const { grapevine, mounts, settle } = createHarness({ config: { campaigns: [npsCampaign] } });
    await settle();
    expect(mounts).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(mounts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1_000);
    await settle();
    expect(mounts[0]?.request).toMatchObject({ kind: 'nps', campaignId: 'nps' });
    grapevine.destroy();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('cuts a long comment at 2000 code units without halving an emoji', async () => {
    const { grapevine, backend, mounts, settle } = createHarness({
      config: { campaigns: [npsCampaign] },
    });
    await vi.advanceTimersByTimeAsync(30_000);
    await settle();
    const callbacks = mounts[0]?.callbacks;
    callbacks?.onShown();
    callbacks?.onNpsAnswer({ score: 9, segment: 'promoter' });
    // The 2000th code unit is the first half of 😀: a lone surrogate would poison the batch.
    callbacks?.onNpsComment(`${'y'.repeat(1999)}😀 more`);
    await settle();
    const answers = backend.inspect().events.filter((event) => event.type === 'nps-answer');
    expect(answers).toEqual([expect.objectContaining({ comment: 'y'.repeat(1999) })]);
    grapevine.destroy();
  });

  it('records an NPS answer with its comment as one event, and a snooze', async () => {
    const { grapevine, backend, mounts, settle } = createHarness({
      config: { campaigns: [npsCampaign] },
    });
    const answered = vi.fn();
    grapevine.on('nps-answered', answered);
    await vi.advanceTimersByTimeAsync(30_000);
    await settle();
    const callbacks = mounts[0]?.callbacks;
    callbacks?.onShown();
    callbacks?.onNpsAnswer({ score: 9, segment: 'promoter' });
    await settle();
    expect(backend.inspect().events.some((event) => event.type === 'nps-answer')).toBe(false);
    callbacks?.onNpsComment('  Fast delivery  ');
    await settle();
    const answers = backend.inspect().events.filter((event) => event.type === 'nps-answer');
    expect(answers).toEqual([
      expect.objectContaining({ score: 9, segment: 'promoter', comment: 'Fast delivery' }),
    ]);
    expect(answered).toHaveBeenCalledWith(
      expect.objectContaining({ score: 9, segment: 'promoter' }),
    );
    const snoozedAt = Date.now(); // a little after NOW + 30 s: settle() lets frames pass
    callbacks?.onSnooze();
    const snooze = backend.inspect().events.find((event) => event.type === 'snooze');
    await settle();
    expect(backend.inspect().events.find((event) => event.type === 'snooze')).toMatchObject({
      until: snoozedAt + 14 * 86_400_000,
    });
    expect(snooze).toBeUndefined();
    grapevine.destroy();
  });
});

describe('createRuntime: headless', () => {
  it('emits show with the campaign and records answers through the handle', async () => {
    const { grapevine, backend, mounts, settle } = createHarness({
      ui: false,
      config: { campaigns: [{ ...npsCampaign, content: { en: { title: 'Love us?' } } }] },
    });
    const show = vi.fn();
    window.addEventListener('grapevine:show', (event) => show((event as CustomEvent).detail));
    await vi.advanceTimersByTimeAsync(30_000);
    await settle();
    expect(mounts).toHaveLength(0);
    await vi.waitFor(() => expect(show).toHaveBeenCalled()); // the messages are a real import
    expect(show).toHaveBeenCalledWith(
      expect.objectContaining({
        campaignId: 'nps',
        kind: 'nps',
        messages: expect.objectContaining({ title: 'Love us?', npsLow: 'Not likely' }),
      }),
    );
    grapevine.rendered();
    grapevine.answer(10, 'Great');
    grapevine.close();
    await settle();
    const kinds = backend.inspect().events.map((event) => event.type);
    expect(kinds).toEqual(['impression', 'nps-answer']);
    grapevine.destroy();
  });

  it('names the mistake when a headless call has no open prompt or a bad argument', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { grapevine, backend, settle } = createHarness({
      ui: false,
      config: { campaigns: [npsCampaign] },
    });
    grapevine.dismiss();
    expect(error).toHaveBeenLastCalledWith(
      'Grapevine: dismiss() needs an open prompt; none is open.',
    );
    await vi.advanceTimersByTimeAsync(30_000);
    await settle();
    grapevine.rendered();
    grapevine.answer(11);
    expect(error).toHaveBeenLastCalledWith(
      'Grapevine: answer() needs a whole number score from 0 to 10.',
    );
    grapevine.share('pigeon' as never);
    expect(error).toHaveBeenLastCalledWith('Grapevine: share(): unknown channel "pigeon".');
    grapevine.snooze();
    grapevine.copy();
    expect(error).toHaveBeenLastCalledWith('Grapevine: copy() needs an open prompt; none is open.');
    await settle();
    expect(backend.inspect().events.map((event) => event.type)).toEqual(['impression', 'snooze']);
    grapevine.destroy();
  });
});

describe('createRuntime: consent', () => {
  it('stores and sends nothing while pending, then everything once granted', async () => {
    const { grapevine, backend, settle } = createHarness({ consent: 'pending', ui: false });
    grapevine.track('purchase', order);
    await settle();
    expect(localStorage.getItem('grapevine:v1')).toBeNull();
    expect(backend.inspect().events).toHaveLength(0);
    grapevine.setConsent('granted');
    await settle();
    expect(stored().visitorId).toEqual(expect.any(String));
    expect(backend.inspect().events.map((event) => event.type)).toContain('purchase');
    grapevine.destroy();
  });

  it('sends nothing when denied', async () => {
    const { grapevine, backend, settle } = createHarness({ consent: 'denied' });
    grapevine.track('purchase', order);
    await settle();
    expect(backend.inspect().events).toHaveLength(0);
    expect(localStorage.getItem('grapevine:v1')).toBeNull();
    grapevine.destroy();
  });
});

describe('createRuntime: a failing backend', () => {
  it('keeps events stored when the backend is down and sends them on the next flush', async () => {
    const warn = vi.spyOn(console, 'error').mockImplementation(() => {});
    const healthy = memoryBackend();
    let down = true;
    const flaky: Backend = {
      ...healthy,
      referral: (advocate) => healthy.referral(advocate),
      send: (events) => (down ? Promise.reject(new Error('offline')) : healthy.send(events)),
    };
    const { grapevine, settle } = createHarness({ ui: false }, { backend: flaky });
    const show = vi.fn(() => grapevine.rendered());
    grapevine.on('show', show);
    grapevine.track('purchase', order);
    await vi.waitFor(() => expect(show).toHaveBeenCalled());
    await settle();
    expect(stored().pending).toEqual([
      expect.objectContaining({ type: 'purchase' }),
      expect.objectContaining({ type: 'impression' }),
    ]);
    expect(warn).toHaveBeenCalledWith('Grapevine: events could not be sent yet', expect.any(Error));
    down = false;
    window.dispatchEvent(new Event('online'));
    await settle();
    expect(stored().pending).toEqual([]);
    expect(healthy.inspect().events.map((event) => event.type)).toContain('purchase');
    grapevine.destroy();
  });

  it('shows no referral pop-up whose link times out (the backend hangs), and counts none', async () => {
    const hanging: Backend = { ...memoryBackend(), referral: () => new Promise(() => {}) };
    const { grapevine, mounts, settle } = createHarness({ timeout: 2000 }, { backend: hanging });
    const shown = vi.fn();
    grapevine.on('shown', shown);
    grapevine.track('purchase', order);
    await settle();
    expect(mounts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2000);
    await settle();
    expect(mounts).toHaveLength(0);
    expect(shown).not.toHaveBeenCalled();
    expect(grapevine.explain('refer')?.eligible).toBe(true); // no impression in the ledger
    grapevine.destroy();
  });

  it('shows no referral pop-up for a garbage referral (no http link)', async () => {
    const garbage = {
      ...memoryBackend(),
      referral: () => Promise.resolve({ code: 'X', url: 'javascript:alert(1)' }),
    } as unknown as Backend;
    const { grapevine, mounts, settle } = createHarness({}, { backend: garbage });
    grapevine.track('purchase', order);
    await settle();
    expect(mounts).toHaveLength(0);
    grapevine.destroy();
  });

  it('closes cleanly and reports when the UI chunk cannot load', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { grapevine, mounts, settle } = createHarness({}, { loadUiFails: true });
    const onError = vi.fn();
    grapevine.on('error', onError);
    grapevine.track('purchase', order);
    await settle();
    expect(mounts).toHaveLength(0);
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'Grapevine: the prompt UI could not load' }),
    );
    expect(error).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(onError).toHaveBeenCalledTimes(1); // not retried in a loop
    grapevine.destroy();
  });
});
