import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOutbox, memoryStorage } from '../../src/index.js';
import { fakeBackend } from '../helpers/fake-backend.js';
import { impression, impressions } from '../helpers/fixtures.js';

const DAY = 86_400_000;

beforeEach(() => {
  vi.useFakeTimers({ now: 1_800_000_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('outbox bounds', () => {
  it('caps the queue at 500, dropping the oldest, and reports the drops once', async () => {
    const { backend, control, deliveries, stored } = fakeBackend();
    const outbox = createOutbox({ backend, storage: memoryStorage(), batchSize: 100 });
    control.offline = true;
    outbox.enqueue(...impressions(520));
    await vi.advanceTimersByTimeAsync(0);
    expect(outbox.status()).toEqual({
      queued: 500,
      dropped: { overflow: 20, expired: 0, corrupt: 0, rejected: 0 },
    });
    control.offline = false;
    deliveries.length = 0;
    await outbox.flush();
    expect(deliveries.map((delivery) => delivery.dropped)).toEqual([
      { overflow: 20, expired: 0, corrupt: 0, rejected: 0 },
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(stored()).toHaveLength(500);
    expect(stored()[0]).toBe('e20');
    expect(outbox.status().dropped.overflow).toBe(0);
  });

  it('counts drops that happen while a batch is in flight for the next batch', async () => {
    const { backend, control, release, deliveries, stored } = fakeBackend();
    const outbox = createOutbox({ backend, storage: memoryStorage(), maxEvents: 3, batchSize: 2 });
    control.offline = true;
    outbox.enqueue(...impressions(4)); // one overflow
    await vi.advanceTimersByTimeAsync(0);
    control.offline = false;
    control.hold = true;
    void outbox.flush();
    await vi.advanceTimersByTimeAsync(0);
    outbox.enqueue(impression('x1'), impression('x2'), impression('x3')); // two more overflow
    release();
    await outbox.flush();
    const reports = deliveries
      .filter((delivery) => delivery.dropped)
      .map((delivery) => delivery.dropped?.overflow);
    // e0 dropped first; then e3, x1, x2 (the in-flight e1, e2 are never dropped).
    expect(reports.slice(-2)).toEqual([1, 3]);
    expect(stored().sort()).toEqual(['e1', 'e2', 'x3']);
    expect(outbox.status().dropped.overflow).toBe(0);
  });

  it('drops events older than 7 days as expired', async () => {
    const { backend, control, deliveries, stored } = fakeBackend();
    const outbox = createOutbox({ backend, storage: memoryStorage() });
    control.offline = true;
    outbox.enqueue(impression('old'));
    await vi.advanceTimersByTimeAsync(6 * DAY);
    outbox.enqueue(impression('new'));
    await vi.advanceTimersByTimeAsync(DAY + 1_000);
    control.offline = false;
    deliveries.length = 0;
    await outbox.flush();
    expect(stored()).toEqual(['new']);
    expect(deliveries[0]?.dropped).toEqual({ overflow: 0, expired: 1, corrupt: 0, rejected: 0 });
  });

  it('isolates an event the server rejects (400): the rest get through, one is counted', async () => {
    const { backend, deliveries, stored } = fakeBackend({ reject: (event) => event.id === 'e5' });
    const onError = vi.fn();
    const outbox = createOutbox({ backend, storage: memoryStorage(), batchSize: 8, onError });
    outbox.enqueue(...impressions(8));
    await outbox.flush();
    expect(stored().sort()).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e6', 'e7']);
    // The rejection is reported with the next successful batch, then forgotten.
    const reports = deliveries.map((delivery) => delivery.dropped?.rejected ?? 0);
    expect(reports.filter((count) => count > 0)).toEqual([1]);
    expect(outbox.status().dropped.rejected).toBe(0);
    expect(deliveries.length).toBeLessThan(12);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ status: 400 }));
  });
});
