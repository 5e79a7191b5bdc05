const INPUT = ['pointermove', 'pointerdown', 'keydown', 'scroll', 'touchstart'] as const;

/**
 * Reports visitor input (pointer, keys, scroll, touch), at most once a second: core computes
 * `idle` from the last input time, so the runtime only needs to know when it was.
 */
export function watchActivity(win: Window, onActivity: () => void): () => void {
  let last = 0;
  const onInput = (event: Event): void => {
    if (event.timeStamp - last < 1000 && last !== 0) return;
    last = event.timeStamp;
    onActivity();
  };
  for (const type of INPUT) win.addEventListener(type, onInput, { passive: true, capture: true });
  return () => {
    for (const type of INPUT) win.removeEventListener(type, onInput, { capture: true });
  };
}
