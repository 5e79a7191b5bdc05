import { describe, expect, it } from 'vitest';
import { computed, effect, signal } from '../../src/ui/signal.js';

describe('signal and effect', () => {
  it('re-runs an effect when a signal it read changes, and not after stop', () => {
    const count = signal(1);
    const seen: number[] = [];
    const stop = effect(() => seen.push(count.value));
    count.value = 2;
    count.value = 2; // same value: no run
    stop();
    count.value = 3;
    expect(seen).toEqual([1, 2]);
  });

  it('tracks only what the last run read', () => {
    const which = signal<'a' | 'b'>('a');
    const a = signal(0);
    const b = signal(0);
    let runs = 0;
    effect(() => {
      runs++;
      void (which.value === 'a' ? a.value : b.value);
    });
    which.value = 'b';
    a.value = 1; // no longer read
    expect(runs).toBe(2);
    b.value = 1;
    expect(runs).toBe(3);
  });

  it('tracks through computed values', () => {
    const score = signal<number | null>(null);
    const answered = computed(() => score.value !== null);
    const seen: boolean[] = [];
    effect(() => seen.push(answered.value));
    score.value = 9;
    expect(seen).toEqual([false, true]);
  });

  it('runs once more instead of re-entering when the effect sets what it read', () => {
    const value = signal(0);
    const seen: number[] = [];
    effect(() => {
      seen.push(value.value);
      if (value.value < 2) value.value++;
    });
    expect(seen).toEqual([0, 1, 2]);
  });
});
