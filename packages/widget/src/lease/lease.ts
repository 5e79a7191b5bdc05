// The cross-tab lease: at most one tab shows a prompt at a time. Web Locks where the
// browser has them (released by the browser even if the tab crashes), otherwise a
// localStorage record with a TTL that the holder renews and other tabs watch through
// `storage` events. Every current browser has Web Locks on HTTPS pages, so the storage lease
// loads with `import()`: only older browsers and plain-HTTP pages download it.

import type { Lease, LeaseOptions } from './types.js';
import { webLocksLease } from './web-locks-lease.js';

export type { Lease, LeaseOptions } from './types.js';

/** Picks Web Locks when present, else the storage lease (loading from the start). */
export function createLease(options: LeaseOptions): Lease {
  const { locks } = options;
  if (locks?.request) return webLocksLease(options.name, locks, options.onReleasedElsewhere);
  let lease: Lease | undefined;
  let destroyed = false;
  let loading: Promise<Lease | undefined> | undefined;
  // A failed load is tried again at the next `acquire`, which until then answers "not held".
  const load = (): Promise<Lease | undefined> =>
    (loading ??= import('./storage-lease.js').then(
      ({ storageLease }) => {
        if (!destroyed) lease ??= storageLease(options);
        return lease;
      },
      () => {
        loading = undefined;
        return undefined;
      },
    ));
  void load();
  return {
    acquire: async () => (await load())?.acquire() ?? false,
    release: () => lease?.release(),
    destroy() {
      destroyed = true;
      lease?.destroy();
    },
  };
}
