import { describe, expect, it } from 'vitest';
import { delayGate } from '../../src/gates/delay.js';
import { SECOND, snapshot, T0 } from '../helpers.js';

const { context } = snapshot(T0);

describe('delayGate', () => {
  it.each([
    { name: 'no delay', delay: undefined, trigger: { at: T0 }, now: T0, expected: { pass: true } },
    { name: 'zero delay', delay: 0, trigger: { at: T0 }, now: T0, expected: { pass: true } },
    {
      name: 'no trigger matched',
      delay: 5 * SECOND,
      trigger: undefined,
      now: T0,
      expected: { pass: true },
    },
    {
      name: 'running',
      delay: 5 * SECOND,
      trigger: { at: T0 + SECOND },
      now: T0 + 2 * SECOND,
      expected: { pass: false, reason: 'DELAYED', until: T0 + 6 * SECOND },
    },
    {
      name: 'over',
      delay: 5 * SECOND,
      trigger: { at: T0 + SECOND },
      now: T0 + 6 * SECOND,
      expected: { pass: true },
    },
    {
      name: 'a trigger from before this page counts from the page start',
      delay: 5 * SECOND,
      trigger: { at: T0 - 60 * SECOND },
      now: T0 + SECOND,
      expected: { pass: false, reason: 'DELAYED', until: T0 + 5 * SECOND },
    },
  ])('$name', ({ delay, trigger, now, expected }) => {
    const subject = delay === undefined ? {} : { delay };
    expect(delayGate(subject, { now, context }, trigger)).toMatchObject({
      gate: 'delay',
      ...expected,
    });
  });
});
