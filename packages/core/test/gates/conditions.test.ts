import { describe, expect, it } from 'vitest';
import { audienceGate } from '../../src/gates/audience.js';
import { contextGate } from '../../src/gates/context.js';
import { snapshot, T0 } from '../helpers.js';

const { context } = snapshot(T0);
const visitor = { id: 'v', traits: { plan: 'pro' } };

describe('contextGate and audienceGate', () => {
  it.each([
    { condition: undefined, pass: true },
    { condition: { device: ['desktop' as const] }, pass: true },
    { condition: { device: ['mobile' as const] }, pass: false },
    { condition: { trait: 'plan', op: '=' as const, value: 'pro' }, pass: true },
    { condition: { trait: 'plan', op: '=' as const, value: 'free' }, pass: false },
  ])('$condition → $pass', ({ condition, pass }) => {
    const subject = condition === undefined ? {} : { context: condition, audience: condition };
    expect(contextGate(subject, { visitor, context, path: '/' })).toMatchObject({
      gate: 'context',
      pass,
      ...(pass ? {} : { reason: 'CONTEXT_MISMATCH' }),
    });
    expect(audienceGate(subject, { visitor, context, path: '/' })).toMatchObject({
      gate: 'audience',
      pass,
      ...(pass ? {} : { reason: 'AUDIENCE_MISMATCH' }),
    });
  });
});
