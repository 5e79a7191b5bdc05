import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/schema/index.js';

describe('formatPath', () => {
  it.each<[PropertyKey[], string]>([
    [[], ''],
    [['policy'], 'policy'],
    [['campaigns', 1, 'frequency', 'snooze'], 'campaigns[1].frequency.snooze'],
    [['campaigns', 0, 'triggers', 2, 'where', 0, 'op'], 'campaigns[0].triggers[2].where[0].op'],
  ])('%j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});
