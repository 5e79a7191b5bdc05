/**
 * Where the outbox keeps its queue: a synchronous string key-value store. Any method may
 * throw (quota exceeded, storage blocked); the outbox catches it and carries on in memory.
 */
export interface OutboxStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

/**
 * A storage kept in memory: for servers, tests, and browsers where `localStorage` is blocked.
 * Not durable across page loads.
 *
 * @example
 * ```ts
 * createOutbox({ backend, storage: memoryStorage() });
 * ```
 */
export function memoryStorage(): OutboxStorage {
  const values = new Map<string, string>();
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => void values.set(key, value),
    remove: (key) => void values.delete(key),
  };
}

/**
 * Adapts a Web Storage object (`localStorage`, `sessionStorage`) to {@link OutboxStorage}.
 * Pass it in rather than touching `window` here, so importing the adapter has no side effects.
 *
 * @example
 * ```ts
 * createOutbox({ backend, storage: webStorage(window.localStorage) });
 * ```
 */
export function webStorage(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
): OutboxStorage {
  return {
    get: (key) => storage.getItem(key),
    set: (key, value) => storage.setItem(key, value),
    remove: (key) => storage.removeItem(key),
  };
}
