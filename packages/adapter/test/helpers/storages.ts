import type { OutboxStorage } from '../../src/index.js';
import { memoryStorage } from '../../src/index.js';

/** A storage that refuses writes beyond `quota` characters, like a full localStorage. */
export function quotaStorage(quota: number): OutboxStorage & { failures: number } {
  const inner = memoryStorage();
  return {
    failures: 0,
    get: (key) => inner.get(key),
    set(key, value) {
      if (value.length > quota) {
        this.failures += 1;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      inner.set(key, value);
    },
    remove: (key) => inner.remove(key),
  };
}

/** A storage where every call throws, like a sandboxed iframe's localStorage. */
export function blockedStorage(): OutboxStorage {
  const blocked = () => {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  };
  return { get: blocked, set: blocked, remove: blocked };
}
