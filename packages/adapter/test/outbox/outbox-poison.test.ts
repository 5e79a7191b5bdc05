import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOutbox, isPoisonEventError, memoryStorage } from '../../src/index.js';
import { fakeBackend } from '../helpers/fake-backend.js';
import { impression, impressions } from '../helpers/fixtures.js';

beforeEach(() => {
  vi.useFakeTimers({ now: 1_800_000_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** An outbox whose server fails with `status` on every batch holding `poison(event)`. */
function setup(status: number, poison: (id: string) => boolean) {
  const fake = fakeBackend({ reject: (event) => poison(event.id), rejectStatus: status });
  const onError = vi.fn();
  const outbox = createOutbox({
    backend: fake.backend,
    storage: memoryStorage(),
    batchSize: 8,
    random: () => 0.5,
    onError,
  });
  const poisonReports = () => onError.mock.calls.map(([error]) => error).filter(isPoisonEventError);
  return { ...fake, outbox, onError, poisonReports };
}

describe('createOutbox and a poison event (a server error that repeats on one event)', () => {
  it.each([500, 502, 504])(
    'on %i, splits the batch, drops the one event after its retries, delivers the rest',
    async (status) => {
      const { outbox, stored, poisonReports, deliveries } = setup(status, (id) => id === 'e5');
      outbox.enqueue(...impressions(8));
      await vi.advanceTimersByTimeAsync(120_000);
      expect(stored().sort()).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e6', 'e7']);
      const [report] = poisonReports();
      expect(poisonReports()).toHaveLength(1);
      expect(report).toMatchObject({ name: 'PoisonEventError', eventId: 'e5', attempts: 3 });
      expect(report?.cause).toMatchObject({ status });
      // Sent alone three times before it was given up, and counted with the next delivery.
      expect(deliveries.filter((d) => d.ids.join() === 'e5')).toHaveLength(3);
      expect(deliveries.map((d) => d.dropped?.rejected ?? 0).filter(Boolean)).toEqual([1]);
      expect(outbox.status()).toMatchObject({ queued: 0 });
    },
  );

  it('lets the visitor’s later events through once the poison is dropped', async () => {
    const { outbox, stored } = setup(500, (id) => id === 'bad');
    outbox.enqueue(impression('bad'));
    await vi.advanceTimersByTimeAsync(1_500);
    outbox.enqueue(impression('answer'), impression('purchase'));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(stored()).toEqual(['answer', 'purchase']);
  });

  it('never drops an event on 503 (the server is away): the batch waits whole', async () => {
    const { outbox, stored, poisonReports, deliveries } = setup(503, (id) => id === 'e5');
    outbox.enqueue(...impressions(8));
    await vi.advanceTimersByTimeAsync(600_000);
    expect(poisonReports()).toEqual([]);
    expect(stored()).toEqual([]);
    expect(new Set(deliveries.map((d) => d.ids.length))).toEqual(new Set([8]));
    expect(outbox.status().queued).toBe(8);
  });

  it('drops nothing when the server error passes: a transient fault is no poison', async () => {
    let failing = 3;
    const { outbox, stored, poisonReports, deliveries } = setup(500, () => failing-- > 0);
    outbox.enqueue(...impressions(8));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(poisonReports()).toEqual([]);
    expect(stored().sort()).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7']);
    // Split while the fault lasted, full size again once every suspect got through.
    outbox.enqueue(...Array.from({ length: 8 }, (_, i) => impression(`later-${i}`)));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(deliveries.at(-1)?.ids).toHaveLength(8);
  });

  it('returns to full batches after a poison hunt', async () => {
    const { outbox, deliveries, stored } = setup(500, (id) => id === 'e0');
    outbox.enqueue(...impressions(8));
    await vi.advanceTimersByTimeAsync(120_000);
    deliveries.length = 0;
    outbox.enqueue(...Array.from({ length: 16 }, (_, i) => impression(`later-${i}`)));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(stored()).toHaveLength(7 + 16);
    expect(deliveries.at(-1)?.ids).toHaveLength(8);
  });
});
