// The cross-tab lease: at most one tab shows a prompt at a time. Web Locks where the
// browser has them (released by the browser even if the tab crashes), otherwise a
// localStorage record with a TTL that the holder renews and other tabs watch through
// `storage` events.

import { storageLease } from './storage-lease.js';
import type { Lease, LeaseOptions } from './types.js';
import { webLocksLease } from './web-locks-lease.js';

export type { Lease, LeaseOptions } from './types.js';

/** Picks Web Locks when present, else the storage lease. */
export function createLease(options: LeaseOptions): Lease {
  const { locks } = options;
  return locks?.request
    ? webLocksLease(options.name, locks, options.onReleasedElsewhere)
    : storageLease(options);
}
