// One namespaced, versioned localStorage key. Everything Grapevine keeps in the browser lives
// under it, so a shop can see (and clear) it in one place. When localStorage is blocked
// (private mode, cookies off, sandboxed iframe) or full, the store keeps working in memory
// for the rest of the page and says so once. Written with `stringifyJson`: a host page's
// `Array.prototype.toJSON` (Prototype.js) would otherwise store every list as a string.
import { stringifyJson } from '@grapevine/core';

/** Where the store writes. `Storage`-compatible so tests can pass a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface StoreOptions<T> {
  /** The one key, e.g. `grapevine:v1`. */
  key: string;
  /** Returns localStorage; may throw (blocked) or return `undefined` (no DOM: memory only). */
  storage(): StorageLike | undefined;
  /** Checks a parsed value; returns `undefined` when it is not a valid state. */
  parse(value: unknown): T | undefined;
  /** The state to start from when nothing (valid) is stored. */
  initial(): T;
  /** Called at most once per store, with the reason it fell back or discarded data. */
  warn(message: string): void;
  /** `false` keeps everything in memory until {@link Store.persist} is called (consent pending). */
  persist: boolean;
}

export interface Store<T> {
  /** The current state (re-read from storage, so other tabs' writes are seen). */
  read(): T;
  /** Applies `change` to the latest state and writes it back. Returns the new state. */
  update(change: (state: T) => T): T;
  /** Starts writing to storage (consent granted); writes the in-memory state at once. */
  persist(): void;
  /** Whether writes reach localStorage. */
  readonly durable: boolean;
}

/**
 * A store over one localStorage key with a memory fallback.
 *
 * @example
 * ```ts
 * const store = createStore({ key: 'grapevine:v1', storage: browserStorage, parse, initial, warn, persist: true });
 * store.update((state) => ({ ...state, visitorId: 'v1' }));
 * ```
 */
export function createStore<T>(options: StoreOptions<T>): Store<T> {
  const { key, parse, initial } = options;
  let warned = false;
  let persisting = options.persist;
  let memory: T | undefined;
  let storage: StorageLike | undefined;
  // The text last read or written and its parsed state: reading the same text again (no
  // other tab wrote meanwhile) skips JSON.parse and the checks. States are never mutated,
  // only replaced, so handing out the same object twice is safe.
  let lastRaw: string | undefined;
  let lastParsed: T | undefined;

  const warnOnce = (message: string): void => {
    if (warned) return;
    warned = true;
    options.warn(message);
  };

  const fallBack = (reason: string, error?: unknown): void => {
    storage = undefined;
    const detail = error instanceof Error ? ` (${error.name})` : '';
    warnOnce(
      `Grapevine: localStorage is ${reason}${detail}; keeping state in memory for this page.`,
    );
  };

  try {
    storage = options.storage();
  } catch (error) {
    fallBack('blocked', error);
  }

  const inMemory = (): T => {
    memory ??= initial();
    return memory;
  };

  const load = (): T => {
    if (!storage || !persisting) return inMemory();
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch (error) {
      fallBack('blocked', error);
      return inMemory();
    }
    if (raw === null) return memory ?? initial();
    if (raw === lastRaw && lastParsed !== undefined) return lastParsed;
    let parsed: T | undefined;
    try {
      parsed = parse(JSON.parse(raw));
    } catch {
      parsed = undefined;
    }
    if (parsed === undefined) {
      // Corrupt state is discarded (and overwritten on the next write) rather than kept in
      // memory: otherwise every later page view would start as a stranger and re-prompt.
      warnOnce(`Grapevine: the stored state under "${key}" is corrupt; starting afresh.`);
      return memory ?? initial();
    }
    lastRaw = raw;
    lastParsed = parsed;
    return parsed;
  };

  const write = (state: T): void => {
    memory = state;
    if (!storage || !persisting) return;
    try {
      const raw = stringifyJson(state);
      storage.setItem(key, raw);
      lastRaw = raw;
      lastParsed = state;
    } catch (error) {
      fallBack('full or blocked', error);
    }
  };

  return {
    read: load,
    update(change) {
      const next = change(load());
      write(next);
      return next;
    },
    persist() {
      if (persisting) return;
      const state = memory ?? initial();
      persisting = true;
      write(state);
    },
    get durable() {
      return storage !== undefined && persisting;
    },
  };
}

/** `window.localStorage` (may throw where blocked), or `undefined` without a DOM. */
export function browserStorage(): StorageLike | undefined {
  return typeof window === 'undefined' ? undefined : window.localStorage;
}

/** {@link browserStorage}, or `undefined` where it is blocked (it throws there). */
export function reachableStorage(): StorageLike | undefined {
  try {
    return browserStorage();
  } catch {
    return undefined;
  }
}
