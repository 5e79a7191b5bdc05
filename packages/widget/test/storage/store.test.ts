import { describe, expect, it, vi } from 'vitest';
import { createStore, type StorageLike } from '../../src/storage/store.js';

interface State {
  count: number;
}

const parse = (value: unknown): State | undefined =>
  typeof (value as State)?.count === 'number' ? (value as State) : undefined;

function fakeStorage(
  overrides: Partial<StorageLike> = {},
): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
    ...overrides,
  };
}

function store(storage: () => StorageLike | undefined, persist = true) {
  const warn = vi.fn();
  const created = createStore<State>({
    key: 'grapevine:v1',
    storage,
    parse,
    initial: () => ({ count: 0 }),
    warn,
    persist,
  });
  return { store: created, warn };
}

describe('createStore', () => {
  it('writes one namespaced key and reads it back', () => {
    const storage = fakeStorage();
    const { store: first } = store(() => storage);
    first.update((state) => ({ count: state.count + 1 }));
    expect(JSON.parse(storage.data.get('grapevine:v1') ?? '')).toEqual({ count: 1 });
    const { store: second } = store(() => storage);
    expect(second.read()).toEqual({ count: 1 });
    expect(second.durable).toBe(true);
  });

  it('sees what another tab wrote (every read asks the storage)', () => {
    const storage = fakeStorage();
    const { store: mine } = store(() => storage);
    mine.update(() => ({ count: 3 }));
    expect(mine.read()).toEqual({ count: 3 });
    storage.data.set('grapevine:v1', JSON.stringify({ count: 7 }));
    expect(mine.update((state) => ({ count: state.count + 1 }))).toEqual({ count: 8 });
  });

  it('parses the same stored text once: its own write, then repeated reads, are not re-parsed', () => {
    const storage = fakeStorage();
    const parsing = vi.spyOn(JSON, 'parse');
    const { store: mine } = store(() => storage);
    const written = mine.update(() => ({ count: 1 }));
    expect(mine.read()).toBe(written);
    expect(mine.read()).toBe(written);
    expect(parsing).not.toHaveBeenCalled();
    storage.data.set('grapevine:v1', '{"count":2}');
    expect(mine.read()).toEqual({ count: 2 });
    expect(mine.read()).toEqual({ count: 2 });
    expect(parsing).toHaveBeenCalledOnce();
    parsing.mockRestore();
  });

  it.each([
    ['not JSON', '{oops'],
    ['the wrong shape', '{"count":"three"}'],
    ['null', 'null'],
  ])('discards corrupt state (%s) with exactly one warning', (_label, raw) => {
    const storage = fakeStorage();
    storage.data.set('grapevine:v1', raw);
    const { store: created, warn } = store(() => storage);
    expect(created.read()).toEqual({ count: 0 });
    created.read();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('corrupt'));
    created.update(() => ({ count: 2 }));
    expect(storage.data.get('grapevine:v1')).toBe('{"count":2}');
  });

  it('falls back to memory with one warning when localStorage is blocked', () => {
    const { store: created, warn } = store(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    created.update(() => ({ count: 1 }));
    created.update((state) => ({ count: state.count + 1 }));
    expect(created.read()).toEqual({ count: 2 });
    expect(created.durable).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('blocked (SecurityError)'));
  });

  it('falls back to memory with one warning when the quota is exceeded', () => {
    const storage = fakeStorage({
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    const { store: created, warn } = store(() => storage);
    created.update(() => ({ count: 1 }));
    created.update(() => ({ count: 5 }));
    expect(created.read()).toEqual({ count: 5 });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('QuotaExceededError'));
  });

  it('keeps everything in memory until persist() (consent pending)', () => {
    const storage = fakeStorage();
    storage.data.set('grapevine:v1', '{"count":40}');
    const { store: created } = store(() => storage, false);
    expect(created.read()).toEqual({ count: 0 }); // not even read before consent
    created.update(() => ({ count: 3 }));
    expect(storage.data.get('grapevine:v1')).toBe('{"count":40}');
    created.persist();
    expect(storage.data.get('grapevine:v1')).toBe('{"count":3}');
  });

  it('works without any storage (server) and without warning', () => {
    const { store: created, warn } = store(() => undefined);
    created.update(() => ({ count: 1 }));
    expect(created.read()).toEqual({ count: 1 });
    expect(warn).not.toHaveBeenCalled();
  });
});
