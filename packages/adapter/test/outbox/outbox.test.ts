import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOutbox, httpBackend, memoryStorage, type OutboxOptions } from '../../src/index.js';
import { decodeQueue } from '../../src/outbox/queue-codec.js';
import { fakeBackend, fakePage } from '../helpers/fake-backend.js';
import { fakeFetch } from '../helpers/fake-fetch.js';
import { impression, impressions, json } from '../helpers/fixtures.js';

const KEY = 'grapevine:outbox';

function setup(options: Partial<OutboxOptions> = {}) {
  const fake = fakeBackend();
  const storage = memoryStorage();
  const outbox = createOutbox({ backend: fake.backend, storage, random: () => 0.5, ...options });
  const queued = () => decodeQueue(storage.get(KEY)).state.entries.map((entry) => entry.event.id);
  return { ...fake, storage, outbox, queued };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_800_000_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createOutbox delivery', () => {
  it('stores events before any send, then sends them as one batch', async () => {
    const { outbox, deliveries, queued, stored } = setup();
    outbox.enqueue(impression('e1'));
    outbox.enqueue(impression('e2'));
    expect(queued()).toEqual(['e1', 'e2']);
    expect(deliveries).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(deliveries).toEqual([{ ids: ['e1', 'e2'], dropped: undefined, keepalive: false }]);
    expect(stored()).toEqual(['e1', 'e2']);
    expect(queued()).toEqual([]);
  });

  it('ignores a second enqueue of the same event id', async () => {
    const { outbox, queued } = setup();
    outbox.enqueue(impression('e1'), impression('e1'));
    outbox.enqueue(impression('e1'));
    expect(queued()).toEqual(['e1']);
  });

  it('sends at once when a batch is full, in batches of batchSize', async () => {
    const { outbox, deliveries, stored } = setup({ batchSize: 50 });
    outbox.enqueue(...impressions(120));
    await vi.advanceTimersByTimeAsync(0);
    expect(deliveries.map((delivery) => delivery.ids.length)).toEqual([50, 50, 20]);
    expect(new Set(stored()).size).toBe(120);
  });

  it('offline, then online: delivered exactly once', async () => {
    const { outbox, control, deliveries, stored, queued } = setup();
    const page = fakePage();
    outbox.attach(page.win, page.doc);
    control.offline = true;
    outbox.enqueue(impression('e1'), impression('e2'));
    await vi.advanceTimersByTimeAsync(60_000);
    const attemptsOffline = deliveries.length;
    expect(attemptsOffline).toBeGreaterThan(1);
    expect(attemptsOffline).toBeLessThan(10); // backing off, not hammering
    expect(queued()).toEqual(['e1', 'e2']);
    control.offline = false;
    page.fire('online');
    await vi.advanceTimersByTimeAsync(0);
    expect(stored()).toEqual(['e1', 'e2']);
    expect(queued()).toEqual([]);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(deliveries).toHaveLength(attemptsOffline + 1);
  });

  it('backs off exponentially with jitter after failures', async () => {
    const { outbox, control, deliveries } = setup({ retryDelay: 1_000, random: () => 0 });
    control.offline = true;
    outbox.enqueue(impression('e1'));
    const times: number[] = [];
    for (let step = 0; step < 20_000; step += 250) {
      const before = deliveries.length;
      await vi.advanceTimersByTimeAsync(250);
      if (deliveries.length > before) times.push(step + 250);
    }
    // batchDelay 1 s, then half of 1, 2, 4, 8 s (jitter at its minimum).
    expect(times).toEqual([1_000, 1_500, 2_500, 4_500, 8_500, 16_500]);
  });

  it('reports delivery failures to onError and never rejects flush()', async () => {
    const onError = vi.fn();
    const { outbox, control } = setup({ onError });
    control.offline = true;
    outbox.enqueue(impression('e1'));
    await expect(outbox.flush()).resolves.toBeUndefined();
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'TransportError', kind: 'network' }),
    );
  });

  it('stops its timer and listeners on destroy, keeping the queue stored', async () => {
    const { outbox, deliveries, queued } = setup();
    const page = fakePage();
    outbox.attach(page.win, page.doc);
    outbox.enqueue(impression('e1'));
    outbox.destroy();
    page.fire('online');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(deliveries).toEqual([]);
    expect(queued()).toEqual(['e1']);
  });
});

describe('createOutbox on page exit', () => {
  it('a page hidden mid-batch sends the rest with keepalive, the in-flight batch once', async () => {
    const { outbox, control, deliveries, release, stored } = setup({ batchSize: 2 });
    const page = fakePage();
    outbox.attach(page.win, page.doc);
    control.hold = true;
    outbox.enqueue(impression('e1'), impression('e2'));
    await vi.advanceTimersByTimeAsync(0);
    expect(deliveries).toEqual([{ ids: ['e1', 'e2'], dropped: undefined, keepalive: false }]);
    outbox.enqueue(impression('e3'));
    page.hide();
    page.fire('pagehide'); // both fire on a real exit; the second finds nothing new to send
    expect(deliveries.slice(1)).toEqual([{ ids: ['e3'], dropped: undefined, keepalive: true }]);
    release();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(stored().sort()).toEqual(['e1', 'e2', 'e3']);
    expect(deliveries).toHaveLength(2);
  });

  it('sends a keepalive fetch through httpBackend within the size limit', async () => {
    const { fetch, requests } = fakeFetch(json({ accepted: [], duplicates: [] }));
    const backend = httpBackend({ endpoint: 'https://api.example.com', siteKey: 'pk', fetch });
    const storage = memoryStorage();
    const outbox = createOutbox({ backend, storage, maxKeepaliveBytes: 20_000 });
    const comment = 'x'.repeat(1_900);
    outbox.enqueue(
      ...Array.from({ length: 30 }, (_, index) => ({
        ...impression(`n${index}`),
        type: 'nps-answer' as const,
        score: 10,
        segment: 'promoter' as const,
        kind: 'transactional' as const,
        comment,
      })),
    );
    expect(outbox.flushOnExit()).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(1);
    const request = requests[0] as Request;
    expect(request.keepalive).toBe(true);
    expect(request.headers.get('x-grapevine-site-key')).toBe('pk');
    const body = await request.text();
    expect(new TextEncoder().encode(body).length).toBeLessThanOrEqual(20_000);
    expect((JSON.parse(body) as { events: unknown[] }).events.length).toBe(9);
  });

  it('falls back to send() when the backend has no sendKeepalive', async () => {
    const { server } = fakeBackend();
    const outbox = createOutbox({
      backend: { send: (events) => server.send(events) },
      storage: memoryStorage(),
    });
    const page = fakePage();
    outbox.attach(page.win);
    outbox.enqueue(impression('e1'));
    page.fire('pagehide');
    await vi.advanceTimersByTimeAsync(0);
    expect(server.inspect().events.map((event) => event.id)).toEqual(['e1']);
  });

  it('returns false when there is nothing to send', () => {
    expect(setup().outbox.flushOnExit()).toBe(false);
  });
});
