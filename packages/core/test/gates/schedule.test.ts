import { describe, expect, it } from 'vitest';
import { scheduleGate } from '../../src/gates/schedule.js';
import { DAY, T0 } from '../helpers.js';

describe('scheduleGate', () => {
  it.each([
    { schedule: undefined, now: T0, expected: { gate: 'schedule', pass: true } },
    {
      schedule: { start: T0 + DAY },
      now: T0,
      expected: { pass: false, reason: 'NOT_STARTED', until: T0 + DAY },
    },
    { schedule: { start: T0 + DAY }, now: T0 + DAY, expected: { pass: true } },
    { schedule: { end: T0 + DAY }, now: T0 + DAY - 1, expected: { pass: true } },
    { schedule: { end: T0 + DAY }, now: T0 + DAY, expected: { pass: false, reason: 'ENDED' } },
    { schedule: { start: T0, end: T0 + DAY }, now: T0 + 1, expected: { pass: true } },
  ])('$schedule at $now', ({ schedule, now, expected }) => {
    const subject = schedule === undefined ? {} : { schedule };
    expect(scheduleGate(subject, { now })).toMatchObject(expected);
  });

  it('an ended campaign has no `until`', () => {
    expect(scheduleGate({ schedule: { end: T0 } }, { now: T0 }).until).toBeUndefined();
  });
});
