import { describe, expect, it } from 'vitest';
import { memoryStorage, webStorage } from '../../src/index.js';

/** The part of Web Storage the adapter uses, over a Map. */
function fakeWebStorage() {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

describe.each([
  ['memoryStorage', () => memoryStorage()],
  ['webStorage', () => webStorage(fakeWebStorage())],
])('%s', (_name, create) => {
  it('gets what was set, null for a missing key, nothing after remove', () => {
    const storage = create();
    expect(storage.get('k')).toBeNull();
    storage.set('k', 'v1');
    storage.set('k', 'v2');
    expect(storage.get('k')).toBe('v2');
    storage.remove('k');
    expect(storage.get('k')).toBeNull();
  });
});

describe('webStorage', () => {
  it('writes through to the Web Storage object', () => {
    const web = fakeWebStorage();
    webStorage(web).set('grapevine:outbox', 'x');
    expect(web.values.get('grapevine:outbox')).toBe('x');
  });

  it('lets storage errors through (the outbox catches them)', () => {
    const storage = webStorage({
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    });
    expect(() => storage.set('k', 'v')).toThrow('full');
  });
});
