import { describe, expect, it } from 'vitest';
import {
  decodeQueue,
  encodeQueue,
  noDrops,
  type QueueState,
} from '../../src/outbox/queue-codec.js';
import { impression } from '../helpers/fixtures.js';

const state: QueueState = {
  entries: [
    { event: impression('e1'), queuedAt: 1 },
    {
      event: { ...impression('e2'), campaignId: 'line\nbreak' },
      queuedAt: 2,
      claim: { tab: 't', until: 9 },
    },
  ],
  dropped: { overflow: 1, expired: 2, corrupt: 3, rejected: 4 },
};

describe('queue codec', () => {
  it('round-trips a queue, newlines inside values included', () => {
    const raw = encodeQueue(state);
    expect(raw.split('\n')).toHaveLength(3);
    expect(decodeQueue(raw)).toEqual({ state, corrupt: 0 });
  });

  it.each([
    [null, 0],
    ['', 0],
  ])('reads %j as an empty queue', (raw, corrupt) => {
    expect(decodeQueue(raw)).toEqual({ state: { entries: [], dropped: noDrops() }, corrupt });
  });

  it.each([
    ['a line that is not JSON', '{"event":'],
    [
      'an entry without an id',
      JSON.stringify({ event: { type: 'impression', at: 1 }, queuedAt: 1 }),
    ],
    ['an entry without queuedAt', JSON.stringify({ event: impression('x') })],
    ['a number', '7'],
    ['null', 'null'],
  ])('counts %s as corrupt and keeps the rest', (_case, line) => {
    const raw = `${encodeQueue(state)}\n${line}`;
    const decoded = decodeQueue(raw);
    expect(decoded.corrupt).toBe(1);
    expect(decoded.state.entries.map((entry) => entry.event.id)).toEqual(['e1', 'e2']);
  });
});
