/**
 * The server's only source of time. Everything time-based (signature age, windows, rate
 * limits, webhook backoff) reads it, so tests and the demo can move time.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** A clock that runs `offsetMs` ahead of another; the offset can be changed (demo time travel). */
export interface OffsetClock extends Clock {
  readonly offsetMs: number;
  /** Moves the clock forward (or back) by `deltaMs`. */
  advance(deltaMs: number): void;
}

/**
 * Wraps a clock with an adjustable offset.
 * @example const clock = offsetClock(systemClock); clock.advance(14 * DAY);
 */
export function offsetClock(base: Clock = systemClock): OffsetClock {
  let offsetMs = 0;
  return {
    now: () => base.now() + offsetMs,
    get offsetMs() {
      return offsetMs;
    },
    advance(deltaMs) {
      offsetMs += deltaMs;
    },
  };
}

/** One day in milliseconds. */
export const DAY = 86_400_000;
/** One minute in milliseconds. */
export const MINUTE = 60_000;
