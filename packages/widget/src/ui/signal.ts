// The UI's reactive values. A prompt is a small tree re-rendered whole whenever something it
// read changes, so it needs only values that know who read them. This replaces
// @preact/signals-core, which cost 1.4 kB brotli of the UI chunk for graph features
// (batching, lazy computed caching, cycle detection) that nothing here uses.

type Run = () => void;

/** A value that re-runs the effects that read it when it is set to something else. */
export interface Signal<T> {
  value: T;
}

/** A value derived from signals; reading it inside an effect tracks what it reads. */
export interface ReadonlySignal<T> {
  readonly value: T;
}

/** The effect now running, and the readers sets of the signals it has read so far. */
let active: { run: Run; sources: Set<Set<Run>> } | undefined;

/** @example const count = signal(0); count.value++ */
export function signal<T>(initial: T): Signal<T> {
  let current = initial;
  const readers = new Set<Run>();
  return {
    get value() {
      if (active) {
        readers.add(active.run);
        active.sources.add(readers);
      }
      return current;
    },
    set value(next) {
      if (Object.is(next, current)) return;
      current = next;
      for (const run of [...readers]) run();
    },
  };
}

/** Recomputed on every read: what it derives from is cheap and tracked as usual. */
export const computed = <T>(derive: () => T): ReadonlySignal<T> => ({
  get value() {
    return derive();
  },
});

/**
 * Runs `fn` now and again, synchronously, whenever a signal it read is set. A signal set
 * while `fn` runs schedules one more run after it instead of re-entering it.
 * @returns stop: no more runs.
 */
export function effect(fn: () => void): () => void {
  let sources = new Set<Set<Run>>();
  let running = false;
  let again = false;
  let stopped = false;
  const unsubscribe = () => {
    for (const readers of sources) readers.delete(run);
  };
  function run(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    const outer = active;
    try {
      do {
        again = false;
        unsubscribe();
        sources = new Set();
        active = { run, sources };
        fn();
      } while (again && !stopped);
    } finally {
      active = outer;
      running = false;
    }
  }
  run();
  return () => {
    stopped = true;
    unsubscribe();
  };
}
