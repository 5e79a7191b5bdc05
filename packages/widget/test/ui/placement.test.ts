import { describe, expect, it } from 'vitest';
import { isModal, resolvePlacement, resolveScheme } from '../../src/ui/placement.js';

const view = (matching: string[]) =>
  ({ matchMedia: (query: string) => ({ matches: matching.includes(query) }) }) as unknown as Window;

describe('resolvePlacement', () => {
  it.each([
    ['modal', [], 'modal'],
    ['corner', ['(max-width: 600px)'], 'corner'],
    ['sheet', [], 'sheet'],
    ['auto', [], 'modal'],
    ['auto', ['(max-width: 600px)'], 'sheet'],
    ['popup', [], 'modal'],
    [undefined, ['(max-width: 600px)'], 'sheet'],
  ] as const)('%s with %j → %s', (requested, matching, expected) => {
    expect(resolvePlacement(requested, view([...matching]))).toBe(expected);
  });

  it('only the corner card is not modal', () => {
    expect([isModal('modal'), isModal('sheet'), isModal('corner')]).toEqual([true, true, false]);
  });
});

describe('resolveScheme', () => {
  it.each([
    [undefined, [], 'light'],
    ['light', ['(prefers-color-scheme: dark)'], 'light'],
    ['dark', [], 'dark'],
    ['auto', [], 'light'],
    ['auto', ['(prefers-color-scheme: dark)'], 'dark'],
    ['neon', ['(prefers-color-scheme: dark)'], 'light'],
  ] as const)('%s with %j → %s', (requested, matching, expected) => {
    expect(resolveScheme(requested, view([...matching]))).toBe(expected);
  });
});
