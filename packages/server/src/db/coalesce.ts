/** One caller's item waiting in a {@link coalesce} queue; `run` settles it. */
export interface Pending<T, R> {
  item: T;
  resolve(result: R): void;
  reject(error: unknown): void;
}

/** Options of {@link coalesce}. */
export interface CoalesceOptions<T, R> {
  /** Statements running at once; items arriving while they run wait and go together. */
  maxInFlight: number;
  /** Most total weight in one group (the first item always goes). @default Infinity */
  maxWeight?: number;
  /** @default () => 1 */
  weight?: (item: T) => number;
  /** Handles one group: settles every one of its items. */
  run(group: Pending<T, R>[]): Promise<void>;
}

/**
 * Group commit: an item finding fewer than `maxInFlight` groups running goes at once; items
 * arriving meanwhile wait, then go together, one round trip for many callers. A `run` that
 * throws rejects its group's unsettled items with the error.
 * @example const write = coalesce({ maxInFlight: 2, run: async (group) => { ... } });
 */
export function coalesce<T, R>(options: CoalesceOptions<T, R>): (item: T) => Promise<R> {
  const { maxInFlight, maxWeight = Number.POSITIVE_INFINITY, weight = () => 1, run } = options;
  let waiting: Pending<T, R>[] = [];
  let inFlight = 0;

  function pump(): void {
    while (inFlight < maxInFlight && waiting.length > 0) {
      let total = 0;
      let taken = 0;
      for (const next of waiting) {
        const more = weight(next.item);
        if (taken > 0 && total + more > maxWeight) break;
        total += more;
        taken += 1;
      }
      const group = waiting.slice(0, taken);
      waiting = waiting.slice(taken);
      inFlight += 1;
      run(group)
        .catch((error: unknown) => {
          for (const pending of group) pending.reject(error);
        })
        .finally(() => {
          inFlight -= 1;
          pump();
        });
    }
  }

  return (item) =>
    new Promise<R>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      pump();
    });
}
