import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOutbox, isContractError, memoryStorage } from '../../src/index.js';
import { fakeBackend } from '../helpers/fake-backend.js';
import { impression, impressions } from '../helpers/fixtures.js';
import { blockedStorage, quotaStorage } from '../helpers/storages.js';

const KEY = 'grapevine:outbox';
const header = (dropped = { overflow: 0, expired: 0, corrupt: 0, rejected: 0 }) =>
  JSON.stringify({ v: 1, dropped });
const line = (id: string) => JSON.stringify({ event: impression(id), queuedAt: Date.now() });

beforeEach(() => {
  vi.useFakeTimers({ now: 1_800_000_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createOutbox with failing storage', () => {
  it('storage full: keeps events in memory, reports, still delivers them', async () => {
    const { backend, stored } = fakeBackend();
    const storage = quotaStorage(2_000);
    const onError = vi.fn();
    const outbox = createOutbox({ backend, storage, onError });
    expect(() => outbox.enqueue(...impressions(30))).not.toThrow();
    expect(storage.failures).toBeGreaterThan(0);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ name: 'QuotaExceededError' }));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(stored()).toHaveLength(30);
    // Once the queue is small again it is written through to storage.
    outbox.enqueue(impression('late'));
    expect(storage.get(KEY)).toContain('"late"');
  });

  it('storage throwing on every call: works in memory, never throws', async () => {
    const { backend, stored } = fakeBackend();
    const onError = vi.fn();
    const outbox = createOutbox({ backend, storage: blockedStorage(), onError });
    expect(() => outbox.enqueue(impression('e1'), impression('e2'))).not.toThrow();
    expect(outbox.status().queued).toBe(2);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(stored()).toEqual(['e1', 'e2']);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ name: 'SecurityError' }));
  });

  it('survives an onError that throws', async () => {
    const { backend, stored } = fakeBackend();
    const outbox = createOutbox({
      backend,
      storage: blockedStorage(),
      onError: () => {
        throw new Error('reporter broke');
      },
    });
    outbox.enqueue(impression('e1'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(stored()).toEqual(['e1']);
  });
});

describe('createOutbox with a corrupt stored queue', () => {
  it('recovers what parses, reports the rest, counts it in the next batch', async () => {
    const { backend, stored, deliveries } = fakeBackend();
    const storage = memoryStorage();
    storage.set(
      KEY,
      [
        header(),
        line('good1'),
        '{"event":{"id":',
        '42',
        JSON.stringify({ event: { id: 7 }, queuedAt: 1 }),
        line('good2'),
      ].join('\n'),
    );
    const onError = vi.fn();
    const outbox = createOutbox({ backend, storage, onError });
    expect(outbox.status()).toEqual({
      queued: 2,
      dropped: { overflow: 0, expired: 0, corrupt: 3, rejected: 0 },
    });
    expect(onError).toHaveBeenCalledTimes(1);
    const reported = onError.mock.calls[0]?.[0];
    expect(isContractError(reported)).toBe(true);
    expect(String(reported.message)).toContain('3 unreadable line(s) dropped');
    await outbox.flush();
    expect(stored()).toEqual(['good1', 'good2']);
    expect(deliveries[0]?.dropped).toEqual({ overflow: 0, expired: 0, corrupt: 3, rejected: 0 });
    expect(outbox.status().dropped.corrupt).toBe(0);
    expect(storage.get(KEY)).toBeNull();
  });

  it.each([
    ['garbage', 'definitely not json'],
    ['an unknown version', `${JSON.stringify({ v: 99 })}\n${line('x')}`],
    ['a bare array', '[1,2,3]'],
  ])('treats %s as corrupt without throwing', (_case, raw) => {
    const storage = memoryStorage();
    storage.set(KEY, raw);
    const outbox = createOutbox({ backend: fakeBackend().backend, storage, onError: () => {} });
    expect(() => outbox.enqueue(impression('e1'))).not.toThrow();
    const status = outbox.status();
    expect(status.queued).toBeGreaterThanOrEqual(1);
    expect(status.dropped.corrupt).toBeGreaterThanOrEqual(1);
  });

  it('keeps valid drop counters from the header and ignores invalid ones', () => {
    const storage = memoryStorage();
    storage.set(KEY, JSON.stringify({ v: 1, dropped: { overflow: 4, expired: -1, corrupt: 'x' } }));
    const outbox = createOutbox({ backend: fakeBackend().backend, storage });
    expect(outbox.status().dropped).toEqual({ overflow: 4, expired: 0, corrupt: 0, rejected: 0 });
  });
});
