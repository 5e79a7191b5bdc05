import type { GrapevineEvent } from '@grapevine/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Connection, createDelivery, PAINT_WAIT_MS } from '../../src/runtime/delivery.js';
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

  it('releases a hold within a second where no frame comes (a hidden tab)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('requestAnimationFrame', undefined);
    const { delivery, delivered } = setup();
    delivery.holdUntil(Promise.reject(new Error('the prompt failed')));
    delivery.enqueue(event('purchase-1'));
    await vi.advanceTimersByTimeAsync(PAINT_WAIT_MS - 1);
    expect(delivered).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(delivered).toEqual(['purchase-1']);
    vi.unstubAllGlobals();
  });

  it('sends as soon as nothing holds it, and leaves no timer after destroy', async () => {
    const { delivery, delivered } = setup();
    delivery.enqueue(event('purchase-1'));
    await vi.advanceTimersByTimeAsync(0);
    expect(delivered).toEqual(['purchase-1']);
    delivery.holdUntil(Promise.resolve());
    await vi.advanceTimersByTimeAsync(0);
    delivery.destroy();
    expect(vi.getTimerCount()).toBe(0);
  });
});
