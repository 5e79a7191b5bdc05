// The outbox on a host page with Prototype.js's `Array#toJSON` and an enumerable
// `Object.prototype` method: the stored queue stays readable, drops are reported by their
// real reasons only, and every event is delivered once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOutbox, memoryStorage } from '../../src/index.js';
import { decodeQueue, encodeQueue, noDrops } from '../../src/outbox/queue-codec.js';
import { settleBatch } from '../../src/outbox/take-batch.js';
import { fakeBackend } from '../helpers/fake-backend.js';
import { impression, impressions } from '../helpers/fixtures.js';
import { pollute } from '../helpers/pollute.js';

let undo = (): void => {};
beforeEach(() => {
  vi.useFakeTimers({ now: 1_800_000_000_000 });
});
afterEach(() => {
  undo();
  vi.useRealTimers();
});

describe('outbox on a polluted page', () => {
  it('writes a queue every later page view can read, lists included', () => {
    const state = {
      // An event with a list, as a share or answer may carry.
      entries: [{ event: { ...impression('e1'), tags: ['a', 'b'] } as never, queuedAt: 1 }],
      dropped: { ...noDrops(), overflow: 2 },
    };
    undo = pollute();
    const raw = encodeQueue(state);
    undo();
    expect(raw).toBe(encodeQueue(state));
    expect(decodeQueue(raw)).toEqual({ state, corrupt: 0 });
  });

  it('settles reported drops by their own reasons only', () => {
    undo = pollute();
    const state = { entries: [], dropped: { ...noDrops(), overflow: 3 } };
    settleBatch(state, [], { ...noDrops(), overflow: 2 });
    expect(state.dropped).toEqual({ ...noDrops(), overflow: 1 });
    expect(Object.keys(state.dropped)).not.toContain('each');
  });

  it('delivers every event once, with the drop report intact', async () => {
    undo = pollute();
    const fake = fakeBackend();
    const storage = memoryStorage();
    const outbox = createOutbox({
      backend: fake.backend,
      storage,
      maxEvents: 3,
      random: () => 0.5,
    });
    outbox.enqueue(...impressions(5));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fake.deliveries).toEqual([
      {
        ids: ['e2', 'e3', 'e4'],
        dropped: { overflow: 2, expired: 0, corrupt: 0, rejected: 0 },
        keepalive: false,
      },
    ]);
    expect(fake.stored()).toEqual(['e2', 'e3', 'e4']);
    expect(storage.get('grapevine:outbox')).toBeNull();
    outbox.destroy();
  });
});
