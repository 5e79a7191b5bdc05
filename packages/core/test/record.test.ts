import { describe, expect, it } from 'vitest';
import { record } from '../src/index.js';
import { entry, T0 } from './helpers.js';

describe('record', () => {
  it('appends without touching the input', () => {
    const ledger = Object.freeze([entry('a', 'impression', T0)]);
    const next = record(ledger, entry('b', 'dismiss', T0 + 1));
    expect(next.map((item) => item.id)).toEqual(['a', 'b']);
    expect(ledger).toHaveLength(1);
  });

  it('is idempotent by id: the first entry wins and the same ledger comes back', () => {
    const ledger = record([], entry('a', 'impression', T0));
    const again = record(ledger, entry('a', 'dismiss', T0 + 5));
    expect(again).toBe(ledger);
    expect(again[0]?.type).toBe('impression');
  });
});
