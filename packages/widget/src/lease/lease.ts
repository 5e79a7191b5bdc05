// The cross-tab lease: at most one tab shows a prompt at a time. Web Locks where the
// browser has them (released by the browser even if the tab crashes), otherwise a
// localStorage record with a TTL that the holder renews and other tabs watch through
// `storage` events.
import type { StorageLike } from '../storage/store.js';
import { storageLease } from './storage-lease.js';
import { webLocksLease } from './web-locks-lease.js';

/** A lease one tab at a time can hold. */
export interface Lease {
  /** Tries to take the lease without waiting; resolves `true` when this tab holds it. */
  acquire(): Promise<boolean>;
  /** Gives the lease back (no-op when not held). */
  release(): void;
  /** Releases and stops listening. */
  destroy(): void;
}

export interface LeaseOptions {
  /** Lock name / storage key, e.g. `grapevine:v1:lease`. */
  name: string;
  /** This tab's id. */
  tabId: string;
  /** `navigator.locks`, when present. */
  locks: LockManager | undefined;
  /** Fallback storage; `undefined` means a lease local to this tab only. */
  storage: StorageLike | undefined;
  /** The window whose `storage` events tell us another tab released the lease. */
  events: Pick<Window, 'addEventListener' | 'removeEventListener'> | undefined;
  now(): number;
  /** How long a storage lease lives without renewal. @default 10_000 */
  ttl?: number;
  /** Another tab released the lease: worth checking again. */
  onReleasedElsewhere(): void;
}

/** Picks Web Locks when present, else the storage lease. */
export function createLease(options: LeaseOptions): Lease {
  const { locks } = options;
  return locks?.request
    ? webLocksLease(options.name, locks, options.onReleasedElsewhere)
    : storageLease(options);
}
