import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { awaited } from '../../../src/ui/models/awaited.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('awaited', () => {
  it('accepts a plain value at once, without a timer', () => {
    const accept = vi.fn();
    awaited('now', accept, vi.fn(), 100);
    expect(accept).toHaveBeenCalledWith('now');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('fails on rejection', async () => {
    const fail = vi.fn();
    awaited(Promise.reject(new Error('down')), vi.fn(), fail, 100);
    await vi.advanceTimersByTimeAsync(0);
    expect(fail).toHaveBeenCalledOnce();
  });

  it('fails on timeout and still accepts a late value', async () => {
    let resolve: (value: string) => void = () => {};
    const accept = vi.fn();
    const fail = vi.fn();
    awaited(new Promise<string>((done) => (resolve = done)), accept, fail, 100);
    await vi.advanceTimersByTimeAsync(100);
    expect(fail).toHaveBeenCalledOnce();
    resolve('late');
    await vi.advanceTimersByTimeAsync(0);
    expect(accept).toHaveBeenCalledWith('late');
  });

  it('calls nothing after stop', async () => {
    let resolve: (value: string) => void = () => {};
    const accept = vi.fn();
    const fail = vi.fn();
    const stop = awaited(new Promise<string>((done) => (resolve = done)), accept, fail, 100);
    stop();
    resolve('ignored');
    await vi.advanceTimersByTimeAsync(200);
    expect(accept).not.toHaveBeenCalled();
    expect(fail).not.toHaveBeenCalled();
  });
});
