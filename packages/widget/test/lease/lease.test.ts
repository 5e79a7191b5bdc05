import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLease, type Lease, type LeaseOptions } from '../../src/lease/lease.js';
import { storageLease } from '../../src/lease/storage-lease.js';
import type { StorageLike } from '../../src/storage/store.js';

function sharedStorage(): StorageLike {
  const data = new Map<string, string>();
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

/** A tab's lease: `createLease`'s pick, or one implementation (`storageLease`) directly. */
function tab(
  tabId: string,
  storage: StorageLike | undefined,
  extra: Partial<LeaseOptions> = {},
  make: (options: LeaseOptions) => Lease = storageLease,
) {
  const onReleasedElsewhere = vi.fn();
  const events = new EventTarget() as unknown as Window;
  const lease = make({
    name: 'grapevine:v1:lease',
    tabId,
    locks: undefined,
    storage,
    events,
    now: Date.now,
    ttl: 10_000,
    onReleasedElsewhere,
    ...extra,
  });
  return { lease, events, onReleasedElsewhere };
}

beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
afterEach(() => vi.useRealTimers());

describe('storage lease', () => {
  it('lets one of two tabs hold it', async () => {
    const storage = sharedStorage();
    const a = tab('a', storage);
    const b = tab('b', storage);
    expect(await a.lease.acquire()).toBe(true);
    expect(await b.lease.acquire()).toBe(false);
    expect(await a.lease.acquire()).toBe(true); // re-entrant for the holder
    a.lease.release();
    expect(await b.lease.acquire()).toBe(true);
    a.lease.destroy();
    b.lease.destroy();
  });

  it('renews while held, and a crashed holder expires after the TTL', async () => {
    const storage = sharedStorage();
    const a = tab('a', storage);
    const b = tab('b', storage);
    await a.lease.acquire();
    await vi.advanceTimersByTimeAsync(25_000);
    expect(await b.lease.acquire()).toBe(false); // still renewed
    a.lease.destroy(); // released
    expect(await b.lease.acquire()).toBe(true);
    b.lease.destroy();

    // Tab c crashed while holding it: its record is neither renewed nor removed.
    storage.setItem('grapevine:v1:lease', JSON.stringify({ tab: 'c', until: Date.now() + 10_000 }));
    const d = tab('d', storage);
    expect(await d.lease.acquire()).toBe(false);
    vi.advanceTimersByTime(10_001);
    expect(await d.lease.acquire()).toBe(true);
    d.lease.destroy();
  });

  it('tells waiting tabs when the lease is released (storage event)', () => {
    const b = tab('b', sharedStorage());
    b.events.dispatchEvent(
      Object.assign(new Event('storage'), { key: 'grapevine:v1:lease', newValue: null }),
    );
    b.events.dispatchEvent(Object.assign(new Event('storage'), { key: 'other', newValue: null }));
    expect(b.onReleasedElsewhere).toHaveBeenCalledTimes(1);
    b.lease.destroy();
    b.events.dispatchEvent(
      Object.assign(new Event('storage'), { key: 'grapevine:v1:lease', newValue: null }),
    );
    expect(b.onReleasedElsewhere).toHaveBeenCalledTimes(1);
  });

  it('treats an unreadable record as free and works without storage', async () => {
    const storage = sharedStorage();
    storage.setItem('grapevine:v1:lease', '{broken');
    expect(await tab('a', storage).lease.acquire()).toBe(true);
    expect(await tab('solo', undefined).lease.acquire()).toBe(true);
  });
});

describe('Web Locks lease', () => {
  /** A tiny in-memory LockManager with `ifAvailable` semantics. */
  function fakeLocks(): LockManager {
    const held = new Set<string>();
    const waiting = new Map<string, Array<() => void>>();
    return {
      request: ((name: string, ...args: unknown[]) => {
        const options = (args.length > 1 ? args[0] : {}) as LockOptions;
        const callback = args[args.length - 1] as (lock: Lock | null) => unknown;
        const run = async () => {
          held.add(name);
          try {
            return await callback({ name, mode: 'exclusive' } as Lock);
          } finally {
            held.delete(name);
            waiting.get(name)?.shift()?.();
          }
        };
        if (!held.has(name)) return run();
        if (options.ifAvailable) return Promise.resolve(callback(null));
        return new Promise<unknown>((resolve) => {
          waiting.set(name, [...(waiting.get(name) ?? []), () => resolve(run() as unknown)]);
        });
      }) as LockManager['request'],
      query: () => Promise.resolve({ held: [], pending: [] }),
    };
  }

  it('lets one tab hold the lock and tells the other when it is free', async () => {
    const locks = fakeLocks();
    const a = tab('a', undefined, { locks }, createLease);
    const b = tab('b', undefined, { locks }, createLease);
    expect(await a.lease.acquire()).toBe(true);
    expect(await b.lease.acquire()).toBe(false);
    a.lease.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(b.onReleasedElsewhere).toHaveBeenCalledTimes(1);
    expect(await b.lease.acquire()).toBe(true);
    b.lease.destroy();
  });
});

describe('createLease without Web Locks (the storage lease, loaded with import())', () => {
  beforeEach(() => vi.useRealTimers());
  const release = (events: Window) =>
    events.dispatchEvent(
      Object.assign(new Event('storage'), { key: 'grapevine:v1:lease', newValue: null }),
    );

  it('lets one of two tabs hold it, once loaded, and hears releases from then on', async () => {
    const storage = sharedStorage();
    const a = tab('a', storage, {}, createLease);
    const b = tab('b', storage, {}, createLease);
    expect(await a.lease.acquire()).toBe(true);
    expect(await b.lease.acquire()).toBe(false);
    a.lease.release();
    release(b.events);
    expect(b.onReleasedElsewhere).toHaveBeenCalledTimes(1);
    expect(await b.lease.acquire()).toBe(true);
    a.lease.destroy();
    b.lease.destroy();
    release(b.events);
    expect(b.onReleasedElsewhere).toHaveBeenCalledTimes(1);
  });

  it('destroyed before the storage lease arrived: never listens, never holds', async () => {
    const storage = sharedStorage();
    const gone = tab('gone', storage, {}, createLease);
    gone.lease.destroy();
    // Another tab's lease loading after it: once that one answers, the first had its chance.
    const other = tab('other', storage, {}, createLease);
    expect(await other.lease.acquire()).toBe(true);
    other.lease.release();
    release(gone.events);
    expect(gone.onReleasedElsewhere).not.toHaveBeenCalled();
    expect(await gone.lease.acquire()).toBe(false);
    expect(storage.getItem('grapevine:v1:lease')).toBeNull();
    other.lease.destroy();
  });
});
