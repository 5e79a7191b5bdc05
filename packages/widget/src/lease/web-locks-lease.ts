import type { Lease } from './lease.js';

/** A lease on `navigator.locks`: `ifAvailable` so a busy lock answers at once. */
export function webLocksLease(name: string, locks: LockManager): Lease {
  let unlock: (() => void) | undefined;
  let pending: Promise<boolean> | undefined;

  const release = (): void => {
    unlock?.();
    unlock = undefined;
  };

  return {
    acquire() {
      if (unlock) return Promise.resolve(true);
      pending ??= new Promise<boolean>((resolve) => {
        locks
          .request(name, { ifAvailable: true }, (lock) => {
            if (!lock) {
              resolve(false);
              return undefined;
            }
            resolve(true);
            // The lock is held until this promise settles.
            return new Promise<void>((settle) => {
              unlock = settle;
            });
          })
          .catch(() => resolve(false));
      }).finally(() => {
        pending = undefined;
      });
      return pending;
    },
    release,
    destroy: release,
  };
}
