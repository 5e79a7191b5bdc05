import type { Lease, LeaseOptions } from './types.js';

interface LeaseRecord {
  tab: string;
  until: number;
}

/**
 * A lease kept in localStorage: `{ tab, until }`. The holder renews it before the TTL runs
 * out; a crashed tab's lease simply expires. Other tabs hear the release through `storage`.
 */
export function storageLease(options: LeaseOptions): Lease {
  const { name, tabId, storage, events, now } = options;
  const ttl = options.ttl ?? 10_000;
  let held = false;
  let renewTimer: ReturnType<typeof setTimeout> | undefined;

  const readRecord = (): LeaseRecord | undefined => {
    try {
      const value: unknown = JSON.parse(storage?.getItem(name) ?? 'null');
      if (value && typeof value === 'object') {
        const { tab, until } = value as Partial<LeaseRecord>;
        if (typeof tab === 'string' && typeof until === 'number') return { tab, until };
      }
    } catch {
      // Unreadable or blocked: treated as free.
    }
    return undefined;
  };

  const writeRecord = (): boolean => {
    try {
      storage?.setItem(name, JSON.stringify({ tab: tabId, until: now() + ttl }));
      return true;
    } catch {
      return false;
    }
  };

  const renew = (): void => {
    renewTimer = setTimeout(() => {
      if (!held) return;
      writeRecord();
      renew();
    }, ttl / 2);
  };

  const release = (): void => {
    if (!held) return;
    held = false;
    clearTimeout(renewTimer);
    if (readRecord()?.tab === tabId) {
      try {
        storage?.removeItem(name);
      } catch {
        // Nothing to do: the record expires by itself.
      }
    }
  };

  const onStorage = (event: StorageEvent): void => {
    if (event.key === name && event.newValue === null) options.onReleasedElsewhere();
  };
  events?.addEventListener('storage', onStorage);

  return {
    acquire() {
      if (held) return Promise.resolve(true);
      const current = readRecord();
      if (current && current.tab !== tabId && current.until > now()) return Promise.resolve(false);
      // Write, then read back: of two tabs racing, the last writer wins and the other sees it.
      // Without working storage there is no other tab to coordinate with: the lease is local.
      if (storage && writeRecord() && readRecord()?.tab !== tabId) return Promise.resolve(false);
      held = true;
      renew();
      return Promise.resolve(true);
    },
    release,
    destroy() {
      release();
      events?.removeEventListener('storage', onStorage);
    },
  };
}
