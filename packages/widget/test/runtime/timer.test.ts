import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCheckTimer } from '../../src/runtime/timer.js';

beforeEach(() => vi.useFakeTimers({ now: 0 }));
afterEach(() => vi.useRealTimers());

describe('createCheckTimer', () => {
  it('keeps a single timer, moved by each new nextCheckAt', () => {
    const due = vi.fn();
    const timer = createCheckTimer(Date.now, due);
    timer.at(5000);
    timer.at(2000);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(1999);
    expect(due).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(due).toHaveBeenCalledTimes(1);
    expect(timer.next).toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('clears on undefined and on stop', () => {
    const due = vi.fn();
    const timer = createCheckTimer(Date.now, due);
    timer.at(1000);
    timer.at(undefined);
    expect(vi.getTimerCount()).toBe(0);
    timer.at(1000);
    timer.stop();
    vi.advanceTimersByTime(5000);
    expect(due).not.toHaveBeenCalled();
  });

  it('fires at once for a time in the past and hops over the browser maximum delay', () => {
    const due = vi.fn();
    const timer = createCheckTimer(Date.now, due);
    timer.at(-50);
    vi.advanceTimersByTime(0);
    expect(due).toHaveBeenCalledTimes(1);
    const farAway = 40 * 86_400_000; // beyond 2^31-1 ms
    timer.at(farAway);
    vi.advanceTimersByTime(2_147_483_647);
    expect(due).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(farAway - 2_147_483_647);
    expect(due).toHaveBeenCalledTimes(2);
  });
});
