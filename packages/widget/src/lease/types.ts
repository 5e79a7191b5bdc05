// The lease's shape, shared by both implementations.
import type { StorageLike } from '../storage/store.js';

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
