import type { GrapevineEvent } from '@grapevine/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Connection, createDelivery } from '../../src/runtime/delivery.js';
import { initialState, type PersistedState } from '../../src/runtime/state.js';
import { createStore } from '../../src/storage/store.js';

const event = (id: string) =>
  ({
    id,
    at: 1,
    type: 'impression',
    visitorId: 'v',
    campaignId: 'c',
    variantId: 'default',
  }) as GrapevineEvent;

function setup() {
  localStorage.clear();
  const store = createStore<PersistedState>({
    key: 'grapevine:v1',
    storage: () => localStorage,
    parse: (value) => value as PersistedState,
    initial: () => initialState('v'),
    warn: () => {},
    persist: true,
  });
  const delivered: string[] = [];
  const connect = vi.fn(
    async (): Promise<Connection> => ({
      backend: {} as Connection['backend'],
      deliver: async (events) => {
        delivered.push(...events.map((each) => each.id));
        return events.map((each) => each.id);
      },
    }),
  );
  const delivery = createDelivery({ store, connect, canSend: () => true, report: () => {} });
  const stored = () => store.read().pending.map((each) => each.id);
  return { delivery, connect, delivered, stored };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createDelivery: holding sends while a prompt opens', () => {
  it('stores at once, loads no connection and sends nothing until the fourth frame after the hold', async () => {
    const { delivery, connect, delivered, stored } = setup();
    let opened = (): void => {};
    delivery.holdUntil(new Promise<void>((resolve) => (opened = resolve)));
    delivery.enqueue(event('purchase-1'));
    expect(stored()).toEqual(['purchase-1']);
    await vi.advanceTimersByTimeAsync(100);
    expect(connect).not.toHaveBeenCalled();
    opened();
    await vi.advanceTimersByTimeAsync(0);
    for (let frame = 0; frame < 4; frame++) {
      expect(connect).not.toHaveBeenCalled(); // the prompt's first frames paint first
      vi.advanceTimersToNextFrame();
      await vi.advanceTimersByTimeAsync(1);
    }
    expect(delivered).toEqual(['purchase-1']);
    expect(stored()).toEqual([]);
  });

  it('lets a flush through at once (the page is going away)', async () => {
    const { delivery, delivered } = setup();
    delivery.holdUntil(new Promise(() => {}));
    delivery.enqueue(event('impression-1'));
    await delivery.flush();
    expect(delivered).toEqual(['impression-1']);
  });

  it('holds while no frame comes (a hidden tab), and sends once frames run again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      frames.push(callback),
    );
    const { delivery, delivered, stored } = setup();
    delivery.holdUntil(Promise.reject(new Error('the prompt failed')));
    delivery.enqueue(event('purchase-1'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(delivered).toEqual([]);
    expect(stored()).toEqual(['purchase-1']);
    while (frames.length > 0) frames.shift()?.(0); // the tab is shown
    await vi.advanceTimersByTimeAsync(1);
    expect(delivered).toEqual(['purchase-1']);
    vi.unstubAllGlobals();
  });

  it('sends as soon as nothing holds it, and nothing after destroy', async () => {
    const { delivery, delivered } = setup();
    delivery.enqueue(event('purchase-1'));
    await vi.advanceTimersByTimeAsync(0);
    expect(delivered).toEqual(['purchase-1']);
    delivery.holdUntil(Promise.resolve());
    delivery.enqueue(event('impression-1'));
    delivery.destroy();
    for (let frame = 0; frame < 5; frame++) vi.advanceTimersToNextFrame();
    await vi.advanceTimersByTimeAsync(1);
    expect(delivered).toEqual(['purchase-1']);
  });

  it('runs deferred bookkeeping when the hold ends, before its sends, or at once on a flush', async () => {
    const { delivery, delivered } = setup();
    const recorded: string[] = [];
    delivery.holdUntil(Promise.resolve());
    delivery.afterHold(() => {
      recorded.push('impression');
      delivery.enqueue(event('impression-1'));
    });
    await vi.advanceTimersByTimeAsync(1);
    expect(recorded).toEqual([]);
    for (let frame = 0; frame < 4; frame++) vi.advanceTimersToNextFrame();
    await vi.advanceTimersByTimeAsync(1);
    expect(recorded).toEqual(['impression']);
    expect(delivered).toEqual(['impression-1']);

    delivery.holdUntil(new Promise(() => {})); // e.g. the page closes while a prompt opens
    delivery.afterHold(() => delivery.enqueue(event('impression-2')));
    await delivery.flush();
    expect(delivered).toEqual(['impression-1', 'impression-2']);
    delivery.afterHold(() => recorded.push('at once'));
    expect(recorded).toEqual(['impression']); // still held: waits
  });
});
