// The one timer: core's decision says when something could change next (`nextCheckAt`); the
// runtime sleeps until then instead of polling. Browsers cap timeouts at 2^31-1 ms, so a
// far-away check is reached in hops.

const MAX_DELAY = 2_147_483_647;

export interface CheckTimer {
  /** (Re)sets the single timer to fire at `at` (ms since the epoch); `undefined` clears it. */
  at(at: number | undefined): void;
  /** When the timer will fire, if set. */
  readonly next: number | undefined;
  stop(): void;
}

export function createCheckTimer(now: () => number, onDue: () => void): CheckTimer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let next: number | undefined;
  const arm = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (next === undefined) return;
    const delay = Math.max(0, next - now());
    timer = setTimeout(
      () => {
        timer = undefined;
        if (next !== undefined && next > now()) return arm();
        next = undefined;
        onDue();
      },
      Math.min(delay, MAX_DELAY),
    );
  };
  return {
    at(at) {
      next = at;
      arm();
    },
    get next() {
      return next;
    },
    stop() {
      next = undefined;
      arm();
    },
  };
}
