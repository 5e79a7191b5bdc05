import { afterEach, describe, expect, it, vi } from 'vitest';
import { startJobs } from '../src/jobs.js';
import { silentLogger } from '../src/logger.js';
import type { TickReport } from '../src/tick.js';

const quiet: TickReport = {
  rewardsApproved: 0,
  webhooks: { delivered: 0, retrying: 0, failed: 0 },
  jobs: { done: 0, retrying: 0, failed: 0 },
};

afterEach(() => {
  vi.useRealTimers();
});

describe('startJobs', () => {
  it('runs one round per interval, never two at once, and stops', async () => {
    vi.useFakeTimers();
    let running = 0;
    let overlapped = false;
    let rounds = 0;
    const tick = async () => {
      running += 1;
      overlapped ||= running > 1;
      await new Promise((resolve) => setTimeout(resolve, 2_500)); // slower than the interval
      running -= 1;
      rounds += 1;
      return quiet;
    };
    const stop = startJobs({ tick }, 1_000, silentLogger);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(rounds).toBeGreaterThanOrEqual(3);
    expect(overlapped).toBe(false);
    const stopping = stop();
    await vi.advanceTimersByTimeAsync(60_000);
    await stopping;
    const after = rounds;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(rounds).toBe(after);
  });

  it('logs a failed round and keeps going', async () => {
    vi.useFakeTimers();
    const errors: string[] = [];
    let calls = 0;
    const tick = async () => {
      calls += 1;
      if (calls === 1) throw new Error('database away');
      return quiet;
    };
    const stop = startJobs({ tick }, 1_000, {
      ...silentLogger,
      error: (message) => errors.push(message),
    });
    await vi.advanceTimersByTimeAsync(2_500);
    expect(errors).toEqual(['background round failed']);
    expect(calls).toBe(2);
    await stop();
  });
});
