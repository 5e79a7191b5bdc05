import { describe, expect, it } from 'vitest';
import { bucket } from '../../src/bucket.js';
import { SAMPLING_SALT, samplingGate } from '../../src/gates/sampling.js';

describe('samplingGate', () => {
  const visitor = { id: 'visitor-7' };
  const roll = bucket('visitor-7', 'c1', SAMPLING_SALT);

  it.each([
    { sampling: undefined, pass: true },
    { sampling: 1, pass: true },
    { sampling: 0, pass: false },
    { sampling: roll, pass: false },
    { sampling: roll + 1e-9, pass: true },
  ])('rate $sampling → $pass', ({ sampling, pass }) => {
    const subject = sampling === undefined ? { id: 'c1' } : { id: 'c1', sampling };
    expect(samplingGate(subject, { visitor })).toEqual(
      pass ? { gate: 'sampling', pass } : { gate: 'sampling', pass, reason: 'NOT_SAMPLED' },
    );
  });
});
