import type { Lease } from './types.js';

/**
 * A lease on `navigator.locks`: `ifAvailable` so a busy lock answers at once. After a miss,
 * a waiting request (cancelled on destroy) says when the other tab lets go; the browser
 * releases a crashed tab's lock by itself.
 */
export function webLocksLease(
  name: string,
  locks: LockManager,
  onReleasedElsewhere: () => void,
): Lease {
  let unlock: (() => void) | undefined;
  let pending: Promise<boolean> | undefined;
  let watcher: AbortController | undefined;

  const release = (): void => {
    unlock?.();
    unlock = undefined;
  };

  const watch = (): void => {
    if (watcher) return;
    const controller = new AbortController();
    watcher = controller;
    // Granted once the holder lets go; returning at once frees it again before we notify.
    locks
      .request(name, { signal: controller.signal }, () => undefined)
      .then(() => {
        watcher = undefined;
        onReleasedElsewhere();
      })
      .catch(() => {
        watcher = undefined;
      });
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
      }).then((granted) => {
        pending = undefined;
        if (!granted) watch();
        return granted;
      });
      return pending;
    },
    release,
    destroy() {
      release();
      watcher?.abort();
    },
  };
}
